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
