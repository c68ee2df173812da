/**
 * The portfolio's printable evidence for SKJ: the reflectieverslag (chosen reflections by dimension,
 * a sign-off line for the begeleider), the presentielijst of one bijeenkomst and the hours overview.
 * None of them holds case text: they are built from reflections, attendance and hours only, never from a
 * canvas, a case or a case-note.
 */
import { slugify } from '../../../shared/common/slug';
import type { FileExport } from '../../../shared/app/types';
import type { SessionDetail } from '../../../shared/sessions/types';
import type { HoursOverview } from '../../../shared/portfolio/contract';
import { SKJ_NORM_HOURS } from '../../../shared/portfolio/hours';
import { REFLECTION_DIMENSIONS, type Profile, type ReflectionDimension } from '../../../shared/portfolio/types';
import { FORMAT_LABELS } from '../../../shared/scripts/vocabulary';
import { dutchDate, formatHours, NO_DECISIONS, type Report, type ReportBlock } from '../core/report/report';
import { toMarkdown } from '../core/report/markdown';
import { toPdf } from '../core/report/pdf';
import { actualTimes } from './times';
import type { Collected } from './sources';

export const DIMENSION_LABELS: Record<ReflectionDimension, string> = {
  technischInstrumenteel: 'Technisch-instrumenteel',
  normatief: 'Normatief',
  persoonlijk: 'Persoonlijk',
};

const KIND_LABELS: Record<string, string> = {
  reflectie: 'Reflectie bij een bijeenkomst',
  vrij: 'Eigen reflectie',
  feedback: 'FFPS-feedback',
  sos: 'Signs of Safety',
};

const ROLE_LABELS: Record<string, string> = {
  gespreksleider: 'gespreksleider',
  inbrenger: 'inbrenger',
  notulist: 'notulist',
  tijdbewaker: 'tijdbewaker',
};

function profileRows(me: Profile): Array<[string, string]> {
  const rows: Array<[string, string]> = [['Naam', me.name]];
  if (me.function) rows.push(['Functie', me.function]);
  if (me.organisation) rows.push(['Organisatie', me.organisation]);
  if (me.skjNumber) rows.push(['SKJ-registratienummer', me.skjNumber]);
  return rows;
}

export function reflectionReport(me: Profile, items: readonly Collected[], today: string): Report {
  const b: ReportBlock[] = [
    { kind: 'note', text: 'Reflectie op het eigen professionele handelen, in de drie dimensies van SKJ. Over het proces van de professional, niet van de cliënt.' },
    { kind: 'fields', rows: [...profileRows(me), ['Reflecties', String(items.length)], ['Opgesteld', dutchDate(today)]] },
  ];
  const sorted = [...items].sort((a, c) => a.date.localeCompare(c.date));
  for (const d of REFLECTION_DIMENSIONS) {
    b.push({ kind: 'heading', level: 2, text: DIMENSION_LABELS[d] });
    const these = sorted.filter((i) => i.perDimension[d]?.trim());
    if (these.length === 0) b.push({ kind: 'paragraph', text: 'Geen reflectie in deze dimensie gekozen.' });
    for (const i of these) b.push({ kind: 'labelled', label: `${dutchDate(i.date)} — ${i.title} (${KIND_LABELS[i.kind] ?? i.kind})`, text: i.perDimension[d]! });
  }
  b.push(
    { kind: 'heading', level: 2, text: 'Besproken met begeleider' },
    { kind: 'paragraph', text: 'Naam begeleider: ________________________________   Datum: ______________' },
    { kind: 'paragraph', text: 'Handtekening begeleider: ________________________________' },
    { kind: 'paragraph', text: `Handtekening ${me.name}: ________________________________` },
  );
  return { title: `Reflectieverslag — ${me.name}`, blocks: b };
}

