// Unseen first names that end like an adjective (issue 14, round 3): "Sterre", "Heldere" look like the
// inflected word that opens a title-case programme name ("Snelle Start", "Korte Lijnen"). When such a name
// is in no list, its context decides: a known surname after it, a person's role word before it here or
// elsewhere in the text, a line that lists people, an apposition to a role, a verb of saying, a
// conversation "met", "volgens", or a role or age after it. The lexicons are used without the names of
// these tests (a blind lexicon, as for text nobody here wrote). Sentences written for these tests; none
// is taken from an evaluation document.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import type { LexiconSources } from './lexicon';
import { testLexiconSources } from './testing/lexicons';

/** The lexicons without the given words in their name and place lists. */
function without(words: string[]): LexiconSources {
  const drop = new Set(words);
  const out: LexiconSources = { ...testLexiconSources() };
  for (const name of Object.keys(out)) {
    if (!/namen|plaatsen|wijken/.test(name)) continue;
    out[name] = out[name].split('\n').filter((l) => !drop.has(l.trim().toLowerCase())).join('\n');
  }
  return out;
}

// first names and surnames unknown; "bos" stays an ordinary word ("forest"), like "start" in "Snelle Start"
const blind = createDetector(without(['sterre', 'heldere', 'bos', 'kuipers', 'yilmaz']));
// the first names unknown, the surnames known
const firstUnknown = createDetector(without(['sterre', 'heldere']));

function spans(detector: ReturnType<typeof createDetector>, text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe('an unseen first name that ends like an adjective is a person by its context', () => {
  it('the lists really lack the names (else these tests would prove nothing)', () => {
    expect(spans(blind, 'In de zaal zaten Sterre en Heldere.')).toEqual([]);
  });

  it.each([
    ['a known surname after it', 'Het gesprek met Sterre Bos bleek kort.', ['Sterre Bos:PERSOON']],
    ['a known surname after it, another name', 'Daarna kwam Heldere Kuipers binnen.', ['Heldere Kuipers:PERSOON']],
  ])('first name unknown, %s', (_what, text, want) => {
    expect(spans(firstUnknown, text)).toEqual(want);
  });

  it.each([
    ['a role word before it elsewhere in the text', 'Het gesprek vond plaats met moeder Sterre Bos. Later vertelde Sterre Bos dat het thuis rustiger gaat.', ['Sterre Bos:PERSOON', 'Sterre Bos:PERSOON']],
    ['a form of address before it elsewhere', 'Mevrouw Heldere sprak namens de school. Volgens Heldere Kuipers gaat het beter.', ['Heldere:PERSOON', 'Heldere Kuipers:PERSOON']],
    ['the surname after a role word elsewhere', 'Het gesprek met Sterre Bos verliep goed. Volgens mevrouw Bos gaat het thuis beter.', ['Sterre Bos:PERSOON', 'Bos:PERSOON']],
    ['a surname no list knows', 'Het gesprek met Heldere Yilmaz verliep goed.', ['Heldere Yilmaz:PERSOON']],
    ['a conversation with', 'In het gesprek met Sterre Bos bleek dat de thuissituatie onrustig is.', ['Sterre Bos:PERSOON']],
    ['an inverted verb of saying', 'Daarna zei Heldere Kuipers niets meer.', ['Heldere Kuipers:PERSOON']],
    ['a verb of saying after it', 'Sterre Bos vertelde dat de afspraken niet meer lukken.', ['Sterre Bos:PERSOON']],
    ['a role in an apposition after it', 'Het gesprek met Sterre Bos, moeder van twee kinderen, verliep rustig.', ['Sterre Bos:PERSOON']],
    ['a role in brackets after it', 'Het gesprek met Heldere Kuipers (tante) verliep rustig.', ['Heldere Kuipers:PERSOON']],
    ['an apposition to a role word', 'De gezinsvoogd, Sterre Bos, sprak met de school.', ['Sterre Bos:PERSOON']],
    ['"is" and a role after it', 'Sterre Bos is moeder van twee kinderen.', ['Sterre Bos:PERSOON']],
    ['a line that lists people', 'Respondenten: Sterre Bos (ouder), Heldere Kuipers (jongere).', ['Sterre Bos:PERSOON', 'Heldere Kuipers:PERSOON']],
    ['"volgens" at the start of a sentence', 'Volgens Sterre Bos gaat het beter.', ['Sterre Bos:PERSOON']],
    ['the author of a text', 'Het verslag is geschreven door Heldere Kuipers.', ['Heldere Kuipers:PERSOON']],
  ])('blind lexicon, %s', (_what, text, want) => {
    expect(spans(blind, text)).toEqual(want);
  });

  it.each([
    ['a programme name with an article', 'De Korte Lijnen aanpak wordt in de regio gebruikt.'],
    ['a programme after its programme word', 'Het programma Snelle Start werkt met Korte Lijnen en Jonge Professionals.'],
    ['titles joined by "en"', 'Met Snelle Start en Heldere Taal werken we aan Betere Zorg.'],
    ['an ordinal title after "volgens"', 'Volgens Nieuwe Wegen, de aanpak van de gemeente, gaat het beter.'],
    ['a region and an ordinal title', 'Het Groene Hart is een regio. Met Eerste Hulp is niets mis.'],
    ['an adjective title with a role list after it', 'De Korte Lijnen werkt met Jonge Professionals, coach en mentor samen.'],
    ['a conversation about a method', 'In het gesprek over Korte Lijnen bleek veel draagvlak.'],
  ])('no finding in report prose: %s', (_what, text) => {
    expect(spans(blind, text)).toEqual([]);
  });
});
