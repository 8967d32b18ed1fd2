/**
 * A small brat fixture for the tests of the brat import and export, written for them (never a corpus's
 * text). Test code only.
 */

// A text written for these tests: a quote interrupted by its attribution, reported speech, a figure,
// a name, and a name outside the Basic Multilingual Plane (brat counts code points).
export const TEXT = [
  "Council votes on transit plan",
  "“We will build it,” the mayor said, “and soon.”",
  "Aides told reporters that the vote was close.",
  "Ridership rose 12 percent last year, said 𝒜na Ruiz, who spoke later.",
].join("\n");

/** `Tn<TAB>TYPE START END[;…]<TAB>covered` for the first occurrence of each phrase in `text`. */
export function spanLine(id: string, type: string, phrases: string[], text = TEXT): string {
  const fragments = phrases.map((phrase) => {
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`not in the text: ${phrase}`);
    const start = Array.from(text.slice(0, at)).length;
    return [start, start + Array.from(phrase).length];
  });
  return `${id}\t${type} ${fragments.map(([s, e]) => `${s} ${e}`).join(";")}\t${phrases.join(" ")}`;
}
