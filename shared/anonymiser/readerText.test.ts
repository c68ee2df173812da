import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { originalRange, readerText } from './readerText';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

/** "surface:LABEL" of every span, sliced from the caller's text */
function spans(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe('readerText: the text as a reader sees it', () => {
  it('returns plain Dutch text as it is, without a map', () => {
    const r = readerText('Gesprek met mw. Çelik en Zoë over café-bezoek; Şahin en Yıldırım waren er ook.');
    expect(r.mapped).toBe(false);
  });
  it.each([
    ['no-break, thin and ideographic spaces', '12\u00a034\u202f56\u300078', '12 34 56 78'],
    ['zero-width characters, soft hyphen, BOM and bidi marks', '\ufeffJan\u200bsen\u00ad\u200e!', 'Jansen!'],
    ['the dash family', '06\u201312\u2014a\u2011b\u2212c\uff0dd', '06-12-a-b-c-d'],
    ['fullwidth digits and letters', '\uff10\uff16 \uff21\uff22', '06 AB'],
    ['Arabic-Indic and extended Arabic-Indic digits', '\u0661\u0662\u0663 \u06f4\u06f5', '123 45'],
    ['a letter with a combining mark', 'Zoe\u0308 cafe\u0301', 'Zoë café'],
    ['ligatures', '\ufb01ets \u0133s', 'fiets ijs'],
    ['line and paragraph separators and a lone CR', 'a\u2028b\rc\r\nd', 'a\nb\nc\r\nd'],
  ])('normalises %s', (_what, input, want) => {
    expect(readerText(input).text).toBe(want);
  });
  it('maps every range back to the characters it came from', () => {
    const original = 'BSN\u00a01234\u200b56 782 van Jan\u200bsen';
    const r = readerText(original);
    expect(r.text).toBe('BSN 123456 782 van Jansen');
    const at = r.text.indexOf('123456 782');
    expect(original.slice(...originalRange(r, at, at + '123456 782'.length))).toBe('1234\u200b56 782');
    const name = r.text.indexOf('Jansen');
    expect(original.slice(...originalRange(r, name, name + 6))).toBe('Jan\u200bsen');
  });
  it('maps a character that became several to the whole character', () => {
    const r = readerText('\ufb01ets');
    expect(originalRange(r, 0, 1)).toEqual([0, 1]);
    expect(originalRange(r, 1, 5)).toEqual([0, 4]);
  });
});

describe('detect() checks the reader text and reports offsets into the caller text', () => {
  it.each([
    ['a BSN with no-break spaces', 'BSN moeder: 123\u00a0456\u00a0782.', '123\u00a0456\u00a0782:BSN'],
    ['a BSN with zero-width spaces', 'BSN 123\u200b456\u200b782', '123\u200b456\u200b782:BSN'],
    ['a BSN in fullwidth digits', 'bsn \uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff12', '\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff12:BSN'],
    ['a BSN in Arabic-Indic digits', 'BSN \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662', '\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662:BSN'],
    ['a phone number with an en dash', 'Bel 06\u201312345678 na vijven.', '06\u201312345678:TELEFOON'],
  ])('finds %s', (_what, text, want) => {
    expect(spans(text)).toContain(want);
  });
  it('keeps a name with a zero-width character in it one span', () => {
    expect(spans('Gesprek met mw. El\u00a0Amrani over Yas\u200bsir.')).toEqual(['El\u00a0Amrani:PERSOON', 'Yas\u200bsir:PERSOON']);
  });
  it('compares ignored forms on the reader text', () => {
    const text = 'Daarna belde Bob\u00adby weer.';
    expect(spans(text)).toEqual(['Bob\u00adby:PERSOON']);
    expect(detector.detect(text, { ignore: ['Bobby'] })).toEqual([]);
  });
});
