import { type Annotation, TAG_LABELS } from "../../model/types";

interface Props {
  orphans: readonly Annotation[];
  canAttach: boolean;
  onAttach(orphan: Annotation): void;
  onDelete(orphan: Annotation): void;
}

/**
 * Imported annotations whose text is no longer in the article, kept rather than dropped: the user can
 * select the text they belong to now and attach them, or delete them.
 */
export function OrphanList({ orphans, canAttach, onAttach, onDelete }: Props) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h3 id="orphans-title">Could not be placed ({orphans.length})</h3>
      <p className="hint">
        These imported annotations were made on another version of this text. Select where one belongs now and
        press “Attach to selection”.
      </p>
      <ul aria-label="Orphans">
        {orphans.map((orphan) => (
          <li key={orphan.id} className={`annotation-item tag-${orphan.tag}`}>
            <span className={`tag-chip tag-${orphan.tag}`}>{TAG_LABELS[orphan.tag]}</span>{" "}
            <span className="annotation-exact">“{orphan.exact}”</span>
            <div className="editor-buttons">
              <button type="button" disabled={!canAttach} onClick={() => onAttach(orphan)}>
                Attach to selection
              </button>
              <button type="button" className="danger" onClick={() => onDelete(orphan)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