/** Who took part, in which role, present or not, with times: the SKJ attendance evidence. */
function attendanceRows(d: SessionDetail): string[][] {
  const roleOf = (id: string) => (Object.entries(d.roles) as Array<[string, string | null]>).filter(([, m]) => m === id).map(([r]) => ROLE_LABELS[r] ?? r).join(', ') || 'deelnemer';
  const actual = actualTimes(d);
  return d.members.map((m) => {
    const a = d.learning.attendance.find((x) => x.memberId === m.id);
    const present = a?.present ?? false;
    const hours = d.hours.find((h) => h.memberId === m.id)?.hours ?? 0;
    return [
      m.name,
      m.function,
      m.organisation,
      m.skjNumber ?? '',
      roleOf(m.id),
      present ? 'aanwezig' : 'afwezig',
      present ? (a?.arrived ?? actual.start ?? '') : '',
      present ? (a?.left ?? actual.end ?? '') : '',
      present ? formatHours(hours) : '',
    ];
  });
}

const ATTENDANCE_HEAD = ['Naam', 'Functie', 'Organisatie', 'SKJ-nummer', 'Rol', 'Aanwezig', 'Van', 'Tot', 'Contacturen'];

export function attendanceReport(d: SessionDetail): Report {
  const actual = actualTimes(d);
  return {
    title: `Presentielijst — ${d.groupName}, ${dutchDate(d.date)}`,
    blocks: [
      { kind: 'fields', rows: [
        ['Werkvorm', FORMAT_LABELS[d.script.format]],
        ['Leergroep', d.groupName],
        ['Datum', dutchDate(d.date)],
        ['Gepland', `${d.startTime}–${d.endTime}`],
        ['Werkelijk begin en einde', actual.start && actual.end ? `${actual.start}–${actual.end}` : 'niet vastgelegd'],
      ] },
      { kind: 'table', head: ATTENDANCE_HEAD, widths: [0.17, 0.13, 0.13, 0.1, 0.12, 0.09, 0.07, 0.07, 0.09], rows: attendanceRows(d) },
      { kind: 'note', text: 'Contacturen: alleen de tijd binnen de bijeenkomst, per kwartier naar beneden afgerond.' },
    ],
  };
}

