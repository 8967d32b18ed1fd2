import { useState } from "react";
import { SearchHits } from "./SearchHits";
import { useLibrarySearch } from "./useLibrarySearch";

/** Hits listed at first, and added by each "Show more results". */
const PAGE = 30;

/**
 * The library's search field: texts and titles of every article, the words and notes of every
 * annotation, speakers' names and aliases. Results come as you type; each opens the reader at its place.
 */
export function LibrarySearch() {
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const { results, worker } = useLibrarySearch(query, limit);
  const progress = worker.progress;
  const indexing = progress !== null && progress.indexed < progress.total;
  return (
    <section className="library-search" aria-label="Search the library">
      <label className="search-field">
        <span className="search-label">Search the library</span>
        <input
          type="search"
          value={query}
          placeholder="Words of texts, titles, notes, annotations or speakers’ names"
          onChange={(event) => {
            setQuery(event.target.value);
            setLimit(PAGE);
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {indexing ? (
        <p className="search-progress" role="status">
          <progress max={progress.total} value={progress.indexed} aria-label="Indexing the library" />{" "}
          Indexing the library for search: {Math.floor((100 * progress.indexed) / progress.total)}%. Results
          so far are shown.
        </p>
      ) : null}
      {worker.error ? (
        <p className="search-error" role="alert">
          Search is not available: {worker.error}
        </p>
      ) : null}
      {results ? <SearchHits results={results} onMore={() => setLimit(limit + PAGE)} /> : null}
    </section>
  );
}
