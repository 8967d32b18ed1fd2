import type { HitKind } from "../../model/search/hits";
import type { SearchResultItem, SearchResults } from "../../model/search/results";
import type { Snippet } from "../../model/search/snippet";
import { articleHref, articlePlaceHref, speakerHref } from "../shared/routes";

const KIND_LABELS: Record<HitKind, string> = {
  speaker: "Speaker",
  title: "Title",
  note: "Note",
  quote: "Annotation",
  text: "Text",
};

interface Props {
  results: SearchResults;
  /** Lists more hits than are listed now. */
  onMore(): void;
}

/**
 * The hits of a library search, each a link that opens the reader at its place: a text's places are
 * listed under their article's title, the other hits one by one with the article they belong to.
 */
export function SearchHits({ results, onMore }: Props) {
  const { items, total, articles } = results;
  return (
    <div className="search-hits">
      <p className="search-summary" role="status">
        {total === 0
          ? `No matches for “${results.query.trim()}”.`
          : `${plural(total, "match", "matches")} in ${plural(articles, "article", "articles")}.`}
      </p>
      {items.length > 0 ? (
        <ol className="search-list" aria-label="Search results">
          {groups(items).map((group) => (
            <li key={keyOf(group[0] as SearchResultItem)} className={`search-hit hit-${group[0]?.kind}`}>
              <Hit group={group} />
            </li>
          ))}
        </ol>
      ) : null}
      {items.length < total ? (
        <button type="button" className="search-more" onClick={onMore}>
          Show more results
        </button>
      ) : null}
    </div>
  );
}

function Hit({ group }: { group: readonly SearchResultItem[] }) {
  const first = group[0];
  if (!first) return null;
  const kind = <span className="hit-kind">{KIND_LABELS[first.kind]}</span>;
  if (first.kind === "text") {
    return (
      <>
        {kind}
        <span className="hit-title">{first.articleTitle}</span>
        <ul className="hit-places">
          {group.map((item) => (
            <li key={keyOf(item)}>
              <a href={hrefOf(item)} className="hit-snippet">
                <Marked snippet={item.snippet} />
              </a>
            </li>
          ))}
        </ul>
        {first.count > group.length ? (
          <span className="hit-detail">{plural(first.count, "place", "places")} in this article</span>
        ) : null}
      </>
    );
  }
  if (first.kind === "title") {
    return (
      <>
        {kind}
        <a href={hrefOf(first)} className="hit-title">
          <Marked snippet={first.snippet} />
        </a>
      </>
    );
  }
  return (
    <>
      {kind}
      <a href={hrefOf(first)} className="hit-link">
        <span className="hit-snippet">
          <Marked snippet={first.snippet} />
          {first.quote ? <span className="hit-quote">: “{first.quote}”</span> : null}
        </span>
        <span className="hit-detail">
          {first.articleTitle ? `in ${first.articleTitle}` : "no annotations yet: see the speaker"}
          {first.kind === "speaker" && first.count > 1
            ? ` · ${plural(first.count, "annotation", "annotations")} of this speaker`
            : ""}
        </span>
      </a>
    </>
  );
}

function Marked({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </>
  );
}

/** Hits in the order given, the places of one article's text together. */
function groups(items: readonly SearchResultItem[]): SearchResultItem[][] {
  const result: SearchResultItem[][] = [];
  for (const item of items) {
    const last = result.at(-1)?.[0];
    if (last && item.kind === "text" && last.kind === "text" && last.articleId === item.articleId)
      result.at(-1)?.push(item);
    else result.push([item]);
  }
  return result;
}

function hrefOf(item: SearchResultItem): string {
  if (!item.articleId) return speakerHref(item.speakerId ?? undefined);
  if (item.at) return articlePlaceHref(item.articleId, item.at);
  return articleHref(item.articleId, item.annotationId ?? undefined);
}

function keyOf(item: SearchResultItem): string {
  return [item.kind, item.articleId, item.annotationId, item.speakerId, item.at?.start].join("/");
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
