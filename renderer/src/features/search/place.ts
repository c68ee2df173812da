/**
 * Where a search result lands: the screen (route) and the element on it (an element id) that gets the
 * focus. One function, so a new kind or a new screen (the FFPS screens) changes one place.
 */
import type { SearchHit } from '../../../../shared/search/types';
import { paths } from '../../app/paths';

export interface Place {
  path: string;
  focus: string;
}

export function placeOf(hit: Pick<SearchHit, 'kind' | 'targetId' | 'focus'>): Place | null {
  const id = hit.targetId;
  if (!id) return null;
  switch (hit.kind) {
    case 'case':
      return { path: paths.case(id), focus: hit.focus || 'case-title' };
    case 'ffps-note':
    case 'feedback':
      return { path: paths.note(id), focus: hit.focus || 'note-title' };
    case 'portfolio':
      return { path: paths.portfolioReflection(id), focus: hit.focus || 'reflection-title' };
    case 'traject':
      return { path: paths.traject(id), focus: hit.focus || 'traject-title' };
    case 'worksheet':
      return { path: paths.worksheet(id), focus: hit.focus || 'sheet-title' };
    case 'session':
      return hit.focus === 'canvas' ? { path: paths.console(id), focus: 'console-title' } : { path: paths.session(id), focus: hit.focus || 'session-title' };
    case 'reflection':
      return hit.focus === 'group' ? { path: paths.group(id), focus: 'group-title' } : { path: paths.session(id), focus: 'reflections-title' };
    case 'script':
      return { path: paths.script(id), focus: 'script-title' };
  }
}

/** The focus a navigation asks for travels in memory beside the route, never in the address or history. */
let pending: { path: string; focus: string } | null = null;
export const requestFocus = (place: Place) => void (pending = place);
export function takeFocus(pathname: string): string | null {
  if (!pending || pending.path !== pathname) return null;
  const f = pending.focus;
  pending = null;
  return f;
}

/** The last query, kept in memory only, so the search screen opens with what the palette had. */
let lastQuery = '';
export const rememberQuery = (q: string) => void (lastQuery = q);
export const recallQuery = () => lastQuery;
