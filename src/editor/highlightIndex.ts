import type { Highlight } from "./highlights";

/** Changes kept apart from the bulk before they are folded into a new copy of it. */
const MAX_CHANGES_APART = 64;

/** A highlight's first and last section. */
export type SectionSpan = (h: Highlight) => readonly [number, number];

/** The bulk's highlights by section, built once per bulk (and per way of telling sections). */
const sectionsOfBulk = new WeakMap<
  ReadonlyMap<string, Highlight>,
  { span: SectionSpan; bySection: Highlight[][] }
>();

/**
 * Highlights by id, as an immutable value, so that every editor state keeps the highlights it was made
 * with (ProseMirror states are values; a plugin's state must be one too). Copying a map of 10,000 on
 * each key press took about 5 ms; instead a change makes a new small map of the changes since the last
 * copy, over the shared bulk, and every `MAX_CHANGES_APART` changes the two are folded into a new bulk.
 * A full settle from the database builds a new bulk anyway.
 */
export class HighlightIndex {
  private constructor(
    private readonly bulk: ReadonlyMap<string, Highlight>,
    /** Since the bulk was made: a highlight put, or null for one removed. */
    private readonly changes: ReadonlyMap<string, Highlight | null>,
  ) {}

  static of(highlights: Iterable<Highlight>): HighlightIndex {
    const bulk = new Map<string, Highlight>();
    for (const h of highlights) bulk.set(h.id, h);
    return new HighlightIndex(bulk, new Map());
  }

  get(id: string): Highlight | undefined {
    const changed = this.changes.get(id);
    if (changed !== undefined) return changed ?? undefined;
    return this.bulk.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** This index with `highlight` in it, in place of any of the same id. */
  with(highlight: Highlight): HighlightIndex {
    return this.withChanges([highlight], []);
  }

  without(id: string): HighlightIndex {
    return this.has(id) ? this.withChanges([], [id]) : this;
  }

  /** This index with many highlights put and removed at once: one new bulk when they are many. */
  withChanges(puts: readonly Highlight[], removes: readonly string[]): HighlightIndex {
    if (puts.length + removes.length + this.changes.size <= MAX_CHANGES_APART) {
      const changes = new Map(this.changes);
      for (const id of removes) if (this.has(id)) changes.set(id, null);
      for (const h of puts) changes.set(h.id, h);
      return new HighlightIndex(this.bulk, changes);
    }
    const bulk = new Map(this.bulk);
    for (const [id, h] of this.changes) {
      if (h) bulk.set(id, h);
      else bulk.delete(id);
    }
    for (const id of removes) bulk.delete(id);
    for (const h of puts) bulk.set(h.id, h);
    return new HighlightIndex(bulk, new Map());
  }

  *values(): IterableIterator<Highlight> {
    for (const [id, h] of this.bulk) if (!this.changes.has(id)) yield h;
    for (const h of this.changes.values()) if (h) yield h;
  }

  /**
   * The highlights that reach into any of `sections`, each once. Drawing the sections that come near
   * the viewport looked at every highlight: at 100,000 that was most of a frame per section.
   */
  inSections(sections: Iterable<number>, span: SectionSpan): Highlight[] {
    let cached = sectionsOfBulk.get(this.bulk);
    if (!cached || cached.span !== span) {
      const bySection: Highlight[][] = [];
      for (const h of this.bulk.values()) {
        const [first, last] = span(h);
        for (let s = first; s <= last; s++) {
          const list = bySection[s];
          if (list) list.push(h);
          else bySection[s] = [h];
        }
      }
      cached = { span, bySection };
      sectionsOfBulk.set(this.bulk, cached);
    }
    const wanted = new Set(sections);
    const found = new Set<Highlight>();
    for (const s of wanted)
      for (const h of cached.bySection[s] ?? []) if (!this.changes.has(h.id)) found.add(h);
    for (const h of this.changes.values()) {
      if (!h) continue;
      const [first, last] = span(h);
      for (let s = first; s <= last; s++)
        if (wanted.has(s)) {
          found.add(h);
          break;
        }
    }
    return [...found];
  }
}
