/**
 * Which backups to keep. "open" backups (taken whenever the project is opened for writing)
 * rotate; the backups taken before something destructive — deleting or merging codes,
 * deleting a document, editing a text, merging a co-coder, a migration, a restore — are
 * the ones a student reaches for, so they are kept apart and much longer: every one of
 * them younger than 30 days, and the newest 20 whatever their age. The folder is kept
 * under a size cap by dropping the oldest open backups first; the guarantee for the
 * "before …" backups is never broken to meet the cap.
 */
export const OPEN_BACKUPS_KEPT = 10;
export const SAFETY_BACKUPS_KEPT = 20;
export const SAFETY_BACKUP_DAYS = 30;
export const BACKUP_FOLDER_CAP_BYTES = 2 * 1024 ** 3;

export interface RetainedBackup {
  name: string;
  reason: string;
  takenAt: string;
  bytes: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const isRotatingBackup = (reason: string): boolean => reason === 'open';

/** The backups to delete, given all of them (any order). The newest backup is always kept. */
export function backupsToPrune<B extends RetainedBackup>(
  backups: readonly B[],
  now: Date,
  capBytes = BACKUP_FOLDER_CAP_BYTES,
): B[] {
  const newestFirst = [...backups].sort((a, b) => (a.name < b.name ? 1 : -1));
  const rotating = newestFirst.filter((b) => isRotatingBackup(b.reason));
  const safety = newestFirst.filter((b) => !isRotatingBackup(b.reason));
  const prune = new Set<B>(rotating.slice(OPEN_BACKUPS_KEPT));
  safety.forEach((backup, index) => {
    const ageMs = now.getTime() - Date.parse(backup.takenAt);
    if (index >= SAFETY_BACKUPS_KEPT && ageMs > SAFETY_BACKUP_DAYS * DAY_MS) prune.add(backup);
  });
  let total = newestFirst.filter((b) => !prune.has(b)).reduce((sum, b) => sum + b.bytes, 0);
  // Over the cap: the oldest open backups go first, down to the newest one.
  for (const backup of rotating.slice(1, OPEN_BACKUPS_KEPT).reverse()) {
    if (total <= capBytes) break;
    prune.add(backup);
    total -= backup.bytes;
  }
  prune.delete(newestFirst[0]!);
  return newestFirst.filter((b) => prune.has(b));
}
