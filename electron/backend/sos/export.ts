/**
 * A worksheet as Markdown or PDF for the participant's portfolio, with the practice header on every
 * export. The veiligheidscirkels print as a drawing (the same layout as the screen), the Woord- en
 * Beeldverhaal also as a folded A5 booklet. Hidden Drie Huizen arrive here already emptied.
 */
import PDFDocument from 'pdfkit';
import { slugify } from '../../../shared/common/slug';
import type { FileExport } from '../../../shared/app/types';
import { layoutCircles } from '../../../shared/sos/circles';
import { dangerSentence, goalSentence } from '../../../shared/sos/checks';
import { distribution } from '../../../shared/sos/map';
import { bookletSheets } from '../../../shared/sos/storyboard';
import { markWorksheetDecisions, worksheetDecisions } from '../../../shared/sos/fields';
import { DECISION_MARK } from '../../../shared/sessions/decisions';
import {
  PRACTICE_NOTICE,
  RING_LABELS,
  SCALE_ANCHORS,
  WORKSHEET_LABELS,
  type Figure,
  type Worksheet,
  type WordsPicturesBody,
} from '../../../shared/sos/types';
import type { Report, ReportBlock } from '../core/report/report';
import { dutchDate } from '../core/report/report';
import { toMarkdown } from '../core/report/markdown';
import { toPdf, winAnsi } from '../core/report/pdf';

export interface ExportOptions {
  format: 'md' | 'pdf' | 'booklet';
  hidden: boolean;
  trajectTitle: string | null;
  today: string;
}

const HIDDEN_NOTE = 'De woorden van het kind staan hier niet: er is (nog) geen toestemming om ze aan anderen te laten zien.';

/**
 * The note under the practice header when worksheet text reads as a decision and nobody rephrased it
 * (the same guard and mark as the learning record of a bijeenkomst); null when there is none.
 */
export function decisionNote(count: number): string | null {
  if (count === 0) return null;
  return `Let op: ${count === 1 ? '1 tekst leest' : `${count} teksten lezen`} als een besluit over een gezin en ${count === 1 ? 'is' : 'zijn'} niet herschreven. Gemarkeerd met [${DECISION_MARK}]: op een oefencasus wordt niets besloten; het zijn ideeën om mee te nemen naar werkbegeleiding.`;
}

export async function exportWorksheet(w: Worksheet, o: ExportOptions): Promise<FileExport> {
  const base = `${slugify(WORKSHEET_LABELS[w.kind]) || 'werkblad'}-${slugify(w.title) || 'oefening'}`;
  if (o.format === 'md') return { filename: `${base}.md`, mime: 'text/markdown', encoding: 'utf8', content: toMarkdown(worksheetReport(w, o)) };
  const pdf =
    o.format === 'booklet' && w.body.kind === 'words-pictures'
      ? await bookletPdf(w, w.body)
      : w.body.kind === 'safety-circles'
        ? await circlesPdf(w, o)
        : await toPdf(worksheetReport(w, o));
  return { filename: `${base}${o.format === 'booklet' ? '-boekje' : ''}.pdf`, mime: 'application/pdf', encoding: 'base64', content: pdf.toString('base64') };
}

