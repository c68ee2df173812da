// The evidence pass (detector/evidence.ts): in report prose a lone ordinary word of no name list keeps a
// PERSOON label only when one of its mentions has something that says person. Each kind of evidence has a
// guard here; sentences written for these tests. The short heading lines make the text read as a report.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());
const REPORT = '1 Inleiding\n\n2 Werkwijze\n\n3 Bevindingen\n\n';

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe('a lone capitalised ordinary word with no evidence of a person is no name in a report', () => {
  it.each([
    ['a category after "bij"', 'Wij zetten ervaringsdeskundigen in bij Groepen voor ouders.'],
    ['a category after "via"', 'Mees vindt dat hulp via Ouders te traag is.'],
    ['a noun after "met"', 'Joke gaat na 23 jaar met Pensioen.'],
  ])('%s', (_what, text) => {
    expect(found(REPORT + text).filter((s) => !s.startsWith('Joke') && !s.startsWith('Mees'))).toEqual([]);
  });
  it.each([
    ['a noun after a determiner, also beside a name in an apposition', 'Elke starter krijgt een Buddy. Mijn Buddy, Anouk Wortel, hielp mij.'],
    ['an article that opens a sentence is no particle', 'De Caseload is hoog. Van Ouders wordt veel gevraagd.'],
    ['a plural noun after "de" is no surname', 'Het verzoek is toegewezen: de Kinderen worden in hun ontwikkeling bedreigd.'],
    ['two categories joined by "en" are no list of names', 'Wij hoorden het afgelopen jaar van Jongeren en Ouders over het Wonen. Informeer Jongeren en Ouders persoonlijk.'],
    ['a verb after a word that is no subject says nothing', 'Niemand wist wie er Regie had. Een op de vier mantelzorgers zich regelmatig Overbelast voelt.'],
    ['an age range is no age, "per" and adjectives are determiners', 'Elke jongere krijgt een getrainde Buddy (18–27 jaar). Er is een uur per Buddy per week.'],
    ['a plural noun after a role is what the role is about', 'De jeugdreclasseerder is ook contactpersoon Scholen in de regio.'],
    ['a hyphenated compound of ordinary words is no double surname', 'De Buddy-Coaches plannen elke maand een Meet-Up met de Diepte-Interviews als thema.'],
    ['a word after "naar" is where someone goes, no place by that alone', 'Vervoer naar Dagbehandeling is slecht geregeld. Jongeren die niet naar School gaan, krijgen een plek.'],
    ['a listed word after a role in an organisation is its area', 'Pieter Kramer is manager Bedrijfsvoering; vragen gaan naar de teamleider Toegang van het wijkteam.'],
    ['a word in brackets after a capitalised category is no name alone in brackets', 'Het aantal trajecten Toezicht en Begeleiding (Regulier) steeg, de Nazorg (Vrijwillig) daalde.'],
    ['a lower-case "de" with no name before it is an article', 'Op grond van artikel 3 van de Wet medezeggenschap vragen wij advies. Dat bespreken wij met de Regio.'],
    ['a numbered part is no street with a house number', '10.45 – 12.00 Workshopronde 1\nA. Samen beslissen in de zitting\n\n13.00 – 14.15 Workshopronde 2\nB. werken met het netwerk'],
  ])('%s', (_what, text) => {
    expect(found(REPORT + text).filter((s) => !s.startsWith('Anouk Wortel') && !s.startsWith('Pieter Kramer'))).toEqual([]);
  });
  it.each([
    ['an English word after "in" is no place', 'Workshop: Reflective Practice in Supervision (in English), door de hogeschool.'],
    ['two English words side by side are a term, not a name beside a name', 'Het team werkte met Appreciative Inquiry en met Coercive Control als thema.'],
    ['an English word after a place and a comma is no list of places', 'Anneke de Wind (University of Amsterdam, Department of Child Development and Education)'],
    ['the letter of a lettered list is no initial', 'E. Samen beslissen in de zitting\nF. Risk Assessment with the LIRIK\nG. Digitaal samenwerken'],
  ])('%s', (_what, text) => {
    expect(found(REPORT + text).filter((s) => !/^(?:Anneke de Wind|Amsterdam):/.test(s))).toEqual([]);
  });
  it('a preposition with a capitalised article after it is no particle ("Jongeren op De Linde" names no Jongeren)', () => {
    const text = 'Jongeren op De Linde hoorden het via de mentor. Ook Jongeren van De Kompasroos wisten het niet.';
    expect(found(REPORT + text).filter((s) => s.startsWith('Jongeren'))).toEqual([]);
  });
  it('in a case note the old rule stands (a capital mid-sentence is nearly always a name there)', () => {
    expect(found('Moeder gaat met Pensioen naar de markt.')).toContain('Pensioen:PERSOON');
  });
});

