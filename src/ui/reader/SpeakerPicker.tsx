import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { nameKey } from "../../model/speakerNames";
import type { Speaker } from "../../model/types";
import { useFollowViewport } from "../shared/useFollowViewport";

export interface PickerProposal {
  speakerId: string;
  reason: string;
  /** Evidence enough to choose it with Enter: the cue names them, or "he said" follows their name. */
  strong?: boolean;
}

/** A viewport rectangle. */
export interface ScreenRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Props {
  title: string;
  /** The text the picker is about, shown for context. */
  excerpt: string;
  /**
   * A person the text names who is not a speaker yet (the mention itself when linking a speaker span,
   * or the name at the quote's cue): offered first, to create, when nothing stronger is proposed.
   */
  suggestedName: string;
  proposals: readonly PickerProposal[];
  speakers: readonly Speaker[];
  /** Titles of the articles each speaker appears in, so two people with one surname can be told apart. */
  articlesOf(speakerId: string): string[];
  currentSpeakerId: string | null;
  onChoose(speakerId: string | null): void;
  onCreate(name: string): void;
  /** `elsewhere`: a press outside the picker closed it, which takes the focus where it pressed. */
  onClose(how?: "elsewhere"): void;
  /** The setting that opens the picker after each tag, when it can be saved. */
  askAfterTag?: { value: boolean; onChange(ask: boolean): void } | undefined;
  /**
   * Where the words it is about are on screen (the quote with its cue and source): the picker sits
   * beside them, never over them. Read again as the page scrolls.
   */
  anchor(): ScreenRect | null;
}

type Option =
  | { kind: "speaker"; speaker: Speaker; reason: string | null }
  | { kind: "create"; name: string }
  | { kind: "none" };

/**
 * A keyboard-first chooser: type to filter, arrows to move, Enter to choose, Escape to leave things as
 * they are. The most likely speakers come first with the reason they were proposed.
 */
