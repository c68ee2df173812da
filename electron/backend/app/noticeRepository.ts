import type { Db } from '../core/db';
import { ApiError } from '../../../shared/api/errors';
import type { Notice } from '../../../shared/app/types';

interface NoticeRow {
  id: number;
  created_at: string;
  message: string;
}

/**
 * The `notices` table: things the app did on its own that the user should hear about (a retention
 * purge). Messages are written by the backend from neutral facts (code names, dates, counts), never
 * from case text. The area has no rules beyond storing them, so this repository is its service too.
 */
export class NoticeRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Undismissed notices, newest first. */
  list(): Notice[] {
    return this.db
      .prepare<[], NoticeRow>('SELECT id, created_at, message FROM notices WHERE dismissed = 0 ORDER BY created_at DESC, id DESC')
      .all()
      .map(toNotice);
  }

  add(message: string): Notice {
    const createdAt = this.now().toISOString();
    const { lastInsertRowid } = this.db.prepare('INSERT INTO notices (created_at, message) VALUES (?, ?)').run(createdAt, message);
    return { id: Number(lastInsertRowid), createdAt, message };
  }

  /** Dismissing twice is harmless; an id that never existed is NOT_FOUND. */
  dismiss(id: number): { dismissed: number } {
    const { changes } = this.db.prepare('UPDATE notices SET dismissed = 1 WHERE id = ?').run(id);
    if (changes === 0) throw new ApiError('NOT_FOUND', `notice ${id} not found`);
    return { dismissed: id };
  }
}

function toNotice(r: NoticeRow): Notice {
  return { id: r.id, createdAt: r.created_at, message: r.message };
}
