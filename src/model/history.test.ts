import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptyHistory,
  type History,
  invertStep,
  mergeSteps,
  popRedo,
  popUndo,
  type RecordChange,
  recordStep,
  UNDO_LIMIT,
  type UndoStep,
} from "./history";

/** A change with the table it belongs to, as the store records them. */
interface TableChange extends RecordChange<string> {
  table: "annotations" | "speakers";
}

type Step = UndoStep<TableChange>;

const step = (label: string, ...changes: TableChange[]): Step => ({ label, changes });
const change = (id: string, before: string | null, after: string | null): TableChange => ({
  table: "annotations",
  id,
  before,
  after,
});

describe("emptyHistory", () => {
  it("starts with nothing to undo or redo, in a fresh object each time", () => {
    const a = emptyHistory<Step>();
    expect(a).toEqual({ undo: [], redo: [] });
    expect(emptyHistory<Step>()).not.toBe(a);
    expect(popUndo(a)).toBeNull();
    expect(popRedo(a)).toBeNull();
  });
});

describe("recordStep", () => {
  it("adds the step to the undo stack and clears what could be redone", () => {
    const first = step("Tag quote", change("q1", null, "quote"));
    const second = step("Delete quote", change("q1", "quote", null));
    const undone = popUndo(recordStep(recordStep(emptyHistory(), first), second));
    if (!undone) throw new Error("nothing to undo");
    expect(undone.history.redo).toEqual([second]);

    const third = step("Tag claim", change("c1", null, "claim"));
    expect(recordStep(undone.history, third)).toEqual({ undo: [first, third], redo: [] });
  });

  it("leaves the history it was given unchanged", () => {
    const history: History<Step> = { undo: [step("a")], redo: [step("b")] };
    recordStep(history, step("c"));
    expect(history).toEqual({ undo: [step("a")], redo: [step("b")] });
  });

  it(`keeps only the last ${UNDO_LIMIT} steps`, () => {
    expect(UNDO_LIMIT).toBe(200);
    let history = emptyHistory<Step>();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) history = recordStep(history, step(`step ${i}`));
    expect(history.undo).toHaveLength(UNDO_LIMIT);
    expect(history.undo[0]?.label).toBe("step 5");
    expect(history.undo.at(-1)?.label).toBe(`step ${UNDO_LIMIT + 4}`);
  });
});

describe("invertStep", () => {
  it("swaps before and after and reverses the order of the changes, keeping the label and table", () => {
    const merge = step(
      "Merge speakers",
      { table: "speakers", id: "s2", before: "Harris", after: null },
      { table: "annotations", id: "q1", before: "by s2", after: "by s1" },
    );
    expect(invertStep(merge)).toEqual({
      label: "Merge speakers",
      changes: [
        { table: "annotations", id: "q1", before: "by s1", after: "by s2" },
        { table: "speakers", id: "s2", before: null, after: "Harris" },
      ],
    });
  });

  it("gives back the original step when inverted twice, and leaves its input unchanged", () => {
    const original = step("Edit", change("a", null, "1"), change("a", "1", "2"), change("b", "x", null));
    const copy = structuredClone(original);
    expect(invertStep(invertStep(original))).toEqual(copy);
    expect(original).toEqual(copy);
  });

  it("inverts a step with no changes to a step with no changes", () => {
    expect(invertStep(step("Nothing"))).toEqual({ label: "Nothing", changes: [] });
  });
});

describe("popUndo and popRedo", () => {
  const first = step("Tag quote", change("q1", null, "quote"));
  const second = step("Add note", change("q1", "quote", "quote + note"));
  const history = recordStep(recordStep(emptyHistory(), first), second);

  it("undoes the latest step first and moves it to the redo stack", () => {
    const undone = popUndo(history);
    expect(undone).toEqual({ step: second, history: { undo: [first], redo: [second] } });
    const undoneTwice = undone && popUndo(undone.history);
    expect(undoneTwice).toEqual({ step: first, history: { undo: [], redo: [second, first] } });
    expect(undoneTwice && popUndo(undoneTwice.history)).toBeNull();
  });

  it("redoes the most recently undone step first and moves it back", () => {
    const undone = popUndo(history);
    const undoneTwice = undone && popUndo(undone.history);
    if (!undoneTwice) throw new Error("nothing to undo");
    const redone = popRedo(undoneTwice.history);
    expect(redone).toEqual({ step: first, history: { undo: [first], redo: [second] } });
    const redoneTwice = redone && popRedo(redone.history);
    expect(redoneTwice).toEqual({ step: second, history });
    expect(redoneTwice && popRedo(redoneTwice.history)).toBeNull();
  });

  it("leaves the history it was given unchanged", () => {
    const before = structuredClone(history);
    popUndo(history);
    expect(history).toEqual(before);
  });
});

