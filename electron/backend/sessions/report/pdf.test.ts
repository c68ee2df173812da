import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Backend } from '../..';
import { testBackend } from '../../testing/helpers';
import { winAnsi } from '../../core/report/pdf';
import { EMPTY_CANVAS, type SessionDetail } from '../../../../shared/sessions/types';

const IDEA1 = '00000000-0000-4000-8000-0000000000b1';
const IDEA2 = '00000000-0000-4000-8000-0000000000b2';
const AT_1900 = Date.parse('2030-03-04T18:00:00Z');
const AT_2030 = Date.parse('2030-03-04T19:30:00Z');

/** A bijeenkomst that ran, with a canvas, a learning record and two reflections (one shared). */
function finished(b: Backend): SessionDetail {
  const g = b.services.groups.save({
    name: 'Leergroep Noord-Oost',
    description: '',
    members: [
      { name: 'Anna de Vries', function: 'gedragswetenschapper', organisation: 'GI Noord', skjNumber: '12345678' },
      { name: 'Bram Okafor', function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null },
      { name: 'Chris Jansen', function: 'gezinsvoogd', organisation: 'GI Oost', skjNumber: null },
      { name: 'Dewi Tan', function: 'gezinsmanager', organisation: 'GI Oost', skjNumber: null },
    ],
  });
  const [anna, bram, chris, dewi] = g.members;
  const c = b.services.cases.create({ format: 'mlb' });
  b.services.cases.update({ id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: c.retentionUntil, people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'zoon, 14', pseudonym: 'K1' }], timeline: [] });
  const s = b.services.sessions.plan('mlb-vier-vensters', {
    groupId: g.id, date: '2030-03-04', startTime: '19:00', endTime: '20:30',
    roles: { gespreksleider: anna.id, inbrenger: bram.id, notulist: chris.id, tijdbewaker: null },
    caseId: c.id, leervraag: 'Hoe kan ik rustig blijven als een vader boos wordt?',
  });
  b.services.sessions.saveRun(s.id, { ...s.run, status: 'finished', actualStart: AT_1900, actualEnd: AT_2030 });
  b.services.sessions.saveCanvas(s.id, {
    ...structuredClone(EMPTY_CANVAS),
    mensen: { people: [{ name: 'Moeder', relation: 'moeder van K1', perspective: 'wil dat het rustig wordt', regie: true }], network: 'Een buurvrouw helpt soms.' },
    feiten: { items: [{ text: 'K1 verzuimt sinds de herfst', kind: 'vaststaand' }], krachten: ['Moeder komt op afspraken'], zorgen: [], onbekend: ['Hoe K1 het zelf ziet'] },
    weging: { inbrenger: 'Veilig genoeg, zorgen over school.', perspectives: [], criteria: ['Gaat K1 naar school?'], differences: [], scaling: { enabled: true, scores: [{ memberId: anna.id, score: 6 }, { memberId: chris.id, score: 6 }, { memberId: dewi.id, score: 4 }] } },
    volgendeStappen: { ideas: [
      { id: IDEA1, memberId: chris.id, text: 'Overweeg K1 te vragen wat school lastig maakt', takeAlong: true },
      { id: IDEA2, memberId: dewi.id, text: 'Idee: een mentor in het netwerk zoeken', takeAlong: false },
    ] },
  });
  b.services.sessions.saveLearning(s.id, {
    ...s.learning,
    inbrengerLearned: 'Ik merk dat ik snel invul wat een vader bedoelt.',
    inbrengerWillTry: 'Eerst samenvatten, dan pas vragen stellen.',
    toWerkbegeleiding: 'Bespreken hoe ik het gesprek over school voorbereid.',
    participantLearnings: [{ memberId: chris.id, text: 'Stilte laten vallen werkt.' }],
    processFeedback: 'Het venster feiten ging snel; de weging had meer tijd nodig.',
    attendance: [
      { memberId: anna.id, present: true, arrived: null, left: null },
      { memberId: bram.id, present: true, arrived: null, left: null },
      { memberId: chris.id, present: true, arrived: '19:30', left: null },
      { memberId: dewi.id, present: false, arrived: null, left: null },
    ],
  });
  b.services.sessions.saveReflection({ sessionId: s.id, memberId: bram.id, technischInstrumenteel: 'Ik stelde open vragen.', normatief: 'Wanneer is thuis goed genoeg?', persoonlijk: '', shared: true });
  b.services.sessions.saveReflection({ sessionId: s.id, memberId: chris.id, technischInstrumenteel: '', normatief: '', persoonlijk: 'Mijn eigen vermoeidheid speelde mee.', shared: false });
  return b.services.sessions.get(s.id);
}