/** The worksheet as report blocks (Markdown and the PDF of every kind but the circles' drawing). */
export function worksheetReport(w: Worksheet, o: Pick<ExportOptions, 'hidden' | 'trajectTitle' | 'today'>): Report {
  // Decision text nobody rephrased is exported marked, never as plain worksheet text; the note says so first.
  const note = decisionNote(worksheetDecisions(w.body).length);
  const body = markWorksheetDecisions(w.body);
  const b: ReportBlock[] = [
    { kind: 'note', text: PRACTICE_NOTICE },
    ...(note ? [{ kind: 'note', text: note } as ReportBlock] : []),
    {
      kind: 'fields',
      rows: [
        ['Werkblad', WORKSHEET_LABELS[w.kind]],
        ['Casus', w.caseCodeName],
        ...(o.trajectTitle ? [['Training', o.trajectTitle] as [string, string]] : []),
        ['Afgedrukt', dutchDate(o.today)],
      ],
    },
  ];
  const list = (label: string, items: readonly string[]) => b.push({ kind: 'list', label, items: items.length ? [...items] : ['–'] });
  switch (body.kind) {
    case 'map': {
      b.push({ kind: 'heading', level: 2, text: 'Waar maken we ons zorgen over?' });
      list('Schade', body.harm);
      list('Gevaarsituatie', body.danger);
      list('Complicerende factoren', body.complicating);
      b.push({ kind: 'heading', level: 2, text: 'Wat gaat goed?' });
      list('Bestaande krachten', body.strengths);
      list('Bestaande veiligheid', body.safety);
      b.push({ kind: 'heading', level: 2, text: 'Wat moet er gebeuren?' });
      list('Veiligheidsdoelen', body.goals);
      list('Volgende stappen (ideeën om mee te nemen naar werkbegeleiding)', body.nextSteps);
      b.push({ kind: 'heading', level: 2, text: 'Schaal 0–10' });
      b.push({ kind: 'fields', rows: [['10', SCALE_ANCHORS[10]], ['0', SCALE_ANCHORS[0]]] });
      if (body.scores.length) {
        b.push({ kind: 'table', head: ['Wie', 'Cijfer', 'Reden'], widths: [0.25, 0.1, 0.65], rows: body.scores.map((s) => [s.who, String(s.score), s.reason || '–']) });
        const d = distribution(body.scores.map((s) => s.score));
        b.push({ kind: 'paragraph', text: `Verdeling: ${d.map((c, i) => (c ? `${i}: ${c}×` : '')).filter(Boolean).join(', ')}. Verschillende cijfers zijn normaal; er is geen gezamenlijk cijfer.` });
      } else b.push({ kind: 'paragraph', text: 'Nog geen cijfers.' });
      break;
    }
    case 'statements':
      b.push({ kind: 'heading', level: 2, text: 'Gevaarsituaties' });
      if (!body.dangers.length) b.push({ kind: 'paragraph', text: '–' });
      body.dangers.forEach((d, i) => {
        b.push({ kind: 'labelled', label: `Gevaarsituatie ${i + 1}`, text: dangerSentence(d) || '–' });
        const lines = body.bottomLines.filter((l) => l.dangerId === d.id).map((l) => l.text);
        if (lines.length) b.push({ kind: 'list', label: 'Bodemeisen bij deze gevaarsituatie', items: lines });
      });
      b.push({ kind: 'heading', level: 2, text: 'Veiligheidsdoelen' });
      if (!body.goals.length) b.push({ kind: 'paragraph', text: '–' });
      body.goals.forEach((g, i) =>
        b.push({
          kind: 'fields',
          rows: [
            [`Doel ${i + 1} — ouders doen`, g.parents || '–'],
            ['Het kind merkt', g.child || '–'],
            ['Professionals zien', g.professionals || '–'],
            ['Hoe lang', g.duration || '–'],
          ],
        }),
      );
      if (body.goals.length) b.push({ kind: 'list', label: 'In één zin', items: body.goals.map(goalSentence).filter(Boolean) });
      break;
    case 'three-houses':
      b.push({ kind: 'fields', rows: [['Kind', body.child || '–'], ['Toestemming om te delen', body.consent ? 'ja' : 'nee']] });
      if (o.hidden) b.push({ kind: 'paragraph', text: HIDDEN_NOTE });
      else {
        b.push({ kind: 'note', text: 'De woorden van het kind, letterlijk.' });
        list('Huis van goede dingen', body.good);
        list('Huis van zorgen', body.worries);
        list('Huis van dromen', body.dreams);
      }
      break;
    case 'words-pictures':
      if (body.title) b.push({ kind: 'heading', level: 2, text: body.title });
      body.panels.forEach((p, i) => {
        b.push({ kind: 'labelled', label: `Plaat ${i + 1}${p.figures.length ? ` (${p.figures.map(figureName).join(', ')})` : ''}`, text: p.text || '–' });
      });
      if (!body.panels.length) b.push({ kind: 'paragraph', text: 'Nog geen platen.' });
      break;
    case 'safety-circles':
      b.push({ kind: 'fields', rows: [['In het midden', body.child || 'het kind']] });
      for (const ring of [1, 2, 3] as const) {
        const on = body.people.filter((p) => p.ring === ring);
        list(RING_LABELS[ring], on.map((p) => `${p.label}${p.inPlan ? ` — in het veiligheidsplan${p.part ? `: ${p.part}` : ''}` : ''}`));
      }
      break;
    case 'safety-plan':
      b.push({ kind: 'heading', level: 2, text: 'Afspraken, in de woorden van het gezin' });
      b.push(body.rules.length ? { kind: 'table', head: ['Afspraak', 'Wie zorgt ervoor'], widths: [0.7, 0.3], rows: body.rules.map((r) => [r.rule, r.who || '–']) } : { kind: 'paragraph', text: '–' });
      b.push({ kind: 'heading', level: 2, text: 'Rode vlaggen' });
      b.push(body.redFlags.length ? { kind: 'table', head: ['Rode vlag', 'Wat er dan gebeurt'], widths: [0.5, 0.5], rows: body.redFlags.map((r) => [r.flag, r.response || '–']) } : { kind: 'paragraph', text: '–' });
      b.push({ kind: 'fields', rows: [['Wanneer bekijken we het plan opnieuw', body.review || '–']] });
      break;
  }
  return { title: `${WORKSHEET_LABELS[w.kind]} — ${w.title}`, blocks: b };
}

