import { useTranslation } from 'react-i18next';
import { MAP_COLUMNS, type MapBody, type WorksheetBody } from '../../../../shared/sos/types';
import { dangerSentence, goalSentence } from '../../../../shared/sos/checks';
import { ScoreDistribution } from '../sessions/ScoreDistribution';
import { Marked } from '../sessions/Marked';
import { CirclesSvg } from './Circles';
import { PanelSvg } from './Figure';

type MapLists = Omit<MapBody, 'kind' | 'scores'>;

/** The three columns of the map, read-only (beamer and overviews). */
export function MapColumns({ map }: { map: MapLists }) {
  const { t } = useTranslation();
  return (
    <div className="sos-map-view">
      {(Object.keys(MAP_COLUMNS) as Array<keyof typeof MAP_COLUMNS>).map((col) => (
        <section key={col} className={`sos-col sos-col-${col}`}>
          <h2>{t(`sos.map.${col}`)}</h2>
          {MAP_COLUMNS[col].map((part) => (
            <div key={part} className="sos-part">
              <h3>{t(`sos.map.${part}`)}</h3>
              {map[part].length ? (
                <ul>
                  {map[part].map((x, i) => (
                    <li key={i}>
                      <Marked text={x} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="sos-empty">–</p>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** A worksheet as the group sees it on the beamer: large, read-only, hidden parts left out. */
export function WorksheetView({ body, hidden }: { body: WorksheetBody; hidden: boolean }) {
  const { t } = useTranslation();
  switch (body.kind) {
    case 'map':
      return (
        // The scale beside the columns, not under them: the whole map fits one beamer screen (issue 10).
        <div className="sos-map-with-scale">
          <MapColumns map={body} />
          <section className="sos-map-scale" aria-labelledby="sos-map-scale-title">
            <h2 id="sos-map-scale-title">{t('sos.map.scale')}</h2>
            <p className="sos-anchors">
              <span>{t('sos.map.anchor10')}</span>
              <span>{t('sos.map.anchor0')}</span>
            </p>
            {body.scores.length > 0 && <ScoreDistribution large scores={body.scores.map((s) => s.score)} expected={body.scores.length} />}
          </section>
        </div>
      );
    case 'statements':
      return (
        <div className="sos-statements-view">
          <section>
            <h2>{t('sos.statements.dangers')}</h2>
            <ol>
              {body.dangers.map((d) => (
                <li key={d.id}>
                  <p>
                    <Marked text={dangerSentence(d)} />
                  </p>
                  {body.bottomLines.some((l) => l.dangerId === d.id) && (
                    <ul className="sos-bottom-lines">
                      {body.bottomLines.filter((l) => l.dangerId === d.id).map((l) => (
                        <li key={l.id}>
                          <Marked text={l.text} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </section>
          <section>
            <h2>{t('sos.statements.goals')}</h2>
            <ol>
              {body.goals.map((g) => (
                <li key={g.id}>
                  <Marked text={goalSentence(g)} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      );
    case 'three-houses':
      if (hidden) return <p className="sos-hidden">{t('sos.houses.hidden')}</p>;
      return (
        <div className="sos-houses">
          {(['good', 'worries', 'dreams'] as const).map((h) => (
            <section key={h} className={`sos-house sos-house-${h}`}>
              <div className="sos-roof" aria-hidden="true" />
              <h2>{t(`sos.houses.${h}`)}</h2>
              <ul>
                {body[h].map((x, i) => (
                  <li key={i}>“{x}”</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      );
    case 'words-pictures':
      return (
        <div>
          {body.title && <h2>{body.title}</h2>}
          <ol className="sos-story-view">
            {body.panels.map((p, i) => (
              <li key={p.id}>
                <PanelSvg panel={p} label={t('sos.story.panel', { n: i + 1 })} />
                <p>
                  <Marked text={p.text} />
                </p>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'safety-circles':
      return (
        <div className="sos-circles-view">
          <CirclesSvg child={body.child} people={body.people} dark size={760} />
          <ul>
            {body.people.filter((p) => p.inPlan).map((p) => (
              <li key={p.id}>
                <strong>{p.label}</strong>
                {p.part && (
                  <>
                    {' — '}
                    <Marked text={p.part} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'safety-plan':
      return (
        <div className="sos-plan-view">
          <section>
            <h2>{t('sos.plan.rules')}</h2>
            <ol>
              {body.rules.map((r, i) => (
                <li key={i}>
                  <Marked text={r.rule} />
                  {r.who && <span className="muted"> — {r.who}</span>}
                </li>
              ))}
            </ol>
          </section>
          <section>
            <h2>{t('sos.plan.redFlags')}</h2>
            <ul>
              {body.redFlags.map((r, i) => (
                <li key={i}>
                  <Marked text={r.flag} />
                  {r.response && (
                    <span className="muted">
                      {' → '}
                      <Marked text={r.response} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {body.review && (
              <p>
                <strong>{t('sos.plan.review')}</strong> <Marked text={body.review} />
              </p>
            )}
          </section>
        </div>
      );
  }
}
