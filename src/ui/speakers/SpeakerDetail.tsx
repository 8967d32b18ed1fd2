import { useState } from "react";
import { nameKey } from "../../model/speakerNames";
import { type Annotation, type Speaker, TAG_LABELS, TAGS } from "../../model/types";
import { deleteSpeaker, mergeSpeakers, updateSpeaker } from "../../store/speakers";
import { MOD } from "../shared/keyboard";
import { emptyTagCounts, type TagCounts, useArticles } from "../shared/queries";
import { articleHref, speakerHref } from "../shared/routes";
import { useWrites, type Writes } from "../writes/WritesProvider";

/** How many annotations of each tag `annotations` holds. */
export function countsOf(annotations: readonly Annotation[]): TagCounts {
  const counts = emptyTagCounts();
  for (const a of annotations) counts[a.tag]++;
  return counts;
}

interface DetailProps {
  speaker: Speaker;
  speakers: readonly Speaker[];
  annotations: readonly Annotation[];
}

/** One speaker: rename, aliases, merge, delete, and everything attributed to them by article. */
export function SpeakerDetail({ speaker, speakers, annotations }: DetailProps) {
  const { write, announce } = useWrites();
  /** Saves a change to the speakers and says how to take it back. */
  const run = (what: string, change: Parameters<Writes["write"]>[1], onSaved?: () => void) =>
    write(what, change, {
      onSaved(step) {
        announce(`${step.label}. ${MOD}+Z undoes it.`);
        onSaved?.();
      },
    });

  const [name, setName] = useState(speaker.name);
  const [alias, setAlias] = useState("");
  const [mergeTarget, setMergeTarget] = useState("");
  const [confirming, setConfirming] = useState<null | { kind: "merge"; into: Speaker } | { kind: "delete" }>(
    null,
  );
  const others = speakers.filter((s) => s.id !== speaker.id);
  const articles = useArticles();
  const titles = new Map((articles ?? []).map((a) => [a.id, a.title]));
  const byArticle = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort((x, y) => x.start - y.start)) {
    byArticle.set(a.articleId, [...(byArticle.get(a.articleId) ?? []), a]);
  }

  const rename = (event: React.FormEvent) => {
    event.preventDefault();
    const clean = name.replace(/\s+/g, " ").trim();
    if (!clean || clean === speaker.name) return;
    const clash = others.find((s) => nameKey(s.name) === nameKey(clean));
    if (clash) setConfirming({ kind: "merge", into: clash });
    else void run("rename the speaker", (db) => updateSpeaker(db, speaker.id, { name: clean }));
  };

  return (
    <section className="speaker-detail" aria-labelledby="speaker-detail-title">
      <h2 id="speaker-detail-title">{speaker.name}</h2>
      <div className="speaker-forms">
        <form onSubmit={rename}>
          <label>
            Name
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit">Rename</button>
        </form>
        <div className="aliases">
          <span className="label">Aliases</span>
          {speaker.aliases.length === 0 ? <span className="empty">none</span> : null}
          {speaker.aliases.map((a) => (
            <span key={a} className="alias">
              {a}
              <button
                type="button"
                aria-label={`Remove alias ${a}`}
                onClick={() =>
                  void run("remove the alias", (db) =>
                    updateSpeaker(db, speaker.id, { aliases: speaker.aliases.filter((x) => x !== a) }),
                  )
                }
              >
                ×
              </button>
            </span>
          ))}
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const clean = alias.replace(/\s+/g, " ").trim();
            if (!clean || speaker.aliases.includes(clean)) return;
            void run("add the alias", (db) =>
              updateSpeaker(db, speaker.id, { aliases: [...speaker.aliases, clean] }),
            );
            setAlias("");
          }}
        >
          <label>
            New alias
            <input value={alias} onChange={(event) => setAlias(event.target.value)} />
          </label>
          <button type="submit">Add alias</button>
        </form>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const into = others.find((s) => s.id === mergeTarget);
            if (into) setConfirming({ kind: "merge", into });
          }}
        >
          <label>
            Merge into
            <select value={mergeTarget} onChange={(event) => setMergeTarget(event.target.value)}>
              <option value="">Choose a speaker…</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!mergeTarget}>
            Merge…
          </button>
        </form>
        <button type="button" className="danger" onClick={() => setConfirming({ kind: "delete" })}>
          Delete speaker…
        </button>
      </div>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm">
          <p>
            {confirming.kind === "merge"
              ? `Merge ${speaker.name} into ${confirming.into.name}? Every quote, claim, statistic and mention of ${speaker.name} will point at ${confirming.into.name}, and ${speaker.name} becomes an alias.`
              : `Delete ${speaker.name}? Its ${annotations.length} annotations stay, without a speaker.`}
          </p>
          <button
            type="button"
            className={confirming.kind === "delete" ? "danger" : undefined}
            // biome-ignore lint/a11y/noAutofocus: the confirmation is the only thing to answer.
            autoFocus
            onClick={() => {
              setConfirming(null);
              // Only a saved change leaves this speaker's page: a refused one stays here, with Retry.
              const leave = () => {
                window.location.hash =
                  confirming.kind === "merge" ? speakerHref(confirming.into.id) : speakerHref();
              };
              if (confirming.kind === "merge")
                void run(
                  "merge the speakers",
                  (db) => mergeSpeakers(db, confirming.into.id, speaker.id),
                  leave,
                );
              else void run("delete the speaker", (db) => deleteSpeaker(db, speaker.id), leave);
            }}
          >
            {confirming.kind === "merge" ? "Confirm merge" : "Delete speaker"}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      <h3>Attributed and mentioned</h3>
      {byArticle.size === 0 ? <p className="empty">Nothing is attributed to {speaker.name} yet.</p> : null}
      {[...byArticle].map(([articleId, list]) => {
        const counts = countsOf(list);
        return (
          <section key={articleId} className="speaker-article">
            <h4>
              {titles.get(articleId) ?? articleId}{" "}
              <span className="count">
                {TAGS.filter((t) => counts[t] > 0)
                  .map((t) => `${counts[t]} ${TAG_LABELS[t].toLowerCase()}${counts[t] > 1 ? "s" : ""}`)
                  .join(", ")}
              </span>
            </h4>
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  <span className={`tag-chip tag-${a.tag}`}>{TAG_LABELS[a.tag]}</span>{" "}
                  <a href={articleHref(a.articleId, a.id)}>
                    {a.exact.length > 140 ? `${a.exact.slice(0, 139)}…` : a.exact}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
