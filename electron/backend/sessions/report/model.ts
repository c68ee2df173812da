import { slugify } from '../../../../shared/common/slug';
import { FORMAT_LABELS } from '../../../../shared/scripts/vocabulary';
import { FACT_KINDS, type FactKind, type SessionDetail } from '../../../../shared/sessions/types';
import { DECISION_MARK, markedForExport as m, unresolvedDecisions } from '../../../../shared/sessions/decisions';
import { NO_DECISIONS, dutchDate, formatHours, type Report, type ReportBlock } from '../../core/report/report';

/**
 * The learning record of a bijeenkomst as structured content, rendered to Markdown and to PDF from the
 * same blocks so both always say the same. Case text (the canvas) is added only on request; the ideas
 * the inbrenger takes to werkbegeleiding are part of the learning record and always labelled as
 * suggestions.
 */


const FACT_LABELS: Record<FactKind, string> = { vaststaand: 'Vaststaand', interpretatie: 'Interpretatie', betwist: 'Betwist' };

export function reportFilename(groupName: string, date: string): string {
  return `leerverslag-${slugify(groupName) || 'leergroep'}-${date}`;
}

export function learningReport(
  d: SessionDetail,
  opts: { includeCanvas: boolean; actual: { start: string | null; end: string | null }; extra?: { blocks: ReportBlock[]; replacesCanvas: boolean } | null },
): Report {
  const names = new Map(d.members.map((m) => [m.id, m.name]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? 'onbekend lid'));
  const b: ReportBlock[] = [];

  b.push({ kind: 'note', text: `${NO_DECISIONS} Ideeën uit de groep zijn suggesties voor de inbrenger, geen besluiten.` });
  // Canvas text that reads as a decision and was never rephrased is exported marked, never verbatim
  // under the header above; the note says so first. Without the canvas only the take-along ideas are shown.
  const unresolved = unresolvedDecisions(d.canvas).filter((u) => opts.includeCanvas || isTakenAlong(d, u.path));
  const unresolvedLearning = m(d.learning.toWerkbegeleiding) !== d.learning.toWerkbegeleiding ? 1 : 0;
  const marked = unresolved.length + unresolvedLearning;
  if (marked > 0) {
    b.push({
      kind: 'note',
      text: `Let op: ${marked === 1 ? '1 tekst leest' : `${marked} teksten lezen`} als een besluit over de cliënt en ${marked === 1 ? 'is' : 'zijn'} niet herschreven. Gemarkeerd met [${DECISION_MARK}]: dit zijn geen besluiten van deze bijeenkomst, alleen om mee te nemen naar werkbegeleiding.`,
    });
  }

  const meta: Array<[string, string]> = [
    ['Leergroep', d.groupName],
    ['Datum', `${dutchDate(d.date)} (${d.date})`],
    ['Geplande tijd', `${d.startTime}–${d.endTime}`],
    ['Werkelijke tijd', opts.actual.start && opts.actual.end ? `${opts.actual.start}–${opts.actual.end}` : 'niet vastgelegd'],
    ['Werkvorm', FORMAT_LABELS[d.script.format] ?? d.script.format],
    ['Draaiboek', `${d.script.title} (versie ${d.script.version})`],
  ];
  if (opts.includeCanvas && d.caseCodeName) meta.push(['Casus', d.caseCodeName]);
  b.push({ kind: 'heading', level: 2, text: 'Bijeenkomst' }, { kind: 'fields', rows: meta });

  const roles: Array<[string, string]> = [
    ['Gespreksleider', nameOf(d.roles.gespreksleider)!],
    ['Inbrenger', nameOf(d.roles.inbrenger)!],
  ];
  if (d.roles.notulist) roles.push(['Notulist', nameOf(d.roles.notulist)!]);
  if (d.roles.tijdbewaker) roles.push(['Tijdbewaker', nameOf(d.roles.tijdbewaker)!]);
  b.push({ kind: 'heading', level: 2, text: 'Rollen' }, { kind: 'fields', rows: roles });

  b.push({ kind: 'heading', level: 2, text: 'Leervraag' });
  b.push(d.leervraag.trim() ? { kind: 'paragraph', text: d.leervraag } : { kind: 'note', text: 'Geen leervraag vastgelegd.' });

  // Presentielijst: the SKJ evidence (date, start and end time, participants).
  b.push({ kind: 'heading', level: 2, text: 'Presentielijst' });
  const hours = new Map(d.hours.map((h) => [h.memberId, h.hours]));
  const members = new Map(d.members.map((m) => [m.id, m]));
  const present = d.learning.attendance.filter((a) => a.present);
  const absent = d.learning.attendance.filter((a) => !a.present);
  if (present.length) {
    b.push({
      kind: 'table',
      head: ['Naam', 'Functie', 'Organisatie', 'SKJ-nummer', 'Van', 'Tot', 'Uren'],
      widths: [3, 2.6, 2.6, 1.8, 1, 1, 1],
      rows: present.map((a) => {
        const m = members.get(a.memberId);
        return [
          m?.name ?? 'onbekend lid',
          m?.function ?? '',
          m?.organisation ?? '',
          m?.skjNumber ?? '',
          a.arrived ?? opts.actual.start ?? '—',
          a.left ?? opts.actual.end ?? '—',
          formatHours(hours.get(a.memberId) ?? 0),
        ];
      }),
    });
  } else b.push({ kind: 'note', text: 'Geen aanwezigen vastgelegd.' });
  if (absent.length) b.push({ kind: 'paragraph', text: `Afwezig: ${absent.map((a) => nameOf(a.memberId)).join(', ')}.` });
  if (!(opts.actual.start && opts.actual.end))
    b.push({ kind: 'note', text: 'Werkelijke begin- en eindtijd niet vastgelegd: uren alleen waar aankomst- en vertrektijd zijn ingevuld.' });

  b.push({ kind: 'heading', level: 2, text: 'Leeropbrengst' });
  const l = d.learning;
  b.push({ kind: 'heading', level: 3, text: `Inbrenger: ${nameOf(d.roles.inbrenger)}` });
  b.push({ kind: 'labelled', label: 'Wat ik heb geleerd', text: l.inbrengerLearned.trim() || '—' });
  b.push({ kind: 'labelled', label: 'Wat ik ga uitproberen', text: l.inbrengerWillTry.trim() || '—' });
  b.push({ kind: 'heading', level: 3, text: 'Deelnemers' });
  b.push(
    l.participantLearnings.length
      ? { kind: 'list', items: l.participantLearnings.map((p) => `${nameOf(p.memberId)}: ${p.text}`) }
      : { kind: 'note', text: 'Geen leerpunten van deelnemers vastgelegd.' },
  );
  b.push({ kind: 'heading', level: 3, text: 'Procesfeedback' });
  b.push(l.processFeedback.trim() ? { kind: 'paragraph', text: l.processFeedback } : { kind: 'note', text: 'Geen procesfeedback vastgelegd.' });

  b.push({ kind: 'heading', level: 2, text: 'Meenemen naar werkbegeleiding' });
  b.push({ kind: 'note', text: 'Suggesties uit de groep die de inbrenger met de werkbegeleider bespreekt — geen besluiten.' });
  const takeAlong = d.canvas.volgendeStappen.ideas.filter((i) => i.takeAlong);
  if (takeAlong.length) b.push({ kind: 'list', items: takeAlong.map((i) => ideaLine(m(i.text), nameOf(i.memberId))) });
  if (l.toWerkbegeleiding.trim()) b.push({ kind: 'labelled', label: 'Toelichting van de inbrenger', text: m(l.toWerkbegeleiding) });
  if (!takeAlong.length && !l.toWerkbegeleiding.trim()) b.push({ kind: 'paragraph', text: 'Niets vastgelegd.' });

  b.push({ kind: 'heading', level: 2, text: 'Reflecties' });
  const shared = d.reflections.filter((r) => r.shared);
  if (shared.length) {
    b.push({ kind: 'note', text: 'Alleen de reflecties die de auteur zelf heeft gedeeld.' });
    for (const r of shared) {
      b.push({ kind: 'heading', level: 3, text: nameOf(r.memberId)! });
      if (r.technischInstrumenteel.trim()) b.push({ kind: 'labelled', label: 'Technisch-instrumenteel', text: r.technischInstrumenteel });
      if (r.normatief.trim()) b.push({ kind: 'labelled', label: 'Normatief', text: r.normatief });
      if (r.persoonlijk.trim()) b.push({ kind: 'labelled', label: 'Persoonlijk', text: r.persoonlijk });
    }
  } else b.push({ kind: 'note', text: 'Geen gedeelde reflecties.' });

  if (opts.extra) b.push(...opts.extra.blocks);
  if (opts.includeCanvas && !opts.extra?.replacesCanvas) b.push(...canvasBlocks(d, nameOf));
  return { title: `Leerverslag ${d.groupName}`, blocks: b };
}

