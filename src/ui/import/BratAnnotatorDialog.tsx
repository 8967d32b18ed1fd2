import { useEffect, useId, useRef, useState } from "react";
import { AS_LAYERS } from "../../model/format/bratImport";
import type { AnnotatorCount } from "../../model/format/bratPairing";

interface Props {
  name: string;
  /** How many texts have several annotators' files, of how many. */
  contested: { texts: number; of: number };
  annotators: readonly AnnotatorCount[];
  /** One annotator's files as the user's own work, or AS_LAYERS: everyone's, each as their layer. */
  onChoose(annotator: string | null | typeof AS_LAYERS): void;
  onCancel(): void;
}

/**
 * Whose annotations to import when some text has files by several annotators: one choice for the whole
 * import. No one is chosen at first: which annotator's judgement becomes the library's data is the
 * user's decision, and the first name in the list has no claim to it.
 */
export function BratAnnotatorDialog({ name, contested, annotators, onChoose, onCancel }: Props) {
  const [chosen, setChosen] = useState<string | null | typeof AS_LAYERS | undefined>(undefined);
  const id = useId();
  // The first option takes the focus, so that the arrows choose at once.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-why`}
        onKeyDown={(event) => {
          if (event.key === "Escape") onCancel();
        }}
      >
        <h2 id={`${id}-title`}>Whose annotations to import from {name}?</h2>
        <p id={`${id}-why`}>
          {contested.texts} of the {contested.of} texts have files by several annotators. Import everyone's,
          each as their own layer, to compare them, measure their agreement and curate them; or choose one
          annotator whose files become your own work (a text that only one annotator's file covers is imported
          with that file).
        </p>
        <fieldset className="import-mode">
          <legend>Annotator</legend>
          <label>
            <input
              type="radio"
              name={`${id}-annotator`}
              checked={chosen === AS_LAYERS}
              ref={first}
              onChange={() => setChosen(AS_LAYERS)}
            />
            Everyone, each as their own layer ({annotators.length} annotator
            {annotators.length === 1 ? "" : "s"})
          </label>
          {annotators.map(({ annotator, files }) => (
            <label key={annotator ?? ""}>
              <input
                type="radio"
                name={`${id}-annotator`}
                checked={chosen === annotator}
                onChange={() => setChosen(annotator)}
              />
              {annotator ?? "(files with no annotator's name)"}: {files} file{files === 1 ? "" : "s"}
            </label>
          ))}
        </fieldset>
        <div className="editor-buttons">
          <button
            type="button"
            disabled={chosen === undefined}
            onClick={() => chosen !== undefined && onChoose(chosen)}
          >
            Continue
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
        {chosen === undefined ? <p className="picker-help">Choose an annotator to continue.</p> : null}
      </div>
    </div>
  );
}
