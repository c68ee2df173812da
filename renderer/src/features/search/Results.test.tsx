// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from 'i18next';
import { renderInApp } from '../../test/render';
import { ResultList } from './Results';
import type { SearchGroup, SearchHit, SearchResults } from '../../../../shared/search/types';

// jsdom has no layout: the list scrolls its active result into view.
beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => {};
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

const hit = (kind: SearchHit['kind'], n: number): SearchHit => ({
  kind, refId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Titel ${n}`, date: '2030-01-01', targetId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, focus: '', snippet: [{ text: 'tekst', hit: false }],
});
const group = (kind: SearchHit['kind'], total: number, capped: boolean, shown: number, from: number): SearchGroup => ({
  kind, total, capped, hits: Array.from({ length: shown }, (_, i) => hit(kind, from + i)),
});

const title = (kind: string) => document.getElementById(`r-${kind}`)?.textContent;

function show(results: SearchResults) {
  renderInApp(<ResultList results={results} active={0} onHover={() => {}} open={() => {}} listId="r" />);
}

describe('the totals above each kind of result', () => {
  const results: SearchResults = { mode: 'full', groups: [group('case', 2, false, 2, 1), group('session', 40, false, 8, 10), group('reflection', 34, true, 8, 30)] };

  it('says the count as it is, how many of it are shown, and "at least" when only the newest matches were counted', () => {
    show(results);
    expect(title('case')).toBe('Casussen 2');
    expect(title('session')).toBe('Bijeenkomsten 8 van 40 getoond');
    expect(title('reflection')).toBe('Reflecties 8 van minstens 34 getoond');
  });

  it('in English too', async () => {
    await i18n.changeLanguage('en');
    show(results);
    expect(title('session')).toBe('Sessions 8 of 40 shown');
    expect(title('reflection')).toBe('Reflections 8 of at least 34 shown');
  });
});
