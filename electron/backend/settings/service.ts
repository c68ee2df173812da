import type { Db } from '../core/db';
import { RETENTION_DAYS_DEFAULT, type Settings } from '../../../shared/settings/types';

const DEFAULTS: Settings = { locale: 'nl', retentionDays: RETENTION_DAYS_DEFAULT };

/** Small user preferences, kept in the database rather than browser storage (which the app never uses). */
export class SettingsService {
  constructor(private readonly db: Db) {}

  get(): Settings {
    const rows = this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
    const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return { ...DEFAULTS, ...(stored as Partial<Settings>) };
  }

  update(patch: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(patch)) if (v !== undefined) upsert.run(k, JSON.stringify(v));
    })();
    return this.get();
  }
}
