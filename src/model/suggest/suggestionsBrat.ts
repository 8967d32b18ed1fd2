import { type BratEvent, type BratSpan, serializeBrat } from "../format/brat";
import { type CodePointSpan, type TextOffsets, textOffsets, type Utf16Range } from "../text";
import type { Suggestion } from "./engine";

/**
 * Suggestions as a brat `.ann` in PolNeAR's convention, the contract of `npm run suggest`: `T` lines
 * `Content` (a content in fragments as `START END;START END`), `Cue` and `Source` in code points, a
 * trigger `T… Attribution` on the cue (on the content without one), and one `E… Attribution:T…
 * Content:T… Cue:T… Source:T…` per suggestion, cue and source left out when not found.
 */
export function suggestionsToBrat(
  text: string,
  suggestions: readonly Suggestion[],
  offsets: TextOffsets = textOffsets(text),
): string {
  const spans: BratSpan[] = [];
  const events: BratEvent[] = [];
  const span = (type: string, ranges: readonly Utf16Range[]): string => {
    const id = `T${spans.length + 1}`;
    const fragments: CodePointSpan[] = ranges.map((r) => offsets.toCodePointSpan(r));
    spans.push({ id, type, fragments, text: "", line: 0 });
    return id;
  };
  for (const s of suggestions) {
    const content = span("Content", s.fragments);
    const args = [{ role: "Content", ref: content }];
    if (s.cue) args.push({ role: "Cue", ref: span("Cue", [s.cue]) });
    if (s.source) args.push({ role: "Source", ref: span("Source", [s.source]) });
    const trigger = span("Attribution", s.cue ? [s.cue] : s.fragments.slice(0, 1));
    events.push({ id: `E${events.length + 1}`, type: "Attribution", trigger, args, line: 0 });
  }
  return serializeBrat({ spans, events, notes: [] }, text, offsets);
}
