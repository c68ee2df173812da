/**
 * What the portfolio puts in the search index: a professional's free reflections, owned by their profile
 * (found only while that profile is "dit ben ik", as the portfolio shows them only then).
 */
import type { FreeReflection } from '../../../shared/portfolio/types';
import type { SearchDoc, SearchSource } from '../search';

export function reflectionDocs(profileId: string, r: FreeReflection): SearchDoc[] {
  return [
    {
      kind: 'portfolio',
      refId: r.id,
      owner: profileId,
      date: r.date,
      focus: 'reflection-title',
      title: r.title,
      body: Object.values(r.fields).filter(Boolean).join('\n'),
    },
  ];
}

export function portfolioSearchSource(portfolio: { profileIds(): string[]; reflections(profileId: string): FreeReflection[] }): SearchSource {
  return {
    name: 'portfolio',
    kinds: ['portfolio'],
    count: () => portfolio.profileIds().reduce((n, p) => n + portfolio.reflections(p).length, 0),
    *all() {
      for (const p of portfolio.profileIds()) for (const r of portfolio.reflections(p)) yield reflectionDocs(p, r);
    },
  };
}
