import PDFDocument from 'pdfkit';
import { NO_DECISIONS, type Report, type ReportBlock } from './report';
import { reportProgress } from '../progress';

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters that do not decompose into a base letter and an accent. */
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't' };

/** Anything outside WinAnsi loses its accent if it can, else becomes '?': the PDF never shows garbage. */
export function winAnsi(s: string): string {
  let out = '';
  for (const ch of s.replace(/\r\n?/g, '\n').normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x0a || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (c === 0x09) out += ' ';
    else {
      const base = STROKED[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += /^[\x20-\x7e]+$/.test(base) ? base : '?';
    }
  }
  return out;
}

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

/** A4 with the standard Helvetica fonts only: nothing is loaded from disk beyond pdfkit's own metrics. */
export function toPdf(r: Report): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: winAnsi(r.title), Subject: NO_DECISIONS, Creator: 'Leertafel', Producer: 'Leertafel' },
    lang: 'nl-NL',
    bufferPages: false,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const t = (s: string) => winAnsi(s);

  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Height of the first lines of a block (at most three): what a heading or label must stay with. */
  const startOf = (b: ReportBlock | undefined): number => {
    if (!b) return 0;
    const lines = (text: string, font: string, size: number, w = width) => Math.min(doc.font(font).fontSize(size).heightOfString(t(text) || ' ', { width: w }), 3 * size * 1.25);
    switch (b.kind) {
      case 'heading':
        return lines(b.text, FONT.bold, b.level === 2 ? 13 : 11) + 30;
      case 'note':
        return lines(b.text, FONT.italic, 10);
      case 'paragraph':
        return lines(b.text.trim(), FONT.regular, 10);
      case 'fields':
        return b.rows.length ? lines(`${b.rows[0][0]}: ${b.rows[0][1]}`, FONT.regular, 10) : 0;
      case 'labelled':
        return lines(b.label, FONT.bold, 10) + lines(b.text.trim(), FONT.regular, 10);
      case 'list':
        return (b.label ? lines(b.label, FONT.bold, 10) : 0) + (b.items.length ? lines(b.items[0], FONT.regular, 10, width - 8) : 0);
      case 'table':
        return 2 * 8.5 * 1.25 + 12 + (b.rows.length ? 8.5 * 1.25 + 6 : 0);
    }
  };
  /** A heading or label goes to the next page rather than stand alone at the foot of this one. */
  const keepWithNext = (own: number, next: number) => {
    if (doc.y + own + next > bottom() && doc.y > doc.page.margins.top + 1) doc.addPage();
  };

  doc.font(FONT.bold).fontSize(18).text(t(r.title));
  const total = r.blocks.length + 1;
  for (const [i, b] of r.blocks.entries()) {
    reportProgress({ done: i, total, stage: 'pdf' });
    switch (b.kind) {
      case 'heading': {
        const size = b.level === 2 ? 13 : 11;
        const space = (b.level === 2 ? 0.8 : 0.5) * doc.currentLineHeight(true);
        const own = space + doc.font(FONT.bold).fontSize(size).heightOfString(t(b.text), { width }) + 4;
        keepWithNext(own, startOf(r.blocks[i + 1]));
        doc.moveDown(b.level === 2 ? 0.8 : 0.5);
        doc.font(FONT.bold).fontSize(size).text(t(b.text), left);
        doc.moveDown(0.2);
        break;
      }
      case 'note':
        doc.moveDown(0.3).font(FONT.italic).fontSize(10).text(t(b.text), left);
        break;
      case 'paragraph':
        doc.moveDown(0.3).font(FONT.regular).fontSize(10).text(t(b.text.trim()), left);
        break;
      case 'fields':
        doc.fontSize(10);
        for (const [k, v] of b.rows) doc.font(FONT.bold).text(t(`${k}: `), left, undefined, { continued: true }).font(FONT.regular).text(t(v));
        break;
      case 'labelled':
        keepWithNext(startOf({ ...b, text: '' }), startOf({ kind: 'paragraph', text: b.text }));
        doc.moveDown(0.3).font(FONT.bold).fontSize(10).text(t(b.label), left);
        doc.font(FONT.regular).text(t(b.text.trim()), left);
        break;
      case 'list':
        if (b.label) keepWithNext(startOf({ ...b, items: [] }), startOf({ kind: 'list', items: b.items.slice(0, 1) }));
        doc.moveDown(0.3).fontSize(10);
        if (b.label) doc.font(FONT.bold).text(t(b.label), left);
        doc.font(FONT.regular);
        for (const item of b.items) doc.text(t(`•  ${item.trim()}`), left + 8, undefined, { width: width - 8 });
        doc.x = left;
        break;
      case 'table':
        table(doc, b, left, width);
        break;
    }
  }
  doc.end();
  reportProgress({ done: total, total, stage: 'pdf' });
  return done;
}

function table(doc: PDFKit.PDFDocument, b: Extract<ReportBlock, { kind: 'table' }>, left: number, width: number): void {
  const total = b.widths.reduce((a, w) => a + w, 0);
  const cols = b.widths.map((w) => (w / total) * width);
  const pad = 3;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const row = (cells: string[], font: string) => {
    doc.font(font).fontSize(8.5);
    const heights = cells.map((c, i) => doc.heightOfString(winAnsi(c), { width: cols[i] - 2 * pad }));
    const h = Math.max(...heights) + 2 * pad;
    if (doc.y + h > bottom()) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.text(winAnsi(c), x + pad, y + pad, { width: cols[i] - 2 * pad });
      x += cols[i];
    });
    doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.x = left;
    doc.y = y + h;
  };
  doc.moveDown(0.3);
  row(b.head, FONT.bold);
  for (const r of b.rows) row(r, FONT.regular);
  doc.moveDown(0.3);
}
