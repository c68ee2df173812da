/**
 * Search across the app: what a query asks, what a result holds, and which kinds of text exist.
 * A new area that indexes text adds its kind to `SEARCH_KINDS` (and its label in the renderer's
 * `i18n/search.ts`); nothing else here changes.
 */
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from '../common/schemas';

export const SEARCH_KINDS = ['case', 'session', 'reflection', 'portfolio', 'ffps-note', 'feedback', 'traject', 'worksheet', 'script'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_QUERY_MAX = 200;
/** Results per kind that come back with snippets; the total per kind is counted beyond it (up to a cap, see SearchGroup.capped). */
export const SEARCH_LIMIT_DEFAULT = 8;
export const SEARCH_LIMIT_MAX = 50;
/** Trigram matching needs three characters: shorter words are left out of a query (see query.ts). */
export const SEARCH_MIN_TERM = 3;

export const searchQuerySchema = z
  .object({
    text: z.string().max(SEARCH_QUERY_MAX),
    kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
    groupId: uuidSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(SEARCH_LIMIT_MAX).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** A snippet as plain parts: the renderer marks the `hit` parts, so no markup travels. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  /** The item itself (case, bijeenkomst, reflection, …). */
  refId: string;
  title: string;
  /** YYYY-MM-DD (or an ISO timestamp's date part): what "newest first" sorts on. */
  date: string;
  /** Where to land: the screen's item (`targetId`) and the element on it (`focus`, an element id). */
  targetId: string;
  focus: string;
  snippet: SnippetPart[];
}

export interface SearchGroup {
  kind: SearchKind;
  /** The items of this kind that match (exact when `capped` is false). */
  total: number;
  /**
   * True when only the newest matches were counted (a common word over many texts): `total` is then a
   * lower bound, and the screen says "at least".
   */
  capped: boolean;
  hits: SearchHit[];
}

export interface SearchResults {
  /** 'full' = matched over all text; 'short' = no word of three characters yet (nothing searched); 'empty' = no query. */
  mode: 'full' | 'short' | 'empty';
  groups: SearchGroup[];
}

export interface SearchStatus {
  documents: number;
  /** The index format this build writes; an older one is rebuilt at start. */
  indexVersion: number;
}
