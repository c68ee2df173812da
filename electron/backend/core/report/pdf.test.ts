import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { toPdf } from './pdf';
import type { ReportBlock } from './report';

const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

/** The text lines of each page, top to bottom. */
async function pageLines(pdf: Buffer): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const byY = new Map<number, string>();
    for (const it of content.items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const y = Math.round(it.transform[5]);
      byY.set(y, `${byY.get(y) ?? ''}${it.str}`);
    }
    pages.push([...byY.entries()].sort((a, b) => b[0] - a[0]).map(([, s]) => s));
  }
  await doc.destroy();
  return pages;
}

describe('the PDF of a record', () => {
  it('never leaves a heading or a label alone at the foot of a page', async () => {
    const filler = 'Een zin over wat de groep leerde, lang genoeg om over een paar regels door te lopen in het verslag. '.repeat(2);
    const blocks: ReportBlock[] = [];
    for (let n = 1; n <= 40; n++) {
      for (let k = 0; k < (n % 5) + 1; k++) blocks.push({ kind: 'paragraph', text: filler });
      blocks.push({ kind: 'heading', level: n % 2 ? 2 : 3, text: `KOP ${n}` });
      blocks.push({ kind: 'labelled', label: `LABEL ${n}`, text: filler });
    }
    const pages = await pageLines(await toPdf({ title: 'Leerverslag', blocks }));
    expect(pages.length).toBeGreaterThan(5);
    for (const lines of pages.slice(0, -1)) {
      const last = lines[lines.length - 1];
      expect(last, `a page ends with "${last}"`).not.toMatch(/^(KOP|LABEL) \d+$/);
    }
  });
});
