import { useMemo } from "react";
import { type Annotation, TAG_LABELS, type Tag } from "../../model/types";
import { useAttributedAnnotations, useSpeakers } from "../shared/queries";
import { speakerHref } from "../shared/routes";
import { PendingWrites, UndoButtons, WriteStatus } from "../writes/PendingWrites";
import { useWrites } from "../writes/WritesProvider";
import { countsOf, SpeakerDetail } from "./SpeakerDetail";

const COUNTED: Tag[] = ["quote", "claim", "statistic"];

/** Speakers across the corpus: who said how much, where, and the tools to keep the list clean. */
export function SpeakersPanel({ speakerId }: { speakerId?: string | undefined }) {
  const { db } = useWrites();
  const speakers = useSpeakers();
  const attributed = useAttributedAnnotations();

  const bySpeaker = useMemo(() => {
    const map = new Map<string, Annotation[]>();
    for (const a of attributed ?? []) {
      if (!a.speakerId) continue;
      const list = map.get(a.speakerId) ?? [];
      list.push(a);
      map.set(a.speakerId, list);
    }
    return map;
  }, [attributed]);

  const selected = speakers?.find((s) => s.id === speakerId);

  return (
    <main className="page speakers-page">
      <header className="page-header">
        <div>
          <a href="#/">← Library</a>
          <h1>Speakers</h1>
        </div>
        <UndoButtons />
      </header>
      <PendingWrites />
      <WriteStatus />
      {speakers && speakers.length === 0 ? (
        <p className="empty">
          No speakers yet. Tag a name in an article as Speaker, or choose “Speaker…” on a quote, to create
          one.
        </p>
      ) : (
        <table className="library-table">
          <caption className="visually-hidden">Speakers</caption>
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              {COUNTED.map((t) => (
                <th scope="col" className="num" key={t}>
                  {TAG_LABELS[t]}s
                </th>
              ))}
              <th scope="col" className="num">
                Articles
              </th>
            </tr>
          </thead>
          <tbody>
            {(speakers ?? []).map((s) => {
              const list = bySpeaker.get(s.id) ?? [];
              const counts = countsOf(list);
              return (
                <tr key={s.id} className={s.id === speakerId ? "selected-row" : undefined}>
                  <th scope="row">
                    <a href={speakerHref(s.id)} aria-current={s.id === speakerId ? "page" : undefined}>
                      {s.name}
                    </a>
                    {s.aliases.length ? <div className="source">also {s.aliases.join(", ")}</div> : null}
                  </th>
                  {COUNTED.map((t) => (
                    <td className={`num count-${t}`} key={t} data-label={`${TAG_LABELS[t]}s`}>
                      {counts[t]}
                    </td>
                  ))}
                  <td className="num" data-label="Articles">
                    {new Set(list.map((a) => a.articleId)).size}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {selected && db ? (
        <SpeakerDetail
          key={selected.id}
          speaker={selected}
          speakers={speakers ?? []}
          annotations={bySpeaker.get(selected.id) ?? []}
        />
      ) : null}
    </main>
  );
}
