import type { AreaHandlers } from '../../../shared/api/contract';
import type { NoticeRepository } from './noticeRepository';

export interface AppHandlerDeps {
  notices: NoticeRepository;
  info: { version: string; shell: 'electron' | 'web'; schemaVersion: number };
  /** What only a windowing shell can do; the web shell leaves it out and opens a browser tab itself. */
  openBeamer?: (sessionId: string) => boolean;
}

export function appHandlers(deps: AppHandlerDeps): AreaHandlers<'app'> {
  return {
    'app.info': () => ({ name: 'Leertafel', ...deps.info }),
    'notices.list': () => deps.notices.list(),
    'notices.dismiss': (i) => deps.notices.dismiss(i.id),
    'window.openBeamer': (i) => ({ opened: deps.openBeamer?.(i.sessionId) ?? false }),
  };
}
