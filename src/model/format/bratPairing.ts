/**
 * Which `.ann` file annotates which `.txt`, from the files' paths alone (nothing is read), so that a
 * choice of many files or a whole folder becomes articles before any work is done. Layouts:
 *
 *   NAME.txt + NAME.ann                                   brat's own: one annotator, side by side
 *   NAME.txt + NAME_<annotator>.ann                       several annotators' files for one text
 *   …/text/NAME.txt + …/attributions/NAME_<annotator>.ann  PolNeAR's folders
 *
 * A file is matched within its corpus first (its folder, less a last `text`/`attributions`-like folder,
 * so that `dev/text/x.txt` and `dev/attributions/x_a.ann` meet but `train/…` stays apart), then, when
 * its corpus has no such text, with the one text of that name anywhere in the choice (files dropped
 * from several folders carry no folder at all).
 */

export interface BratPath {
  /** The file's name, or its path inside a chosen folder (`dev/text/x.txt`); `/` or `\` separated. */
  path: string;
}

export interface BratAnnFile<F> {
  /** The part of the name after NAME_, or null for `NAME.ann`. */
  annotator: string | null;
  file: F;
}

export interface BratArticleFiles<F> {
  /** The text's name less `.txt`. */
  name: string;
  text: F;
  /** Every `.ann` file of this text, by annotator name (null first). Empty: a text alone. */
  annotations: BratAnnFile<F>[];
}

export interface BratPairing<F> {
  articles: BratArticleFiles<F>[];
  /** `.ann` files for which the choice holds no text. */
  annWithoutText: F[];
  /** Files that are neither `.txt` nor `.ann` (a corpus's README, brat's `annotation.conf`). */
  ignored: F[];
}

/** The folders a corpus keeps its texts or annotation files in, each beside the other. */
const LAYOUT_FOLDERS = new Set(["text", "texts", "txt", "attributions", "annotations", "ann"]);

interface Parsed<F> {
  file: F;
  corpus: string;
  /** The name less its extension. */
  stem: string;
}

function parse<F extends BratPath>(file: F): Parsed<F> {
  const parts = file.path.split(/[/\\]/);
  const name = parts.pop() ?? "";
  if (parts.length && LAYOUT_FOLDERS.has((parts[parts.length - 1] as string).toLowerCase())) parts.pop();
  return { file, corpus: parts.join("/"), stem: name.replace(/\.[^.]*$/, "") };
}

export function pairBratFiles<F extends BratPath>(files: readonly F[]): BratPairing<F> {
  const texts: Parsed<F>[] = [];
  const anns: Parsed<F>[] = [];
  const ignored: F[] = [];
  for (const file of files) {
    const lower = file.path.toLowerCase();
    if (lower.endsWith(".txt")) texts.push(parse(file));
    else if (lower.endsWith(".ann")) anns.push(parse(file));
    else ignored.push(file);
  }
  const articles = new Map<Parsed<F>, BratArticleFiles<F>>();
  const inCorpus = new Map<string, Parsed<F>>();
  const byStem = new Map<string, Parsed<F>[]>();
  for (const text of texts) {
    articles.set(text, { name: text.stem, text: text.file, annotations: [] });
    inCorpus.set(`${text.corpus}\n${text.stem}`, text);
    byStem.set(text.stem, [...(byStem.get(text.stem) ?? []), text]);
  }
  /** The text named `stem` for an `.ann` of `corpus`: in that corpus, else the only one of that name. */
  const textOf = (corpus: string, stem: string): Parsed<F> | undefined => {
    const here = inCorpus.get(`${corpus}\n${stem}`);
    if (here) return here;
    const anywhere = byStem.get(stem);
    return anywhere?.length === 1 ? anywhere[0] : undefined;
  };
  const annWithoutText: F[] = [];
  for (const ann of anns) {
    // NAME.ann for NAME.txt first: a text's own name may hold underscores too.
    let text = textOf(ann.corpus, ann.stem);
    let annotator: string | null = null;
    const cut = ann.stem.lastIndexOf("_");
    if (!text && cut > 0) {
      text = textOf(ann.corpus, ann.stem.slice(0, cut));
      annotator = ann.stem.slice(cut + 1);
    }
    const article = text && articles.get(text);
    if (article) article.annotations.push({ annotator, file: ann.file });
    else annWithoutText.push(ann.file);
  }
  for (const article of articles.values())
    article.annotations.sort((a, b) => compareAnnotators(a.annotator, b.annotator));
  return {
    articles: [...articles.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    annWithoutText,
    ignored,
  };
}

/** The file without an annotator's name first, then by name. */
function compareAnnotators(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** An annotator of a choice in which some text has several annotators' files, with their file count. */
export interface AnnotatorCount {
  annotator: string | null;
  files: number;
}

/**
 * The annotators to choose among: those of the texts that have several files, each with how many
 * files of the whole choice are theirs. Empty when every text has one file at most: nothing to ask.
 */
export function annotatorsToChoose<F>(articles: readonly BratArticleFiles<F>[]): AnnotatorCount[] {
  const contested = new Set<string | null>();
  for (const article of articles)
    if (article.annotations.length > 1) for (const a of article.annotations) contested.add(a.annotator);
  const counts = new Map<string | null, number>();
  for (const article of articles)
    for (const a of article.annotations)
      if (contested.has(a.annotator)) counts.set(a.annotator, (counts.get(a.annotator) ?? 0) + 1);
  return [...counts]
    .map(([annotator, files]) => ({ annotator, files }))
    .sort((a, b) => compareAnnotators(a.annotator, b.annotator));
}

/**
 * The `.ann` file to import for `article`: its only one, or the chosen annotator's. A text with several
 * files and none by the chosen annotator gets none: the caller says so, rather than taking another
 * annotator's judgement unasked.
 */
export function chosenAnnFile<F>(
  article: BratArticleFiles<F>,
  annotator: string | null | undefined,
): BratAnnFile<F> | "none" | "not-chosen" {
  const [only, ...more] = article.annotations;
  if (!only) return "none";
  if (more.length === 0) return only;
  return article.annotations.find((a) => a.annotator === annotator) ?? "not-chosen";
}