describe('evidence keeps a name that is also a word', () => {
  // "Spruit" and "Wortel" are surnames and ordinary words that no name list holds (the lists leave such words out)
  it.each([
    ['a title before it', 'Het gesprek met mevrouw Spruit verliep goed.', 'Spruit'],
    ['a cue before it', 'Volgens Spruit is dat niet nodig.', 'Spruit'],
    ['a verb after it', 'Wij hoorden dat Spruit belde over de planning.', 'Spruit'],
    ['a verb after it after a conjunction', 'Het was stil toen Wortel kwam.', 'Wortel'],
    ['an age in brackets', 'Een jongen, Spruit (15), woont in de wijk.', 'Spruit'],
    ['a role after a comma', 'De brief is van Spruit, gezinsvoogd bij de GI.', 'Spruit'],
    ['initials before it', 'De analyse is gedaan door V. Staal en anderen.', 'V. Staal'],
    ['a name alone in brackets', 'Zij kwam samen met haar begeleider van de opvang (Frits).', 'Frits'],
    ['an apposition to a role word', 'Evi heeft een fijne vriendin, Jasmijn, waar ze logeert.', 'Jasmijn'],
    ['another mention beside a first name', 'Anouk Wortel leidt het project. Later sloot Wortel aan bij het team.', 'Wortel'],
    ['a list of places', 'Deelnemers kwamen uit Heerlen, Venlo, Kampen en Sittard.', 'Kampen'],
    ['a role before a surname the lists lack', 'Het gesprek met gezinsvoogd Spruit verliep goed.', 'Spruit'],
    ['a role in an organisation before a place the lists lack', 'Aanwezig: wethouder Heerenveenstra en de directeur.', 'Heerenveenstra'],
    ['a place in brackets after an institution', 'Netwerkberaad in moskee Mevlana (Zonnehoek), zaaltje achter.', 'Zonnehoek'],
    ['a title before a capitalised particle', 'Huisarts: dr. Van Leeuwen. Wijkagent: R. Spruit.', 'Van Leeuwen'],
    ['a first name before a lower-case particle', 'Het gesprek voerde Anouk van de Wortel met de ouders.', 'Wortel'],
    ['initials before lower-case particles', 'De analyse is van J. van der Spruit.', 'Spruit'],
    ['a title before lower-case particles', 'Wij spraken mevrouw van der Spruit over de planning.', 'Spruit'],
    ['a double surname of words the lists lack', 'Het verslag is van Eva Bouwknegt-Diender, notulist.', 'Bouwknegt-Diender'],
    ['a district: a place and a point of the compass', 'In de leerbijeenkomsten van het wijkteam Molenwaard-Zuid brengen professionals een casus in.', 'Molenwaard-Zuid'],
    ["a place in a university's name", 'Met dank aan prof. Ellingworth (University of Leeds) voor haar lezing.', 'Leeds'],
  ])('%s', (_what, text, name) => {
    expect(found(REPORT + text).some((s) => s.split(':')[0].includes(name))).toBe(true);
  });
});

describe('a place the lists lack keeps its label at every mention when one mention says place', () => {
  it('"in Haren" is evidence for "bij Haren" (haren is also an ordinary word)', () => {
    const spans = found(REPORT + 'Vader woont in Haren. Op de markt bij Haren spreekt hij vaak mensen.');
    expect(spans.filter((s) => s.startsWith('Haren'))).toHaveLength(2);
  });
});
