/**
 * Which daily backups to keep: the newest `daily` dates, and the newest date of each of the newest
 * `weekly` ISO weeks (Monday to Sunday) that have a backup. The two rules count independently, as in
 * restic's --keep-daily/--keep-weekly: the newest backup can be the week's too. Pure; dates are
 * YYYY-MM-DD calendar dates.
 */
import { BACKUPS_DAILY, BACKUPS_WEEKLY } from '../../../shared/backup/types';

const DAY_MS = 86_400_000;

/** The Monday of the ISO week a date falls in (YYYY-MM-DD). */
export function weekOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

export function backupsToKeep(days: readonly string[], daily = BACKUPS_DAILY, weekly = BACKUPS_WEEKLY): Set<string> {
  const newestFirst = [...new Set(days)].sort().reverse();
  const keep = new Set(newestFirst.slice(0, daily));
  const weeks = new Set<string>();
  for (const day of newestFirst) {
    const week = weekOf(day);
    if (weeks.has(week)) continue;
    if (weeks.size >= weekly) break;
    weeks.add(week);
    keep.add(day);
  }
  return keep;
}
