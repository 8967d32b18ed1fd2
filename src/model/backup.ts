/**
 * When to remind the user to back up: work that exists only in this browser is at risk (cleared site
 * data, a lost laptop), so once a week of it has gone without a full export, the app says so.
 */
export const BACKUP_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupState {
  /** ISO time of the last "Export all", or null if never. */
  lastFullExportAt: string | null;
  /** ISO time of the oldest change not in that export (updatedAt after it), or null if none. */
  oldestUnexportedChange: string | null;
}

export function needsBackupReminder(state: BackupState, now: Date): boolean {
  if (state.oldestUnexportedChange === null) return false;
  const since = state.lastFullExportAt ?? state.oldestUnexportedChange;
  return now.getTime() - Date.parse(since) > BACKUP_INTERVAL_MS;
}
