import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { apiQuery } from '../../data/queries';
import { SEARCH_KINDS, SEARCH_LIMIT_MAX, type SearchHit, type SearchKind } from '../../../../shared/search/types';
import { placeOf, recallQuery, requestFocus } from './place';
import { flatHits, ResultList, SearchField, useResultKeys } from './Results';
import { useSearch } from './useSearch';
import { DateInput } from '../../ui/DateTimeInputs';

/** The search screen: the same search with filters by kind, leergroep and period, and more results per kind. */
export default function SearchScreen() {
  const { t } = useTranslation();
  const go = useGo();
  const [text, setText] = useState(recallQuery);
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [groupId, setGroupId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const groups = useQuery(apiQuery('groups.list', {}));
  const results = useSearch({
    text,
    limit: SEARCH_LIMIT_MAX,
    ...(kinds.length ? { kinds } : {}),
    ...(groupId ? { groupId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  const data = text.trim() ? results.data : undefined;
  const hits = flatHits(data);
  const openHit = (hit: SearchHit) => {
    const place = placeOf(hit);
    if (!place) return;
    requestFocus(place);
    go(place.path);
  };
  const keys = useResultKeys(hits, openHit);
  const toggle = (k: SearchKind) => setKinds((ks) => (ks.includes(k) ? ks.filter((x) => x !== k) : [...ks, k]));

  return (
    <article className="page" aria-labelledby="search-title">
      <div className="page-head">
        <div>
          <h1 id="search-title">{t('search.title')}</h1>
          <p className="lede">{t('search.intro')}</p>
        </div>
      </div>
      <div className="search-layout">
        <section className="panel search-filters" aria-labelledby="search-filters-title">
          <h2 id="search-filters-title" className="section-title">{t('search.filters')}</h2>
          <fieldset>
            <legend className="field-label">{t('search.kinds')}</legend>
            {SEARCH_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} /> {t(`search.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field-label">{t('search.group')}</span>
            <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">{t('search.anyGroup')}</option>
              {groups.data?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('search.from')}</span>
            <DateInput value={from} onValue={setFrom} />
          </label>
          <label className="field">
            <span className="field-label">{t('search.to')}</span>
            <DateInput value={to} onValue={setTo} />
          </label>
        </section>
        <section className="search-main" aria-label={t('search.results')}>
          <SearchField className="search-input" text={text} setText={setText} listId="screen-results" count={hits.length} active={keys.active} onKeyDown={keys.onKeyDown} autoFocus />
          {data?.mode === 'short' && <p className="muted">{t('search.short')}</p>}
          {data?.mode === 'full' && data.groups.length === 0 && <p className="muted">{t('search.none')}</p>}
          {data && data.groups.length > 0 && <ResultList results={data} active={keys.active} onHover={keys.setActive} open={openHit} listId="screen-results" />}
        </section>
      </div>
    </article>
  );
}