const FIGURE_NAMES: Record<Figure['kind'], string> = { person: 'persoon', child: 'kind', house: 'huis', school: 'school' };
const figureName = (f: Figure) => (f.label ? `${FIGURE_NAMES[f.kind]}: ${f.label}` : FIGURE_NAMES[f.kind]);

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const INFO = (title: string) => ({ Title: winAnsi(title), Subject: PRACTICE_NOTICE, Creator: 'Leertafel', Producer: 'Leertafel' });

/** The circles drawn on A4, with the list of who is where below. */
async function circlesPdf(w: Worksheet, o: ExportOptions): Promise<Buffer> {
  if (w.body.kind !== 'safety-circles') throw new Error('not circles');
  const body = markWorksheetDecisions(w.body);
  const doc = new PDFDocument({ size: 'A4', margins: { top: 48, bottom: 48, left: 48, right: 48 }, info: INFO(`Veiligheidscirkels — ${w.title}`), lang: 'nl-NL' });
  const done = collect(doc);
  doc.font('Helvetica-Bold').fontSize(18).text(winAnsi(`Veiligheidscirkels — ${w.title}`));
  doc.font('Helvetica-Oblique').fontSize(10).text(winAnsi(PRACTICE_NOTICE));
  const note = decisionNote(worksheetDecisions(w.body).length);
  if (note) doc.font('Helvetica-Bold').fontSize(10).text(winAnsi(note));
  doc.font('Helvetica').fontSize(10).text(winAnsi(`${w.caseCodeName}${o.trajectTitle ? ` · ${o.trajectTitle}` : ''} · ${dutchDate(o.today)}`));
  const size = 440;
  const left = (doc.page.width - size) / 2;
  const top = doc.y + 16;
  const l = layoutCircles(body.people, size);
  const shades = ['#dbeafe', '#e0f2fe', '#f0f9ff'];
  for (const i of [2, 1, 0]) doc.circle(left + l.center.x, top + l.center.y, l.radii[i]!).lineWidth(1).fillAndStroke(shades[i]!, '#64748b');
  doc.circle(left + l.center.x, top + l.center.y, 30).fillAndStroke('#fde68a', '#b45309');
  doc.fillColor('#111111').font('Helvetica-Bold').fontSize(10).text(winAnsi(body.child || 'kind'), left + l.center.x - 30, top + l.center.y - 6, { width: 60, align: 'center' });
  for (const p of l.people) {
    const x = left + p.x;
    const y = top + p.y;
    doc.circle(x, y, 7).lineWidth(p.inPlan ? 2.5 : 1).fillAndStroke(p.inPlan ? '#16a34a' : '#ffffff', '#1f2937');
    doc.fillColor('#111111').font(p.inPlan ? 'Helvetica-Bold' : 'Helvetica').fontSize(11).text(winAnsi(p.label), x - 55, y + 10, { width: 110, align: 'center' });
  }
  doc.fillColor('#111111');
  doc.y = top + size + 14;
  doc.x = doc.page.margins.left;
  doc.font('Helvetica').fontSize(9).text(winAnsi('Groen en vet: heeft een rol in het veiligheidsplan.'));
  for (const ring of [1, 2, 3] as const) {
    const on = body.people.filter((p) => p.ring === ring);
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10).text(winAnsi(RING_LABELS[ring]));
    doc.font('Helvetica').fontSize(10);
    if (!on.length) doc.text('–');
    for (const p of on) doc.text(winAnsi(`•  ${p.label}${p.inPlan ? ` — in het veiligheidsplan${p.part ? `: ${p.part}` : ''}` : ''}`));
  }
  doc.end();
  return done;
}

