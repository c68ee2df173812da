import type { SearchKind } from '../../../shared/search/types';

/**
 * One indexed text. `(kind, refId, part)` identifies it: an item may be indexed in parts (a case's
 * notes, roster and timeline; a bijeenkomst's canvas and learning record), so a result lands on the
 * part that matched and a part that is case material can go with its case while the rest stays.
 */
export interface SearchDoc {
  kind: SearchKind;
  refId: string;
  part?: string;
  /** Set when the text is case material: `removeByCase` removes it with the case. */
  caseId?: string | null;
  groupId?: string | null;
  /**
   * Set when the text belongs to one professional's portfolio (their profile id): it is found only while
   * that profile is "dit ben ik", as the portfolio itself shows it only then.
   */
  owner?: string | null;
  /** YYYY-MM-DD or an ISO timestamp: newest first within a kind. */
  date: string;
  /** The item the result opens (defaults to refId) and the element id on its screen to land on. */
  targetId?: string;
  focus?: string;
  title: string;
  body: string;
}

/**
 * What an area calls inside its own write transaction (the search tables live in the same database, so
 * the index commits or rolls back with the write).
 */
export interface SearchIndex {
  /** Every part of one item at once: parts not given are removed. */
  replace(kind: SearchKind, refId: string, docs: readonly SearchDoc[]): void;
  put(doc: SearchDoc): void;
  remove(kind: SearchKind, refId: string): void;
  removeByCase(caseId: string): void;
  removeByGroup(groupId: string): void;
}

/** How an area registers its texts for a rebuild: every document it holds, now. */
export interface SearchSource {
  name: string;
  kinds: readonly SearchKind[];
  count(): number;
  /** Each item's documents together (as `replace` takes them). */
  all(): Iterable<SearchDoc[]>;
}

/** For areas constructed without search (unit tests of one area): writes go nowhere. */
export const NO_INDEX: SearchIndex = {
  replace: () => {},
  put: () => {},
  remove: () => {},
  removeByCase: () => {},
  removeByGroup: () => {},
};
