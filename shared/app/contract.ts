/** The app area: what the shell is, its notices, and what only a windowing shell can do. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, uuidSchema } from '../common/schemas';
import type { AppInfo, Notice } from './types';

export const appContract = {
  'app.info': method<AppInfo>()(noInput, { repeatable: true }),
  'notices.list': method<Notice[]>()(noInput, { repeatable: true }),
  'notices.dismiss': method<{ dismissed: number }>()(z.object({ id: z.number().int().positive() }).strict(), { repeatable: true }),
  /** Opens the beamer view in a second window (Electron); the browser shell opens a tab itself. */
  'window.openBeamer': method<{ opened: boolean }>()(z.object({ sessionId: uuidSchema }).strict()),
};
