/**
 * Runs each change to the view in a task of its own, right after the input event that asked for it.
 * Chrome reports the selection to the browser whenever it moves during an input event, and after any
 * change to the DOM it first re-reads the whole editable text to do so: 35 ms on a 1 MB article, on
 * every tag and delete. Outside an input event it does not. Tasks of one priority run in the order
 * they were posted; "user-blocking" puts them ahead of database callbacks and timers.
 */
export interface AfterInput {
  (change: () => void): void;
  /** Drops the changes not run yet. */
  stop(): void;
}

export function afterInputScheduler(): AfterInput {
  let stopped = false;
  const channel = new MessageChannel();
  const viaChannel: (() => void)[] = [];
  channel.port1.onmessage = () => viaChannel.shift()?.();
  const afterInput = (change: () => void) => {
    const run = () => {
      if (!stopped) change();
    };
    if (typeof scheduler !== "undefined") void scheduler.postTask(run, { priority: "user-blocking" });
    else {
      viaChannel.push(run);
      channel.port2.postMessage(null);
    }
  };
  afterInput.stop = () => {
    stopped = true;
    channel.port1.close();
  };
  return afterInput;
}
