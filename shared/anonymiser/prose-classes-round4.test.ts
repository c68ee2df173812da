// Report prose, round 4 of issue 14: classes found on the tuned report documents (a transcript, a
// newsletter, a council proposal, a treatment plan). Each class has must-not-flag sentences and a guard
// that the people in the same kind of sentence are still found. Sentences written for these tests; the
// short heading lines in front make the text read as a report, as the pasted documents do.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());
const REPORT = '1 Inleiding\n\n2 Werkwijze\n\n3 Bevindingen\n\n';

function spans(text: string): string[] {
  const t = REPORT + text;
  return detector.detect(t).map((s) => `${t.slice(s.start, s.end)}:${s.label}`);
}

describe('a plain listed word capitalised after a lower-case word of its sentence is no name', () => {
  it.each([
    ['a noun after an adverb', 'Na de verhuizing kwam er Rust in het gezin.'],
    ['a job after "als"', 'Vader werkt als Chauffeur bij een vervoersbedrijf.'],
    ['an infinitive after an adverb', 'In het venster weging moet je echt Kiezen, zegt het team.'],
    ['a noun after a conjunction', 'Stuur uw vragen of Kopij vóór vrijdag naar de redactie.'],
    ['a plural after a verb', 'De jeugdarts herkent Signalen bij beide kinderen.'],
    ['a derived role word after "als"', 'Zij is nu werkzaam als Vertrouwensfunctionaris bij de school.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
  it.each([
    ['a listed surname alone', 'Het overleg werd geleid door Bakker, die ook notuleerde.', ['Bakker:PERSOON']],
    ['a month-name first name with a particle and surname', 'Daarna sprak ik met Anja en April de Groot.', ['Anja:PERSOON', 'April de Groot:PERSOON']],
    ['a place coordinated with a place', 'De aanpak werkt vooral in Deventer en Kampen goed.', ['Deventer:LOCATIE', 'Kampen:LOCATIE']],
  ])('still finds %s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('countries are no names or places of a person', () => {
  it.each([
    ['Nordic countries', 'Zoals ze in Finland en Noorwegen doen, begint de hulp met een woning.'],
    ['countries far away', 'De methode is ontwikkeld in Australië en later gebruikt in Nieuw-Zeeland en Chili.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('the article that opens a sentence before a listed word is no particle of a surname', () => {
  it.each([
    ['a noun and a past verb', 'De Omzet bedroeg twee miljoen euro.'],
    ['a noun and a present verb', 'De Toewijzing volgt na de zomer.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
  it('still finds a surname with "De" that opens a sentence (a guard)', () => {
    expect(spans('De Groot belde op maandag terug.')).toEqual(['De Groot:PERSOON']);
  });
});

describe('a compound that names a profession is a role, not a name', () => {
  it.each([
    ['after a name and a comma', 'Behandelaar is Joris Vermaat, Gezinstherapeut bij de praktijk.', ['Joris Vermaat:PERSOON']],
    ['after "als"', 'Hij is sinds maart Veiligheidscoördinator op de school.', []],
    ['a list of roles', 'Aanwezig waren een Casusregisseur, een Schuldhulpverlener en de Jongerenwerker.', []],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a capitalised listed word is no name by what stands right before it', () => {
  it.each([
    ['the second part of a coordinated compound', 'Zij is doorverwezen naar een afdeling voor Volwassenen- en Ouderenpsychiatrie in de regio.'],
    ['a listed word after a number', 'De regeling geldt voor jongeren tot 23 Jaar in de hele regio.'],
    ['a word after a capitalised adjective', 'De aanpak vraagt om Heldere Afspraken tussen school en gezin.'],
    ['a word after an article after a verb', 'De teams halen niet altijd de Termijn die de wet stelt.'],
    ['a word after an article after a preposition that opens particles', 'Zo houden de gemeenten zicht op de Omzet.'],
  ])('%s', (_what, text) => {
    expect(spans(text)).toEqual([]);
  });
  it.each([
    ['a surname with "de" after a title', 'Het gesprek met mevrouw de Rooij ging over de planning.', ['de Rooij:PERSOON']],
    ['a first name and a surname', 'Daarna sprak het team met Sanne Vermaat over de school.', ['Sanne Vermaat:PERSOON']],
    ['a name of two listed words in brackets', 'Hulp kwam van de buurman (Eerlijk Sterken) en van school.', ['Eerlijk Sterken:PERSOON']],
  ])('still finds %s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('an institute or fund named after a person is the organisation', () => {
  it.each([
    ['an English institute', 'De kwaliteit is beoordeeld met een checklist van het Edward Hollis Institute.', []],
    ['a Dutch institute with a hyphened name', 'Het Berends-Kuiper Instituut voerde de evaluatie uit.', []],
    ['a fund', 'De pilot werd betaald door het Anton Meijer Fonds en de gemeente.', []],
    ['a person beside it (a guard)', 'Onderzoeker Kees de Vries schreef het rapport voor het Nederlands Jeugdinstituut.', ['Kees de Vries:PERSOON']],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a body named by ordinary words for the whole country is no facility', () => {
  it.each([
    ['an association for the country', 'Het idee komt van een congres van de Vereniging Pleegzorgouders Nederland, zei hij.', []],
    ['a foundation for the country', 'Met steun van Stichting Speelruimte Nederland bouwde de buurt een speeltuin.', []],
    ['an association of ordinary words', 'De Vereniging Kleine Zorgaanbieders stuurde een brief.', []],
    ['a named local club stays (a guard)', 'Hij traint bij Voetbalvereniging Sallandia in de wijk.', ['Voetbalvereniging Sallandia:INSTELLING']],
    ['a school named for a part of the country stays (a guard)', 'Zij volgt een opleiding aan het ROC Zuid Nederland sinds dit jaar.', ['ROC Zuid Nederland:INSTELLING']],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a long compound of ordinary words before a place names a building there', () => {
  it.each([
    ['a venue', 'De slotbijeenkomst is in de Schouwburgzaal Zwolle, om tien uur.', ['Zwolle:LOCATIE']],
    ['a theatre', 'De voorstelling voor ouders was in de Stadsschouwburg Deventer.', ['Deventer:LOCATIE']],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('a capitalised function word is never a name', () => {
  it.each([
    ['a conjunction after a dot that reads as an abbreviation', 'Het werkt, echt waar, dat is zo. En Vrijwilligers helpen ook mee.', []],
    ['a conjunction after an abbreviation', 'We zagen haar op di. Maar Vrijwilligers waren er niet.', []],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
