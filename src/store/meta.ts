import type { BackupState } from "../model/backup";
import type { AnnotatorDatabase } from "./schema";

export async function recordFullExport(db: AnnotatorDatabase, at: Date): Promise<void> {
  await db.meta.put({ key: "lastFullExportAt", value: at.toISOString() });
}

/** The facts the backup reminder needs, read in one transaction. */
export async function readBackupState(db: AnnotatorDatabase): Promise<BackupState> {
  return db.transaction("r", db.meta, db.annotations, async () => {
    const last = (await db.meta.get("lastFullExportAt"))?.value ?? null;
    const oldest = await (last === null
      ? db.annotations.orderBy("updatedAt").first()
      : db.annotations.where("updatedAt").above(last).first());
    return { lastFullExportAt: last, oldestUnexportedChange: oldest?.updatedAt ?? null };
  });
}

/** Whether tagging a quote, claim, statistic or speaker span opens the speaker picker: yes unless turned off. */
export async function readAskSpeakerAfterTag(db: AnnotatorDatabase): Promise<boolean> {
  return (await db.meta.get("askSpeakerAfterTag"))?.value !== "false";
}

/** A preference, not work: it is not an undo step. */
export async function setAskSpeakerAfterTag(db: AnnotatorDatabase, ask: boolean): Promise<void> {
  await db.meta.put({ key: "askSpeakerAfterTag", value: String(ask) });
}

/** Whether the reader shows the app's suggestions: yes unless turned off. */
export async function readShowSuggestions(db: AnnotatorDatabase): Promise<boolean> {
  return (await db.meta.get("showSuggestions"))?.value !== "false";
}

/** A preference, not work: it is not an undo step. */
export async function setShowSuggestions(db: AnnotatorDatabase, show: boolean): Promise<void> {
  await db.meta.put({ key: "showSuggestions", value: String(show) });
}

/** The name the user gave themselves as an annotator; null until they give one. */
export async function readOwnName(db: AnnotatorDatabase): Promise<string | null> {
  const value = (await db.meta.get("ownName"))?.value;
  return value ? value : null;
}

/** A preference, not work: it is not an undo step. An empty name is no name. */
export async function setOwnName(db: AnnotatorDatabase, name: string): Promise<void> {
  const clean = name.replace(/\s+/g, " ").trim();
  if (clean) await db.meta.put({ key: "ownName", value: clean });
  else await db.meta.delete("ownName");
}
