/// <reference lib="webworker" />

import type { Suggestion } from "../model/suggest/engine";
import { suggestAttributions } from "../model/suggest/engine";

/** The suggestion engine off the main thread: a text in, its suggestions (UTF-16 ranges) out. */
declare const self: DedicatedWorkerGlobalScope;

export interface ToSuggestWorker {
  id: number;
  text: string;
}

export interface FromSuggestWorker {
  id: number;
  suggestions: Suggestion[];
}

self.onmessage = ({ data }: MessageEvent<ToSuggestWorker>) => {
  const reply: FromSuggestWorker = { id: data.id, suggestions: suggestAttributions(data.text) };
  self.postMessage(reply);
};
