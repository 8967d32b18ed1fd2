import { withAlias } from "../model/speakerNames";
import type { Speaker } from "../model/types";
import type { StoreChange, StoreStep } from "./changes";
import type { AnnotatorDatabase } from "./schema";

/** Speaker writes, each one transaction returning the step that undoes it. */

export async function createSpeaker(db: AnnotatorDatabase, speaker: Speaker): Promise<StoreStep> {
  await db.speakers.add(speaker);
  return {
    kind: "create-speaker",
    label: `Create speaker ${speaker.name}`,
    changes: [{ table: "speakers", id: speaker.id, before: null, after: speaker }],
  };
}

export async function updateSpeaker(
  db: AnnotatorDatabase,
  id: string,
  patch: Partial<Pick<Speaker, "name" | "aliases">>,
): Promise<StoreStep | null> {
  return db.transaction("rw", db.speakers, async () => {
    const before = await db.speakers.get(id);
    if (!before) return null;
    const after: Speaker = { ...before, ...patch };
    await db.speakers.put(after);
    const label = patch.name !== undefined ? `Rename ${before.name}` : `Edit aliases of ${before.name}`;
    return { kind: "edit-speaker", label, changes: [{ table: "speakers", id, before, after }] };
  });
}

/**
 * Merges `loserId` into `survivorId`: every annotation pointing at the loser points at the survivor,
 * the loser's name and aliases become the survivor's aliases, and the loser is deleted. One step.
 */
export async function mergeSpeakers(
  db: AnnotatorDatabase,
  survivorId: string,
  loserId: string,
): Promise<StoreStep | null> {
  if (survivorId === loserId) return null;
  return db.transaction("rw", db.speakers, db.annotations, async () => {
    const [survivor, loser] = await db.speakers.bulkGet([survivorId, loserId]);
    if (!survivor || !loser) return null;
    const now = new Date().toISOString();
    let merged = survivor;
    for (const name of [loser.name, ...loser.aliases]) merged = withAlias(merged, name);
    const changes: StoreChange[] = [
      { table: "speakers", id: survivor.id, before: survivor, after: merged },
      { table: "speakers", id: loser.id, before: loser, after: null },
    ];
    const moved = await db.annotations.where("speakerId").equals(loserId).toArray();
    for (const before of moved) {
      changes.push({
        table: "annotations",
        id: before.id,
        before,
        after: { ...before, speakerId: survivorId, updatedAt: now },
      });
    }
    await db.speakers.put(merged);
    await db.speakers.delete(loserId);
    await db.annotations.bulkPut(moved.map((a) => ({ ...a, speakerId: survivorId, updatedAt: now })));
    return { kind: "merge-speakers", label: `Merge ${loser.name} into ${survivor.name}`, changes };
  });
}

/** Deletes a speaker; the annotations attributed to it stay, without attribution. */
export async function deleteSpeaker(db: AnnotatorDatabase, id: string): Promise<StoreStep | null> {
  return db.transaction("rw", db.speakers, db.annotations, async () => {
    const speaker = await db.speakers.get(id);
    if (!speaker) return null;
    const now = new Date().toISOString();
    const attributed = await db.annotations.where("speakerId").equals(id).toArray();
    const changes: StoreChange[] = [{ table: "speakers", id, before: speaker, after: null }];
    for (const before of attributed) {
      changes.push({
        table: "annotations",
        id: before.id,
        before,
        after: { ...before, speakerId: null, updatedAt: now },
      });
    }
    await db.speakers.delete(id);
    await db.annotations.bulkPut(attributed.map((a) => ({ ...a, speakerId: null, updatedAt: now })));
    return { kind: "delete-speaker", label: `Delete speaker ${speaker.name}`, changes };
  });
}