function isTakenAlong(d: SessionDetail, path: string): boolean {
  const i = /^canvas\.volgendeStappen\.ideas\.(\d+)\.text$/.exec(path);
  return i !== null && d.canvas.volgendeStappen.ideas[Number(i[1])]?.takeAlong === true;
}

function ideaLine(text: string, by: string | null): string {
  return `Suggestie: ${text}${by ? ` (idee van ${by})` : ''}`;
}

function canvasBlocks(d: SessionDetail, nameOf: (id: string | null) => string | null): ReportBlock[] {
  const c = d.canvas;
  const b: ReportBlock[] = [
    { kind: 'heading', level: 2, text: 'Casusmateriaal (Vier Vensters)' },
    { kind: 'note', text: 'Geanonimiseerd casusmateriaal, alleen om van te leren.' },
    { kind: 'heading', level: 3, text: 'Wie zijn de mensen?' },
  ];
  const none = (what: string): ReportBlock => ({ kind: 'note', text: `Geen ${what} vastgelegd.` });
  if (c.mensen.people.length) {
    b.push({
      kind: 'list',
      items: c.mensen.people.map((p) =>
        [p.name, p.relation.trim() && ` (${m(p.relation.trim())})`, p.perspective.trim() && `: ${m(p.perspective.trim())}`, p.regie ? ' — heeft regie' : '']
          .filter(Boolean)
          .join(''),
      ),
    });
  } else b.push(none('betrokkenen'));
  if (c.mensen.network.trim()) b.push({ kind: 'labelled', label: 'Netwerk', text: m(c.mensen.network) });

  b.push({ kind: 'heading', level: 3, text: 'Wat zijn de feiten?' });
  for (const kind of FACT_KINDS) {
    const items = c.feiten.items.filter((f) => f.kind === kind).map((f) => m(f.text));
    if (items.length) b.push({ kind: 'list', label: FACT_LABELS[kind], items });
  }
  if (c.feiten.krachten.length) b.push({ kind: 'list', label: 'Krachten', items: c.feiten.krachten.map(m) });
  if (c.feiten.zorgen.length) b.push({ kind: 'list', label: 'Zorgen', items: c.feiten.zorgen.map(m) });
  if (c.feiten.onbekend.length) b.push({ kind: 'list', label: 'Wat we niet weten', items: c.feiten.onbekend.map(m) });
  if (!c.feiten.items.length && !c.feiten.krachten.length && !c.feiten.zorgen.length && !c.feiten.onbekend.length) b.push(none('feiten'));

  b.push({ kind: 'heading', level: 3, text: 'Hoe wegen we de situatie?' });
  if (c.weging.inbrenger.trim()) b.push({ kind: 'labelled', label: 'Weging van de inbrenger', text: m(c.weging.inbrenger) });
  if (c.weging.perspectives.length) b.push({ kind: 'list', label: 'Perspectieven', items: c.weging.perspectives.map(m) });
  if (c.weging.criteria.length) b.push({ kind: 'list', label: 'Criteria', items: c.weging.criteria.map(m) });
  if (c.weging.differences.length) b.push({ kind: 'list', label: 'Verschillen (vastgelegd, geen uitkomst)', items: c.weging.differences.map(m) });
  const scores = c.weging.scaling.scores.map((s) => s.score);
  if (scores.length) {
    // The distribution only, not who gave which number: the scale was silent for a reason.
    const counts = new Map<number, number>();
    for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
    const dist = [...counts.entries()].sort((x, y) => x[0] - y[0]).map(([s, n]) => `${s}: ${n}×`).join(', ');
    b.push({
      kind: 'labelled',
      label: 'Schaal 0–10',
      text: `${scores.length} ${scores.length === 1 ? 'score' : 'scores'} (${dist}); laagste ${Math.min(...scores)}, hoogste ${Math.max(...scores)}.`,
    });
  }
  if (b.at(-1)?.kind === 'heading') b.push(none('weging'));

  b.push({ kind: 'heading', level: 3, text: 'Wat zijn de volgende stappen?' });
  b.push({ kind: 'note', text: 'Ideeën voor de inbrenger: suggesties, geen besluiten.' });
  if (c.volgendeStappen.ideas.length) {
    b.push({
      kind: 'list',
      items: c.volgendeStappen.ideas.map((i) => `${ideaLine(m(i.text), nameOf(i.memberId))}${i.takeAlong ? ' — neemt de inbrenger mee' : ''}`),
    });
  } else b.push(none('ideeën'));
  return b;
}

// ── Markdown ──────────────────────────────────────────────────────────────────────────────────────

/** A line that starts like Markdown syntax (heading, quote, list) is escaped so user text stays text. */
