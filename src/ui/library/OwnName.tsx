import { useId, useState } from "react";
import { setOwnName } from "../../store/meta";
import { useOwnName } from "../shared/queries";
import { useWrites } from "../writes/WritesProvider";

/**
 * The name the user annotates under: asked on the library page until given (an export then says the
 * annotations are theirs, so a team can compare layers and measure agreement), changeable after.
 */
export function OwnName() {
  const { db, announce } = useWrites();
  const name = useOwnName();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const id = useId();
  if (!db || name === undefined) return null;
  if (name && !editing)
    return (
      <p className="own-name">
        Annotating as <strong>{name}</strong>{" "}
        <button
          type="button"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          Change name
        </button>
      </p>
    );
  return (
    <form
      className="own-name"
      aria-labelledby={`${id}-label`}
      onSubmit={async (event) => {
        event.preventDefault();
        await setOwnName(db, draft);
        setEditing(false);
        announce(draft.trim() ? `You annotate as ${draft.trim()}.` : "Your annotator name is removed.");
      }}
    >
      <label id={`${id}-label`}>
        Your name as annotator{" "}
        <input value={draft} onChange={(event) => setDraft(event.target.value)} autoComplete="name" />
      </label>{" "}
      <button type="submit">Save</button>
      {name ? (
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      ) : null}
      <span className="hint">
        {" "}
        Exports mark your annotations with it, so a team can compare and curate them.
      </span>
    </form>
  );
}
