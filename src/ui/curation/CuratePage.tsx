import { useEffect, useMemo, useState } from "react";
import {
  type CurationGroup,
  claimOf,
  curationGroups,
  curationProgress,
  goldCopy,
} from "../../model/curation";
import { layerName, layerOf, layersOf } from "../../model/layers";
import { codePointSpan } from "../../model/text";
import { type Annotation, GOLD_LAYER, TAG_LABELS } from "../../model/types";
import { putInGold, setCurated } from "../../store/curation";
import { attributionLine } from "../reader/AnnotationList";
import { isTextField } from "../shared/keyboard";
import { useArticle, useArticleAnnotations, useCurated, useOwnName } from "../shared/queries";
import { articleLayersHref } from "../shared/routes";
import { useWrites } from "../writes/WritesProvider";

/**
 * The curator's view of one article: the annotators' versions side by side, group by group, to put
 * into the gold layer: every agreed group at once (G), or one annotator's version of a group where
 * they differ. Each choice is one undo step; "Curated" marks the article done.
 */
export function CuratePage({ articleId }: { articleId: string }) {
  const article = useArticle(articleId);
  const annotations = useArticleAnnotations(articleId, Boolean(article));
  const stored = useCurated(articleId);
  // The box shows the choice at once; the stored mark follows it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const curated = chosen ?? stored;
  const ownName = useOwnName();
  const nameOf = (layer: string) => (layer === GOLD_LAYER ? "Gold" : layerName(layer, ownName));
  const { write, announce } = useWrites();
  const layers = useMemo(
    () => layersOf((annotations ?? []).filter((a) => !a.orphan && layerOf(a) !== GOLD_LAYER)),
    [annotations],
  );
  const groups = useMemo(() => curationGroups(annotations ?? [], layers), [annotations, layers]);
  const progress = curationProgress(groups);
  const agreedOpen = groups.filter((g) => g.agreed && g.gold.length === 0);
  const differing = groups.filter((g) => !g.agreed);

  const now = () => new Date().toISOString();
  const acceptAgreed = () => {
    const copies = agreedOpen.flatMap((g) =>
      (g.versions.get(layers[0] ?? "") ?? []).map((a) => goldCopy(a, crypto.randomUUID(), now())),
    );
    if (copies.length === 0) return;
    void write(
      "put the agreed spans into gold",
      (db) => putInGold(db, [], copies, "Agreed spans into gold"),
      {
        data: { gold: copies.map((a) => a.id) },
        onSaved: () =>
          announce(`${copies.length} agreed annotation${copies.length === 1 ? "" : "s"} put into gold.`),
      },
    );
  };
  const chooseVersion = (group: CurationGroup, layer: string) => {
    const version = group.versions.get(layer) ?? [];
    const copies = version.map((a) => goldCopy(a, crypto.randomUUID(), now()));
    void write(
      "put a version into gold",
      (db) => putInGold(db, group.gold, copies, `Use ${nameOf(layer)}’s version`),
      {
        data: { gold: copies.map((a) => a.id) },
        onSaved: () => announce(`Gold now has ${nameOf(layer)}’s version here.`),
      },
    );
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "g" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      acceptAgreed();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (article === undefined || annotations === undefined) return <p className="loading page">Loading…</p>;
  if (article === null) return <p className="page">There is no article “{articleId}”.</p>;
  const words = (a: { start: number; end: number }) =>
    Array.from(article.text).slice(a.start, a.end).join("");
  const versionWords = (list: readonly Annotation[]) =>
    list.length === 0
      ? "nothing"
      : list.map((a) => `${TAG_LABELS[a.tag]}: ${attributionLine(a)}`).join(" · ");
  const sameAsGold = (group: CurationGroup, layer: string) => {
    const mine = (group.versions.get(layer) ?? []).map(claimOf).sort().join("\n");
    return group.gold.length > 0 && mine === group.gold.map(claimOf).sort().join("\n");
  };

  return (
    <main className="page curate">
      <header className="page-header">
        <a href="#/agreement" className="header-link">
          ← Agreement
        </a>
        <h1>Curate: {article.title}</h1>
      </header>
      <p className="lede">
        {layers.map(nameOf).join(", ")}: {groups.length} places annotated, {groups.length - differing.length}{" "}
        agreed, {differing.length} where they differ. Gold holds {progress.settled} of {groups.length}.
      </p>
      <div className="curate-actions">
        <button type="button" aria-keyshortcuts="G" disabled={agreedOpen.length === 0} onClick={acceptAgreed}>
          Put every agreed span into gold ({agreedOpen.length})
        </button>
        <label>
          <input
            type="checkbox"
            checked={curated ?? false}
            onChange={(event) => {
              const done = event.target.checked;
              setChosen(done);
              void write("mark the article", (db) => setCurated(db, article.id, done, now()), {
                data: { curated: done },
                onSaved: () => announce(done ? "Marked as curated." : "Marked as not curated."),
              });
            }}
          />{" "}
          Curated
        </label>
      </div>
      {differing.length === 0 ? (
        <p className="empty">
          The annotators agree everywhere: put the agreed spans into gold, and mark it curated.
        </p>
      ) : (
        <ol className="curate-groups" aria-label="Where they differ">
          {differing.map((group) => (
            <li key={`${group.start}-${group.end}`} className={group.gold.length ? "settled" : undefined}>
              <p className="curate-words">
                “{words(group).slice(0, 200)}”{" "}
                <a href={articleLayersHref(article.id, codePointSpan(group.start, group.end), GOLD_LAYER)}>
                  Edit gold in the reader
                </a>
              </p>
              <ul className="curate-versions">
                {layers.map((layer) => (
                  <li key={layer}>
                    <strong>{nameOf(layer)}</strong>: {versionWords(group.versions.get(layer) ?? [])}{" "}
                    {sameAsGold(group, layer) ? (
                      <span className="in-gold">in gold</span>
                    ) : (
                      <button type="button" onClick={() => chooseVersion(group, layer)}>
                        Use {nameOf(layer)}’s
                      </button>
                    )}
                  </li>
                ))}
                <li className="curate-gold">
                  <strong>Gold</strong>: {versionWords(group.gold)}
                </li>
              </ul>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
