/// <reference lib="webworker" />

import { suggestAttributions } from "../model/suggest/engine";
import { type Proposal, proposalsOf } from "../model/suggest/proposals";
import { textOffsets } from "../model/text";

/**
 * The suggestion engine off the main thread: a text in, its suggestions out as the reader shows them
 * (code points, the words of each part, keys), so the main thread converts nothing.
 */
declare const self: DedicatedWorkerGlobalScope;

export interface ToSuggestWorker {
  id: number;
  text: string;
}

export interface FromSuggestWorker {
  id: number;
  proposals: Proposal[];
}

self.onmessage = ({ data }: MessageEvent<ToSuggestWorker>) => {
  const proposals = proposalsOf(data.text, textOffsets(data.text), suggestAttributions(data.text));
  self.postMessage({ id: data.id, proposals } satisfies FromSuggestWorker);
};
