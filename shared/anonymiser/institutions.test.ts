// Sports clubs, companies, law firms and named schools: the shapes of their names, and what is no
// institution. Sentences written for these tests.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector
    .detect(text)
    .filter((s) => s.label === 'INSTELLING')
    .map((s) => text.slice(s.start, s.end));
}

describe('sports clubs', () => {
  it.each([
    ['a club abbreviation and a name', 'Op zaterdag voetbalt Stijn bij RKSV De Valk.', 'RKSV De Valk'],
    ['a hockey club', 'Haar zus hockeyt bij MHC Zuiderpark.', 'MHC Zuiderpark'],
    ['a korfbal club with its letters', 'Ze korfbalt bij CKV Oranje Wit.', 'CKV Oranje Wit'],
    ['the year of a club', 'Hij traint bij VV Zuidhorn \'31 op dinsdag.', "VV Zuidhorn '31"],
    ['a type word in lower case', 'De trainer van judovereniging Kiai belde.', 'Kiai'],
    ['a capitalised compound type word and a year', 'Hij zit op Hockeyvereniging Oranje-Zwart \'24.', "Hockeyvereniging Oranje-Zwart '24"],
  ])('%s', (_what, text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('companies and law firms', () => {
  it.each([
    ['a legal form with dots', 'Vader rijdt voor Expeditie Hoogland B.V. in nachtdienst.', 'Expeditie Hoogland B.V.'],
    ['BV without dots after a company word', 'Moeder werkt bij Glazenwasserij Helder BV.', 'Glazenwasserij Helder BV'],
    ['a general partnership without a company word', 'Oom heeft Aydin Stukadoors VOF opgericht.', 'Aydin Stukadoors VOF'],
    ['& Zn. after a company', 'Hij loopt stage bij Schildersbedrijf Mulder & Zn. in de buurt.', 'Schildersbedrijf Mulder & Zn.'],
    ['a law firm with partners', 'Moeder wordt bijgestaan door Hofstede & Partners Advocaten.', 'Hofstede & Partners Advocaten'],
    ['a firm word after a name', 'De zaak ligt bij Bakkal Familierecht sinds maart.', 'Bakkal Familierecht'],
    ['an advocatenkantoor', 'Vader belde met Advocatenkantoor Van Leeuwen.', 'Advocatenkantoor Van Leeuwen'],
    ['a name with a particle before the legal form', 'Hij werkt bij Van der Sluis Transport BV.', 'Van der Sluis Transport BV'],
  ])('%s', (_what, text, want) => {
    expect(found(text)).toEqual([want]);
  });
  it('leaves the title and the lawyer outside the firm', () => {
    const text = 'Mr. Hofstede van Hofstede & Partners Advocaten belde.';
    expect(detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`)).toEqual(['Hofstede:PERSOON', 'Hofstede & Partners Advocaten:INSTELLING']);
  });
});

describe('named schools', () => {
  it.each([
    ['a regional school community', 'Haar broer zit op RSG Slingerbos.', 'RSG Slingerbos'],
    ['a public school community', 'Na de zomer gaat hij naar OSG Sevenwolden.', 'OSG Sevenwolden'],
    ['a Catholic primary school with its article', 'Ze zit in groep 3 van KBS De Springplank.', 'KBS De Springplank'],
    ['a Christian school community', 'Zijn zus zit op CSG Liudger in de tweede klas.', 'CSG Liudger'],
  ])('%s', (_what, text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

// What the new shapes must not take (these held before as well).
describe('what is no institution', () => {
  it.each([
    ['a television programme', 'Ze keken samen TV in de woonkamer.'],
    ['a national organisation', 'De William Schrikker Groep neemt de voogdij over.'],
    ['a degree after a name', 'Het rapport is van Femke Jansen MSc.'],
    ['an abbreviation of a board', 'De RvT en de RvB vergaderden in maart.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a foundation named by one ordinary word that names no sector is a brand (issue 14, session 10)', () => {
  const detector = createDetector(testLexiconSources());
  const found = (text: string): string[] => detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
  it('"Stichting Kompas", "Stichting Vuurtoren" are the facility; a sector word or a descriptive name stays generic', () => {
    expect(found('Het buddyproject loopt via Stichting Kompas en Stichting Vuurtoren.')).toEqual(['Stichting Kompas:INSTELLING', 'Stichting Vuurtoren:INSTELLING']);
    expect(found('Stichting Jeugdzorg en Stichting Welzijn werken samen met Stichting Begeleid Wonen Haaglanden.')).toEqual([]);
  });
});