async function pdfText(base64: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const info = (await pdf.getMetadata()).info as { Title?: string };
  await pdf.destroy();
  return `${info.Title ?? ''}\n${pages.join('\n')}`;
}

/** pdfjs reads the metrics of the standard fonts from its own folder (not embedded: that is the point). */
const standardFontDataUrl = `${path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the learning record export', () => {
  it('as Markdown: the learning record, shared reflections only, ideas as suggestions, case text only on request', async () => {
    const b = testBackend();
    const s = finished(b);
    const md = await b.services.sessions.export(s.id, 'md', false);
    expect(md).toMatchObject({ filename: 'leerverslag-leergroep-noord-oost-2030-03-04.md', mime: 'text/markdown', encoding: 'utf8' });
    const t = md.content;
    for (const expected of [
      '# Leerverslag Leergroep Noord-Oost',
      'Leerverslag — geen besluitvorming over cliënten.',
      'maandag 4 maart 2030',
      '19:00–20:30',
      'Werkelijke tijd:** 19:00–20:30',
      '**Gespreksleider:** Anna de Vries',
      '**Inbrenger:** Bram Okafor',
      '**Notulist:** Chris Jansen',
      'Hoe kan ik rustig blijven als een vader boos wordt?',
      '| Anna de Vries | gedragswetenschapper | GI Noord | 12345678 | 19:00 | 20:30 | 1,5 |',
      '| Chris Jansen | gezinsvoogd | GI Oost |  | 19:30 | 20:30 | 1 |',
      'Afwezig: Dewi Tan.',
      'Ik merk dat ik snel invul wat een vader bedoelt.',
      'Eerst samenvatten, dan pas vragen stellen.',
      'Chris Jansen: Stilte laten vallen werkt.',
      'de weging had meer tijd nodig',
      '- Suggestie: Overweeg K1 te vragen wat school lastig maakt (idee van Chris Jansen)',
      'Bespreken hoe ik het gesprek over school voorbereid.',
      'Ik stelde open vragen.',
      'Wanneer is thuis goed genoeg?',
    ]) expect(t).toContain(expected);
    expect(t).not.toContain('Mijn eigen vermoeidheid');
    expect(t).not.toContain('een mentor in het netwerk');
    expect(t).not.toContain('verzuimt');
    expect(t).not.toContain(s.caseCodeName!);
    expect(t).not.toMatch(/\bbesluit\b(?! )/);

    const full = (await b.services.sessions.export(s.id, 'md', true)).content;
    for (const expected of [
      'Casusmateriaal (Vier Vensters)',
      s.caseCodeName!,
      'Moeder (moeder van K1): wil dat het rustig wordt — heeft regie',
      'Een buurvrouw helpt soms.',
      '**Vaststaand**',
      'K1 verzuimt sinds de herfst',
      'Veilig genoeg, zorgen over school.',
      '3 scores (4: 1×, 6: 2×); laagste 4, hoogste 6.',
      'Suggestie: Idee: een mentor in het netwerk zoeken (idee van Dewi Tan)',
    ]) expect(full).toContain(expected);
    expect(full).not.toContain('Mijn eigen vermoeidheid');
  });

  it('as PDF: readable text with the same content, and the canvas only on request', async () => {
    const b = testBackend();
    const s = finished(b);
    const out = await b.dispatch('sessions.export', { id: s.id, format: 'pdf', includeCanvas: false });
    expect(out).toMatchObject({ ok: true, value: { filename: 'leerverslag-leergroep-noord-oost-2030-03-04.pdf', mime: 'application/pdf', encoding: 'base64' } });
    if (!out.ok) return;
    const file = out.value as { content: string };
    expect(Buffer.from(file.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(await pdfText(file.content));
    for (const expected of [
      'Leerverslag Leergroep Noord-Oost',
      'Leerverslag — geen besluitvorming over cliënten.',
      'maandag 4 maart 2030',
      'Hoe kan ik rustig blijven als een vader boos wordt?',
      'Ik merk dat ik snel invul wat een vader bedoelt.',
      'Suggestie: Overweeg K1 te vragen wat school lastig maakt',
      'Ik stelde open vragen.',
      'Anna de Vries',
      '12345678',
    ]) expect(text).toContain(expected);
    expect(text).not.toContain('vermoeidheid');
    expect(text).not.toContain('verzuimt');
    expect(text).not.toContain('mentor');

    const full = await b.services.sessions.export(s.id, 'pdf', true);
    const fullText = squash(await pdfText(full.content));
    for (const expected of ['Casusmateriaal (Vier Vensters)', 'K1 verzuimt sinds de herfst', 'Idee: een mentor in het netwerk zoeken', 'laagste 4, hoogste 6']) {
      expect(fullText).toContain(expected);
    }
    expect(fullText).not.toContain('vermoeidheid');
  });

  it('marks decision text nobody rephrased, in Markdown and PDF, and says so under the header', async () => {
    const b = testBackend();
    const s = finished(b);
    b.services.sessions.saveCanvas(s.id, {
      ...s.canvas,
      weging: { ...s.canvas.weging, inbrenger: 'We besluiten tot een uithuisplaatsing.' },
      volgendeStappen: { ideas: [{ ...s.canvas.volgendeStappen.ideas[0], text: 'OTS aanvragen bij de rechter' }, s.canvas.volgendeStappen.ideas[1]] },
    });
    const short = (await b.services.sessions.export(s.id, 'md', false)).content;
    expect(short).toContain('Let op: 1 tekst leest als een besluit over de cliënt en is niet herschreven.');
    expect(short).toContain('- Suggestie: [Besluittaal, niet herschreven] OTS aanvragen bij de rechter (idee van Chris Jansen)');
    expect(short).not.toContain('uithuisplaatsing');
    const full = (await b.services.sessions.export(s.id, 'md', true)).content;
    expect(full).toContain('Let op: 2 teksten lezen als een besluit');
    expect(full).toContain('[Besluittaal, niet herschreven] We besluiten tot een uithuisplaatsing.');
    // Plain canvas text is exported as it was.
    expect(full).toContain('K1 verzuimt sinds de herfst');
    expect(full).not.toContain('[Besluittaal, niet herschreven] K1');
    const pdf = await b.services.sessions.export(s.id, 'pdf', true);
    const text = squash(await pdfText(pdf.content));
    expect(text).toContain('[Besluittaal, niet herschreven] We besluiten tot een uithuisplaatsing.');
    expect(text).toContain('Let op: 2 teksten lezen als een besluit');
  });

  it('refuses to export stored text that no longer passes the gate', async () => {
    const b = testBackend();
    const s = finished(b);
    // As if an older version had let a name through.
    b.db.prepare('UPDATE sessions SET leervraag = ? WHERE id = ?').run('Hoe help ik Fatima Yilmaz?', s.id);
    const r = await b.dispatch('sessions.export', { id: s.id, format: 'md', includeCanvas: false });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'plan.leervraag' }] } });
    expect(JSON.stringify(r)).not.toContain('Yilmaz');
  });

  it('keeps PDF text inside WinAnsi: Dutch diacritics stay, the rest degrades readably', () => {
    expect(winAnsi('coördinatie, één, café — “zo” … €')).toBe('coördinatie, één, café — “zo” … €');
    expect(winAnsi('Łukasz, Şeyma → ok 🙂')).toBe('Lukasz, Seyma ? ok ?');
  });
});
