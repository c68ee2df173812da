import type { Db } from '../core/db';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/settings/types';
import { SettingsRepository } from './repository';

/**
 * Small user preferences, kept in the database rather than browser storage (which the app never uses).
 * A stored value that no longer fits its schema (an old version, a hand edit) falls back to the default
 * for that key instead of breaking the app.
 */
export class SettingsService {
  private readonly repo: SettingsRepository;

  constructor(db: Db) {
    this.repo = new SettingsRepository(db);
  }

  get(): Settings {
    const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    const shape = settingsSchema.shape;
    for (const { key, value } of this.repo.all()) {
      if (!(key in shape)) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        continue;
      }
      const field = shape[key as keyof typeof shape].safeParse(parsed);
      if (field.success) out[key] = field.data;
    }
    return settingsSchema.parse(out);
  }

  update(patch: Partial<Settings>): Settings {
    this.repo.write(patch);
    return this.get();
  }
}
