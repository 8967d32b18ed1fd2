import { MAX_MATCHES } from "../../model/search/findInText";
import { TAGS, type Tag } from "../../model/types";
import type { Find } from "./useFind";

interface Props {
  find: Find;
  /** Tags the current match, as a selection of it would be tagged. */
  onTag(tag: Tag): void;
}

/**
 * The find bar of the reader: the query, "3 of 17", previous and next, close. Enter goes to the next
 * match and Shift+Enter to the previous; Alt+1–4 tags the current one; Esc closes the bar and leaves
 * the match selected in the text, where 1–4 tag it too.
 */
export function FindBar({ find, onTag }: Props) {
  const { matches, current, query } = find;
  const count =
    current === null
      ? query.trim() === ""
        ? ""
        : "No matches"
      : `${(current + 1).toLocaleString("en")} of ${matches.length.toLocaleString("en")}${matches.length >= MAX_MATCHES ? "+" : ""}`;
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (event.shiftKey) find.previous();
      else find.next();
    } else if (event.key === "Escape") {
      event.preventDefault();
      find.close();
    } else if (event.altKey && !event.ctrlKey && !event.metaKey) {
      // By the key's place, not its character: Alt (Option) with a digit types a symbol on a Mac.
      const tag = TAGS[["Digit1", "Digit2", "Digit3", "Digit4"].indexOf(event.code)];
      if (!tag) return;
      event.preventDefault();
      if (current !== null) onTag(tag);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a search landmark of the page, not a form to submit.
    <div className="find-bar" role="search" aria-label="Find in the article">
      <input
        ref={find.inputRef}
        type="text"
        className="find-input"
        aria-label="Find in the article"
        aria-describedby="find-count find-keys"
        placeholder="Find in the article"
        value={query}
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => find.setFieldFocused(true)}
        onBlur={() => find.setFieldFocused(false)}
        autoComplete="off"
        spellCheck={false}
      />
      <output id="find-count" className="find-count" aria-live="polite">
        {count}
      </output>
      <button
        type="button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        onClick={find.previous}
      >
        ↑
      </button>
      <button type="button" aria-label="Next match" title="Next match (Enter)" onClick={find.next}>
        ↓
      </button>
      <button type="button" aria-label="Close find" title="Close (Esc)" onClick={find.close}>
        ✕
      </button>
      <span id="find-keys" className="visually-hidden">
        Enter: next match. Shift+Enter: previous. Alt+1 to 4: tag the match as quote, claim, statistic,
        speaker. Escape: close, leaving the match selected.
      </span>
    </div>
  );
}
