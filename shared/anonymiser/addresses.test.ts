// Streets and districts the word rules missed: a street that starts with a preposition or an article,
// a street with its side (NZ, OZ), house numbers with a suffix, districts written as two words; and
// what only looks like them. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function places(text: string): string[] {
  return detector
    .detect(text)
    .filter((s) => s.label === 'LOCATIE')
    .map((s) => text.slice(s.start, s.end));
}

describe('streets that start with a preposition or an article', () => {
  it.each([
    ['Boven de', 'Tante woont Boven de Poort 3.', 'Boven de Poort 3'],
    ['Bij de and a letter', 'Hij staat ingeschreven op Bij de Watermolen 2a.', 'Bij de Watermolen 2a'],
    ['Op den', 'Nieuw adres: Op den Hoek 31-2.', 'Op den Hoek 31-2'],
    ['In de', 'De jongen slaapt bij zijn oom In de Wolfsakker 9 in Emmen.', 'In de Wolfsakker 9'],
    ['Tussen de', 'Ze verhuizen naar Tussen de Dijken 14a.', 'Tussen de Dijken 14a'],
    ['Langs het', 'Afspraak op Langs het Kanaal 102, bel aan bij de zijdeur.', 'Langs het Kanaal 102'],
    ['an article', 'Vader woont op Het Hoge Veld 3 (achterom).', 'Het Hoge Veld 3'],
    ['De and one word', 'Het gezin woont De Brink 17 sinds de zomer.', 'De Brink 17'],
    ["'t in lower case", "Moeder woont op 't Hoge Zand 14 in Venlo.", "'t Hoge Zand 14"],
  ])('%s', (_what, text, want) => {
    expect(places(text)).toContain(want);
  });
  // guards for the new street shapes (these held before as well)
  it.each([
    ['a counted noun', 'In Fase 2, en Op Dag 3 van de training.'],
    ['a heading with a number', 'In de Praktijk\nBij Stap 4 bespreken we de weging.'],
    ['a year', 'Op de Drempel 2024, een congres.'],
  ])('not %s', (_what, text) => {
    expect(places(text)).toEqual([]);
  });
});

describe('streets with their side and house numbers with a suffix', () => {
  it.each([
    ['NZ', 'Moeder woont aan de Achtergracht NZ 41.', 'Achtergracht NZ 41'],
    ['OZ with a letter', 'Logeeradres: Lindegracht OZ 3b, Alkmaar.', 'Lindegracht OZ 3b'],
    ['WZ', 'Gesprek op de Vaart WZ 120.', 'Vaart WZ 120'],
    ['a number with a letter and a floor', 'Adres: Molenweg 12a-2, 7411 AB.', 'Molenweg 12a-2'],
    ['a range of numbers', 'Praktijk aan de Marktstraat 14-16, boven de bakker.', 'Marktstraat 14-16'],
    ['a floor after a dash that looks like a date', 'Ze woont op de Kerkweg 12-3.', 'Kerkweg 12-3'],
  ])('%s', (_what, text, want) => {
    expect(places(text)).toContain(want);
  });
});

describe('city districts written as two words', () => {
  it.each([
    ['a city and a compass word', 'Vader heeft een kamer in Rotterdam Zuid.', 'Rotterdam Zuid'],
    ['a two-word city and a compound compass word', 'Ze woonden eerder in Den Haag Zuidwest.', 'Den Haag Zuidwest'],
    ['old and a compass word', 'De wijkagent van Oud West belde.', 'Oud West'],
    ['a city and a hyphenated compound compass word', 'Oom woont in Rotterdam Noord-West.', 'Rotterdam Noord-West'],
    ['a city and two compass words with a hyphen', 'Tante woont in Utrecht Noord-Oost.', 'Utrecht Noord-Oost'],
  ])('%s', (_what, text, want) => {
    expect(places(text)).toEqual([want]);
  });
  it('does not make a team or a region a district (a guard; held before as well)', () => {
    expect(places('Het team Noord en Veilig Thuis Noord bespraken het.')).toEqual([]);
  });
});

describe('a street whose name opens with an adjective (issue 14, session 10)', () => {
  const detector = createDetector(testLexiconSources());
  const found = (text: string): string[] => detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
  it('"Kleine Markt 9", "Oude Haven 112", "Korte Poten 4a" with their numbers; counts after an adjective stay', () => {
    expect(found('Het kantoor zit aan de Kleine Markt 9. Post naar Oude Haven 112 of Korte Poten 4a.')).toEqual(['Kleine Markt 9:LOCATIE', 'Oude Haven 112:LOCATIE', 'Korte Poten 4a:LOCATIE']);
    expect(found('Grote Zorgen 3 keer genoemd. De Nieuwe Fase 2 start in maart.')).toEqual([]);
  });
});