export function SpeakerPicker(props: Props) {
  const { speakers, proposals, suggestedName, currentSpeakerId } = props;
  const [query, setQuery] = useState("");
  // -1: no option is active, and Enter chooses nothing.
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const titleId = useId();

  const { options, preselect } = useMemo<{ options: Option[]; preselect: boolean }>(() => {
    const key = nameKey(query);
    const matches = (s: Speaker) =>
      !key ||
      [s.name, ...s.aliases].some(
        (n) => nameKey(n).includes(key) || n.toLowerCase().includes(query.toLowerCase()),
      );
    const byId = new Map(speakers.map((s) => [s.id, s]));
    const proposed: Option[] = proposals.flatMap((p) => {
      const speaker = byId.get(p.speakerId);
      return speaker && matches(speaker) ? [{ kind: "speaker" as const, speaker, reason: p.reason }] : [];
    });
    const proposedIds = new Set(proposals.map((p) => p.speakerId));
    const rest: Option[] = speakers
      .filter((s) => !proposedIds.has(s.id) && matches(s))
      .map((speaker) => ({ kind: "speaker" as const, speaker, reason: null }));
    const name = (query.trim() || suggestedName).trim();
    const exists = speakers.some((s) => nameKey(s.name) === nameKey(name));
    const create: Option[] = name && !exists ? [{ kind: "create", name }] : [];
    const none: Option[] = currentSpeakerId ? [{ kind: "none" }] : [];
    const strong = proposals[0]?.strong === true && proposed.length > 0;
    // With nothing typed and no strong proposal, a person the text names who is new comes first.
    const createFirst = !query.trim() && !strong && suggestedName.trim() !== "" && create.length > 0;
    // The first option is chosen by Enter only with evidence for it: a strong proposal, the name the
    // user typed, or a new speaker the text names. Without any, the first speaker by name was
    // preselected, and Enter attributed quotes to whoever sorted first; a name merely nearby is listed
    // first but left for the user to choose.
    const preselect = query.trim() !== "" || strong || createFirst;
    return {
      options: createFirst ? [...create, ...rest, ...none] : [...proposed, ...rest, ...create, ...none],
      preselect,
    };
  }, [query, speakers, proposals, suggestedName, currentSpeakerId]);

  // Focus moves in the same commit that shows the dialog, so no key typed after it appears is lost.
  useLayoutEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, []);
  const { onClose, anchor } = props;
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Escape closes even if focus was moved out of the dialog.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    // The page stays in use: a press anywhere else closes the picker and does what it does there
    // (select words, press a button), never swallowed by a backdrop.
    const onPress = (event: PointerEvent) => {
      if (event.target instanceof Node && dialogRef.current?.contains(event.target)) return;
      onClose("elsewhere");
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onPress, true);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onPress, true);
    };
  }, [onClose]);

  // Beside the words, never over them: below when there is room, else above, else at the side of the
  // screen the words leave free; docked at the bottom of a screen too small for any of these.
  // Until placed it is transparent, not hidden: a hidden input cannot take the focus.
  const [position, setPosition] = useState<React.CSSProperties>({ opacity: 0, top: 0, left: 0 });
  const place = useCallback(() => {
    const dialog = dialogRef.current;
    if (dialog) setPosition(placeBeside(anchor(), dialog.getBoundingClientRect()));
  }, [anchor]);
  useFollowViewport(place);
  // New options (a name typed, speakers changed) start again from what the evidence supports; before
  // the first paint, so that an Enter pressed at once never meets a stale choice.
  useLayoutEffect(() => {
    setActive(preselect && options.length > 0 ? 0 : -1);
  }, [options, preselect]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === "speaker") props.onChoose(option.speaker.id);
    else if (option.kind === "create") props.onCreate(option.name);
    else props.onChoose(null);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length : i) - 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      props.onClose();
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div
      ref={dialogRef}
      className="dialog speaker-picker picker-popover"
      role="dialog"
      aria-labelledby={titleId}
      style={position}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p className="picker-excerpt">“{props.excerpt}”</p>
      <input
        ref={inputRef}
        role="combobox"
        aria-label="Speaker"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={active >= 0 && active < options.length ? optionId(active) : undefined}
        aria-autocomplete="list"
        placeholder="Type a name…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Speakers" className="picker-options">
        {options.map((option, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options.
          <div
            key={option.kind === "speaker" ? option.speaker.id : option.kind}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            className={i === active ? "active" : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === "speaker" ? (
              <>
                <span className="option-name">
                  {option.speaker.name}
                  {option.speaker.id === currentSpeakerId ? " (current)" : ""}
                </span>
                {option.reason ? <span className="option-reason">Suggested: {option.reason}</span> : null}
                <span className="option-articles">
                  {describeArticles(props.articlesOf(option.speaker.id))}
                </span>
              </>
            ) : option.kind === "create" ? (
              <span className="option-name">Create speaker “{option.name}”</span>
            ) : (
              <span className="option-name">No speaker</span>
            )}
          </div>
        ))}
      </div>
      {options.length === 0 ? <p className="empty">No speakers yet: type a name to create one.</p> : null}
      {props.askAfterTag ? (
        <label className="picker-setting">
          <input
            type="checkbox"
            checked={props.askAfterTag.value}
            onChange={(event) => props.askAfterTag?.onChange(event.target.checked)}
          />{" "}
          Ask after each tag (A asks for the selected annotation)
        </label>
      ) : null}
      <p className="picker-help">
        {active < 0 && options.length > 0
          ? "Nothing suggests who: ↑↓ to pick, or type a name; Esc to leave it"
          : "↑↓ to move, Enter to choose, Esc to close"}
      </p>
    </div>
  );
}

const GAP = 8;

/** Where the picker of size `box` goes beside `words` (viewport rectangles), covering none of them. */
export function placeBeside(
  words: ScreenRect | null,
  box: { width: number; height: number },
): React.CSSProperties {
  const width = window.innerWidth;
  const height = window.innerHeight;
  if (!words) return { bottom: GAP, right: GAP };
  const left = Math.max(GAP, Math.min(words.left, width - box.width - GAP));
  if (height - words.bottom >= box.height + 2 * GAP) return { top: words.bottom + GAP, left };
  if (words.top >= box.height + 2 * GAP) return { top: words.top - box.height - GAP, left };
  // Taller than the room above and below: the side the words leave free, if there is one.
  if (width - words.right >= box.width + 2 * GAP) return { top: GAP, left: words.right + GAP };
  if (words.left >= box.width + 2 * GAP) return { top: GAP, left: GAP };
  return { bottom: 0, left: 0, right: 0, width: "auto" };
}

function describeArticles(titles: string[]): string {
  if (titles.length === 0) return "in no article yet";
  const shown = titles.slice(0, 2).map((t) => (t.length > 40 ? `${t.slice(0, 39)}…` : t));
  return `in ${shown.join("; ")}${titles.length > 2 ? ` and ${titles.length - 2} more` : ""}`;
}
