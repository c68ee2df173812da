import type { Db } from '../core/db';

/** The `settings` table: one JSON value per key. */
export class SettingsRepository {
  constructor(private readonly db: Db) {}

  /** Every stored key with its value as JSON text. */
  all(): Array<{ key: string; value: string }> {
    return this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  }

  write(values: Record<string, unknown>): void {
    const upsert = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [k, v] of Object.entries(values)) if (v !== undefined) upsert.run(k, JSON.stringify(v));
    })();
  }
}
