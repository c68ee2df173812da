import fs from 'node:fs';
import path from 'node:path';
import { amsterdamToday } from '../core/dates';
import type { PurgeReport } from '../../../shared/cases/types';
import type { CaseRepository } from './repository';

const DAY_MS = 86_400_000;

/** Plain calendar arithmetic on YYYY-MM-DD dates. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface RetentionDeps {
  repo: CaseRepository;
  /** Where `backups/` lives: migration copies may hold case material and expire with it. */
  dataDir: string;
  retentionDays: () => number;
  /** Tells the user what went (the app area's notices). */
  notify: (message: string) => void;
  now: () => Date;
  /** The purged cases' ids, after the purge is committed: deletion reaches the backups. */
  onDeleted?: (caseIds: readonly string[]) => void;
}

/**
 * The retention term: every case whose term ended before today goes, with migration backups older than
 * the term. One transaction for the cases, then a WAL checkpoint, then one notice that says what went.
 */
export function purgeExpired(deps: RetentionDeps, today: string = amsterdamToday(deps.now())): PurgeReport {
  const removed = deps.repo.transaction(() => {
    const expired = deps.repo.expiredBefore(today);
    deps.repo.delete(expired.map((c) => c.id));
    return expired.map((c) => ({ id: c.id, codeName: c.code_name, retentionUntil: c.retention_until }));
  });
  if (removed.length) {
    deps.repo.checkpoint();
    deps.onDeleted?.(removed.map((c) => c.id));
  }
  const backupsRemoved = purgeBackups(deps);
  const parts: string[] = [];
  if (removed.length) {
    const list = removed.map((c) => `${c.codeName} (tot ${c.retentionUntil})`).join(', ');
    parts.push(`${removed.length} ${removed.length === 1 ? 'casus' : 'casussen'} verwijderd omdat de bewaartermijn verliep: ${list}.`);
  }
  if (backupsRemoved) {
    const days = deps.retentionDays();
    parts.push(`${backupsRemoved} ${backupsRemoved === 1 ? 'oude reservekopie' : 'oude reservekopieën'} van de database verwijderd (ouder dan ${days} dagen).`);
  }
  if (parts.length) deps.notify(parts.join(' '));
  return { removed: removed.map(({ codeName, retentionUntil }) => ({ codeName, retentionUntil })), backupsRemoved };
}

/** Deletes (after overwriting) files in backups/ older than the retention term. */
function purgeBackups(deps: RetentionDeps): number {
  const dir = path.join(deps.dataDir, 'backups');
  if (!fs.existsSync(dir)) return 0;
  const cutoff = deps.now().getTime() - deps.retentionDays() * DAY_MS;
  let n = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const st = fs.statSync(file);
    if (!st.isFile() || st.mtimeMs >= cutoff) continue;
    // Overwrite first: an unlinked file's blocks stay readable until reused (less certain on SSDs).
    fs.writeFileSync(file, Buffer.alloc(st.size));
    fs.unlinkSync(file);
    n++;
  }
  return n;
}
