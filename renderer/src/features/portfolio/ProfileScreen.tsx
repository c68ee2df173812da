import { useState } from 'react';
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
  const [creating, setCreating] = useState(false);
  const others = (profiles.data ?? []).filter((p) => p.id !== currentId);
  return (
    <section aria-labelledby="others-title">
      <h2 id="others-title" className="section-title">
        {t('portfolio.profile.others')}
      </h2>
      {others.length > 0 && (
        <>
          <h3 className="field-label">{t('portfolio.profile.switch')}</h3>
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
        </>
      )}
      <p className="muted">{t('portfolio.profile.newProfileHint')}</p>
      {creating ? (
        <>
          <ProfileForm profile={null} onSaved={() => setCreating(false)} />
          <button type="button" className="btn" onClick={() => setCreating(false)}>
            {t('portfolio.profile.cancelNew')}
          </button>
        </>
      ) : (
        <button type="button" className="btn" onClick={() => setCreating(true)}>
          {t('portfolio.profile.newProfile')}
        </button>
      )}
    </section>
  );
}
