import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { apiQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryView';
import type { Profile } from '../../../../shared/portfolio/types';
import { Welcome } from './ProfileForm';
import './portfolio.css';

export type PortfolioTab = 'timeline' | 'goals' | 'werkbegeleiding' | 'hours' | 'profile';

const TABS: Array<[PortfolioTab, () => string]> = [
  ['timeline', paths.portfolio],
  ['goals', paths.portfolioGoals],
  ['werkbegeleiding', paths.portfolioWb],
  ['hours', paths.portfolioHours],
  ['profile', paths.portfolioProfile],
];

/**
 * Every portfolio screen sits in this frame: the current profile ("dit ben ik") and the portfolio's own
 * tabs. Without a current profile it asks who you are first.
 */
export function PortfolioFrame({ tab, children }: { tab: PortfolioTab; children: (me: Profile) => ReactNode }) {
  const { t } = useTranslation();
  const go = useGo();
  const me = useQuery(apiQuery('portfolio.me', {}));
  return (
    <QueryView query={me} loading={t('portfolio.loading')}>
      {({ profile }) =>
        !profile ? (
          <Welcome />
        ) : (
          <section className="page portfolio" aria-labelledby="portfolio-title">
            <div className="page-head">
              <div>
                <h1 id="portfolio-title">{t('portfolio.title')}</h1>
                <p className="lede">
                  <strong>{profile.name}</strong>
                  {profile.function && ` · ${profile.function}`}
                  {profile.organisation && ` · ${profile.organisation}`}
                  {profile.skjNumber && ` · SKJ ${profile.skjNumber}`}
                </p>
              </div>
              <button type="button" className="btn btn-primary" onClick={() => go(paths.portfolioNewReflection())}>
                {t('portfolio.timeline.newReflection')}
              </button>
            </div>
            <nav className="tabs" aria-label={t('portfolio.title')}>
              {TABS.map(([key, to]) => (
                <button key={key} type="button" className="tab" aria-current={tab === key ? 'page' : undefined} onClick={() => go(to())}>
                  {t(`portfolio.tabs.${key}`)}
                </button>
              ))}
            </nav>
            {children(profile)}
          </section>
        )
      }
    </QueryView>
  );
}
