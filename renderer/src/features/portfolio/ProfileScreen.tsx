import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../data/mutations';
import { PortfolioFrame } from './Frame';
import { ProfileForm } from './ProfileForm';
import { portfolioQuery } from './data';

/** The current profile, and a way to say "dit ben ik" for another profile on this machine. */
export default function ProfileScreen() {
  const { t } = useTranslation();
  return (
    <PortfolioFrame tab="profile">
      {(me) => (
        <>
          <p className="muted">{t('portfolio.privacy')}</p>
          <ProfileForm profile={me} />
          <OtherProfiles currentId={me.id} />
        </>
      )}
    </PortfolioFrame>
  );
}

function OtherProfiles({ currentId }: { currentId: string }) {
  const { t } = useTranslation();
  const profiles = useQuery(portfolioQuery('portfolio.profiles', {}));
  const choose = useApiMutation('portfolio.chooseMe');
  const others = (profiles.data ?? []).filter((p) => p.id !== currentId);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="switch-title">
      <h2 id="switch-title" className="section-title">
        {t('portfolio.profile.switch')}
      </h2>
      <ul className="row-actions">
        {others.map((p) => (
          <li key={p.id} className="switch-item">
            <span>{p.name}</span>{' '}
            <button type="button" className="btn btn-small" onClick={() => choose.mutate({ id: p.id })}>
              {t('portfolio.welcome.thisIsMe')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