/** The store the steps edit: record id -> value; a null state means the record does not exist. */
type Store = Map<string, string>;

function apply(store: Store, changes: readonly TableChange[]): void {
  for (const c of changes) {
    if (c.after === null) store.delete(c.id);
    else store.set(c.id, c.after);
  }
}

/** One user action: writes to some records, each a new value or a deletion. */
const action = fc.array(
  fc.tuple(
    fc.constantFrom("q1", "q2", "s1"),
    fc.option(fc.constantFrom("quote", "claim", "note"), { nil: null }),
  ),
  { minLength: 1, maxLength: 4 },
);
type Command = { kind: "do"; writes: [string, string | null][] } | { kind: "undo" } | { kind: "redo" };
const command: fc.Arbitrary<Command> = fc.oneof(
  action.map((writes) => ({ kind: "do" as const, writes })),
  fc.constant({ kind: "undo" as const }),
  fc.constant({ kind: "redo" as const }),
);

/** Performs `writes` on `store` and returns the step that records them, with each record's state before. */
function perform(store: Store, label: string, writes: readonly [string, string | null][]): Step {
  const changes = writes.map(([id, after]) => {
    const c = change(id, store.get(id) ?? null, after);
    apply(store, [c]);
    return c;
  });
  return step(label, ...changes);
}

describe("undo and redo of recorded steps", () => {
  it("undoing every step restores the first state and redoing them restores the last", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 15 }), (actions) => {
        const store: Store = new Map([["q1", "quote"]]);
        const initial = new Map(store);
        let history = emptyHistory<Step>();
        actions.forEach((writes, i) => {
          history = recordStep(history, perform(store, `action ${i}`, writes));
        });
        const final = new Map(store);

        for (let popped = popUndo(history); popped; popped = popUndo(history)) {
          apply(store, invertStep(popped.step).changes);
          history = popped.history;
        }
        expect(store).toEqual(initial);
        expect(history.redo).toHaveLength(actions.length);

        for (let popped = popRedo(history); popped; popped = popRedo(history)) {
          apply(store, popped.step.changes);
          history = popped.history;
        }
        expect(store).toEqual(final);
        expect(history.undo).toHaveLength(actions.length);
      }),
    );
  });

  it("always shows the state after the steps that are done, whatever mix of do, undo and redo", () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const store: Store = new Map();
        let history = emptyHistory<Step>();
        // The reference: the states after 0, 1, 2… done steps, and how many of them are done.
        let states: Store[] = [new Map()];
        let done = 0;
        commands.forEach((cmd, i) => {
          if (cmd.kind === "do") {
            history = recordStep(history, perform(store, `action ${i}`, cmd.writes));
            states = [...states.slice(0, done + 1), new Map(store)];
            done++;
          } else if (cmd.kind === "undo") {
            const popped = popUndo(history);
            expect(popped === null).toBe(done === 0);
            if (popped) {
              apply(store, invertStep(popped.step).changes);
              history = popped.history;
              done--;
            }
          } else {
            const popped = popRedo(history);
            expect(popped === null).toBe(done === states.length - 1);
            if (popped) {
              apply(store, popped.step.changes);
              history = popped.history;
              done++;
            }
          }
          expect(store).toEqual(states[done]);
          expect(history.undo).toHaveLength(done);
          expect(history.redo).toHaveLength(states.length - 1 - done);
        });
      }),
    );
  });
});

describe("mergeSteps", () => {
  it("goes from the state before the first step to the state after the last, record by record", () => {
    const first = step("Edit note", change("q1", "", "ch"), change("q2", "a", "b"));
    const second = step("Edit note", change("q1", "ch", "check"), {
      ...change("q1", "x", "y"),
      table: "speakers",
    });
    expect(mergeSteps(first, second)).toEqual(
      step("Edit note", change("q1", "", "check"), change("q2", "a", "b"), {
        ...change("q1", "x", "y"),
        table: "speakers",
      }),
    );
  });
});