/**
 * The Woord- en Beeldverhaal as a booklet: A4 landscape sheets with two A5 pages a side, in
 * saddle-stitch order (`bookletSheets`), so printed double-sided and folded it reads front to back.
 * Page 0 is the cover; every panel is a page with its drawing above its words.
 */
async function bookletPdf(w: Worksheet, body: WordsPicturesBody): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, autoFirstPage: false, info: INFO(`Woord- en Beeldverhaal — ${w.title}`), lang: 'nl-NL' });
  const done = collect(doc);
  const pageCount = 1 + body.panels.length;
  const W = 841.89 / 2;
  const H = 595.28;
  const drawPage = (n: number | null, x0: number) => {
    if (n === null) return;
    const m = 32;
    doc.fillColor('#111111');
    if (n === 0) {
      doc.font('Helvetica-Bold').fontSize(24).text(winAnsi(body.title || w.title), x0 + m, 150, { width: W - 2 * m, align: 'center' });
      doc.font('Helvetica').fontSize(11).text(winAnsi('Woord- en Beeldverhaal'), x0 + m, doc.y + 12, { width: W - 2 * m, align: 'center' });
      doc.font('Helvetica-Oblique').fontSize(9).text(winAnsi(PRACTICE_NOTICE), x0 + m, H - 70, { width: W - 2 * m, align: 'center' });
      return;
    }
    const panel = body.panels[n - 1]!;
    const box = { x: x0 + m, y: m, w: W - 2 * m, h: (H - 2 * m) * 0.55 };
    doc.rect(box.x, box.y, box.w, box.h).lineWidth(1).stroke('#94a3b8');
    for (const f of panel.figures) drawFigure(doc, f, box.x + (f.x / 100) * box.w, box.y + (f.y / 100) * box.h, box.h / 5);
    doc.fillColor('#111111').font('Helvetica').fontSize(16).text(winAnsi(panel.text || ''), box.x, box.y + box.h + 18, { width: box.w });
    doc.font('Helvetica').fontSize(9).fillColor('#64748b').text(String(n), x0, H - 28, { width: W, align: 'center' });
  };
  for (const sheet of bookletSheets(pageCount)) {
    for (const side of [sheet.front, sheet.back]) {
      doc.addPage();
      doc.moveTo(W, 12).lineTo(W, 24).lineWidth(0.5).stroke('#cbd5e1');
      drawPage(side[0], 0);
      drawPage(side[1], W);
    }
  }
  doc.end();
  return done;
}

/** A simple figure: a stick person (smaller for a child), a house, a school; its label under it. */
function drawFigure(doc: PDFKit.PDFDocument, f: Figure, cx: number, cy: number, unit: number): void {
  doc.lineWidth(1.5).strokeColor('#1f2937');
  if (f.kind === 'person' || f.kind === 'child') {
    const s = f.kind === 'child' ? unit * 0.7 : unit;
    doc.circle(cx, cy - s * 0.75, s * 0.22).stroke();
    doc.moveTo(cx, cy - s * 0.53).lineTo(cx, cy + s * 0.1).stroke();
    doc.moveTo(cx - s * 0.35, cy - s * 0.3).lineTo(cx + s * 0.35, cy - s * 0.3).stroke();
    doc.moveTo(cx, cy + s * 0.1).lineTo(cx - s * 0.25, cy + s * 0.55).stroke();
    doc.moveTo(cx, cy + s * 0.1).lineTo(cx + s * 0.25, cy + s * 0.55).stroke();
  } else {
    const s = unit * 1.1;
    doc.rect(cx - s / 2, cy - s * 0.3, s, s * 0.8).stroke();
    doc.moveTo(cx - s * 0.6, cy - s * 0.3).lineTo(cx, cy - s * 0.8).lineTo(cx + s * 0.6, cy - s * 0.3).stroke();
    if (f.kind === 'school') doc.moveTo(cx, cy - s * 0.8).lineTo(cx, cy - s * 1.1).lineTo(cx + s * 0.25, cy - s * 1.0).lineTo(cx, cy - s * 0.9).stroke();
    doc.rect(cx - s * 0.1, cy + s * 0.15, s * 0.2, s * 0.35).stroke();
  }
  const label = f.label || (f.kind === 'school' ? 'school' : f.kind === 'house' ? 'huis' : '');
  if (label) doc.fillColor('#111111').font('Helvetica').fontSize(9).text(winAnsi(label), cx - 40, cy + unit * 0.62, { width: 80, align: 'center' });
}
