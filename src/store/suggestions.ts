import type { Annotation, RejectedSuggestion, Speaker } from "../model/types";
import type { StoreChange, StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

/**
 * Accepted suggestions become ordinary annotations, with the speakers they name that did not exist yet;
 * one transaction and one undo step, whether one suggestion is accepted or all of them.
 */
export async function acceptSuggestions(
  db: AnnotatorDatabase,
  annotations: readonly Annotation[],
  newSpeakers: readonly Speaker[],
): Promise<StoreStep | null> {
  if (annotations.length === 0) return null;
  await db.transaction("rw", db.annotations, db.speakers, async () => {
    await db.speakers.bulkAdd([...newSpeakers]);
    await db.annotations.bulkAdd([...annotations]);
  });
  const changes: StoreChange[] = [
    ...newSpeakers.map((s) => ({ table: "speakers" as const, id: s.id, before: null, after: s })),
    ...annotations.map((a) => ({ table: "annotations" as const, id: a.id, before: null, after: a })),
  ];
  const label = annotations.length === 1 ? "Accept suggestion" : `Accept ${annotations.length} suggestions`;
  return { kind: "accept-suggestion", label, changes };
}

/** A rejected suggestion is remembered for its text, so that it is not proposed there again. */
export async function rejectSuggestion(
  db: AnnotatorDatabase,
  textSha256: string,
  key: string,
): Promise<StoreStep> {
  const record: RejectedSuggestion = { id: `${textSha256} ${key}`, textSha256, key };
  await db.rejectedSuggestions.put(record);
  return {
    kind: "reject-suggestion",
    label: "Reject suggestion",
    changes: [{ table: "rejectedSuggestions", id: record.id, before: null, after: record }],
  };
}

/** The keys of the suggestions rejected on the text with this hash. */
export async function rejectedKeysOf(db: AnnotatorDatabase, textSha256: string): Promise<Set<string>> {
  const rows = await db.rejectedSuggestions.where("textSha256").equals(textSha256).toArray();
  return new Set(rows.map((r) => r.key));
}
