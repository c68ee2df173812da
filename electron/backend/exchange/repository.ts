import type { Db } from '../core/db';

/** The exchange area's tables: `trusted_keys` and `imported_bundles`. */
export class ExchangeRepository {
  constructor(private readonly db: Db) {}

  trusted(publicKey: string): { name: string } | undefined {
    return this.db.prepare<[string], { name: string }>('SELECT name FROM trusted_keys WHERE public_key = ?').get(publicKey);
  }

  trustedNamed(name: string): Array<{ public_key: string }> {
    return this.db.prepare<[string], { public_key: string }>('SELECT public_key FROM trusted_keys WHERE name = ? COLLATE NOCASE').all(name);
  }

  trust(publicKey: string, name: string, now: string): void {
    this.db.prepare('INSERT INTO trusted_keys (public_key, name, confirmed_at) VALUES (?, ?, ?) ON CONFLICT(public_key) DO UPDATE SET name = excluded.name').run(publicKey, name, now);
  }

  imported(id: string): { digest: string } | undefined {
    return this.db.prepare<[string], { digest: string }>('SELECT digest FROM imported_bundles WHERE id = ?').get(id);
  }

  recordImport(id: string, digest: string, kind: string, now: string): void {
    this.db.prepare('INSERT INTO imported_bundles (id, digest, kind, imported_at) VALUES (?, ?, ?, ?)').run(id, digest, kind, now);
  }
}