/** RFC 4180 with a semicolon (what Dutch spreadsheet software opens), a BOM for Excel, CRLF line ends. */
function csv(rows: string[][]): string {
  const cell = (s: string) => {
    // A leading = + - @ is a formula to a spreadsheet: quote it with an apostrophe.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

export function attendanceCsv(d: SessionDetail): FileExport {
  const actual = actualTimes(d);
  const head = ['Datum', 'Werkvorm', 'Leergroep', 'Gepland begin', 'Gepland einde', 'Werkelijk begin', 'Werkelijk einde', ...ATTENDANCE_HEAD];
  const rows = attendanceRows(d).map((r) => [d.date, FORMAT_LABELS[d.script.format], d.groupName, d.startTime, d.endTime, actual.start ?? '', actual.end ?? '', ...r]);
  return { filename: `presentielijst-${d.date}-${slugify(d.groupName) || 'bijeenkomst'}.csv`, mime: 'text/csv', encoding: 'utf8', content: csv([head, ...rows]) };
}

const KIND_HOURS: Record<string, string> = { ...FORMAT_LABELS, handmatig: 'Intervisie buiten Leertafel' };

const PACE_TEXT = {
  reached: 'De norm van 60 uur is gehaald.',
  'on-track': 'In dit tempo wordt de norm van 60 uur gehaald.',
  behind: 'Let op: in dit tempo wordt de norm van 60 uur niet gehaald vóór het einde van de periode.',
  'too-early': 'Te vroeg in de periode om iets over het tempo te zeggen.',
  'not-reached': 'De periode is voorbij zonder dat de norm van 60 uur is gehaald.',
} as const;

export function hoursReport(me: Profile, o: HoursOverview): Report {
  const s = o.summary;
  return {
    title: `Reflectie-uren SKJ — ${me.name}`,
    blocks: [
      { kind: 'fields', rows: [
        ...profileRows(me),
        ['Registratieperiode', `${dutchDate(s.period.start)} t/m ${dutchDate(s.period.end)}`],
        ['Meegeteld', `${formatHours(s.total)} van ${SKJ_NORM_HOURS} uur`],
        ['Stand op', dutchDate(o.today)],
      ] },
      { kind: 'paragraph', text: PACE_TEXT[s.status] + (s.neededPerYear !== null && s.status !== 'reached' ? ` Nog ${formatHours(s.remaining)} uur nodig: ${formatHours(s.neededPerYear)} uur per jaar.` : '') },
      { kind: 'heading', level: 2, text: 'Per jaar' },
      { kind: 'table', head: ['Jaar', 'Van', 'Tot', 'Uren', 'Norm (naar rato)'], widths: [0.12, 0.26, 0.26, 0.16, 0.2], rows: s.years.map((y) => [String(y.year), dutchDate(y.from), dutchDate(y.to), formatHours(y.hours), formatHours(y.norm)]) },
      { kind: 'heading', level: 2, text: 'Bijeenkomsten en intervisie' },
      o.lines.length === 0
        ? { kind: 'paragraph', text: 'Nog geen uren.' }
        : { kind: 'table', head: ['Datum', 'Soort', 'Omschrijving', 'Tijd', 'Contacturen', 'Telt mee'], widths: [0.14, 0.2, 0.32, 0.12, 0.11, 0.11], rows: o.lines.map((l) => [l.date, KIND_HOURS[l.kind], l.title, l.startTime ? `${l.startTime}–${l.endTime}` : '', formatHours(l.contactHours), formatHours(l.counted)]) },
      { kind: 'note', text: 'Alleen contacturen; een bijeenkomst telt mee vanaf één uur; per kwartier naar beneden afgerond.' },
    ],
  };
}

export function hoursCsv(me: Profile, o: HoursOverview): FileExport {
  const head = ['Datum', 'Soort', 'Omschrijving', 'Begin', 'Einde', 'Contacturen', 'Telt mee'];
  const num = (n: number) => n.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const inPeriod = o.lines.filter((l) => l.date >= o.summary.period.start && l.date <= o.summary.period.end);
  const rows = inPeriod.map((l) => [l.date, KIND_HOURS[l.kind], l.title, l.startTime ?? '', l.endTime ?? '', num(l.contactHours), num(l.counted)]);
  rows.push(['', 'Totaal', `${o.summary.period.start} t/m ${o.summary.period.end}`, '', '', '', num(o.summary.total)]);
  return { filename: `reflectie-uren-${slugify(me.name) || 'professional'}.csv`, mime: 'text/csv', encoding: 'utf8', content: csv([head, ...rows]) };
}

export async function renderReport(report: Report, base: string, me: Profile, format: 'pdf' | 'md'): Promise<FileExport> {
  const filename = `${base}-${slugify(me.name) || 'professional'}`;
  report.blocks.push({ kind: 'note', text: NO_DECISIONS });
  if (format === 'md') return { filename: `${filename}.md`, mime: 'text/markdown', encoding: 'utf8', content: toMarkdown(report) };
  return { filename: `${filename}.pdf`, mime: 'application/pdf', encoding: 'base64', content: (await toPdf(report)).toString('base64') };
}

/** The template fields as the printed verslag names them. */
export const FIELD_LABELS: Record<string, string> = {
  'starr.situatie': 'Situatie',
  'starr.taak': 'Taak',
  'starr.actie': 'Actie',
  'starr.resultaat': 'Resultaat',
  'starr.reflectie': 'Reflectie',
  'alact.handelen': 'Handelen',
  'alact.terugblikken': 'Terugblikken',
  'alact.essentie': 'Bewustwording van wezenlijke aspecten',
  'alact.alternatieven': 'Alternatieven',
  'alact.uitproberen': 'Uitproberen',
  'vrij.tekst': '',
};
