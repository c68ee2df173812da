// Issue 14 round 9 (session 12): classes of report prose that a new development set (reports-tuned12, written by
// a helper who did not read the rules) showed to be weak. Sentences written for these tests, not taken from it.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe("a surname's particles alone are no name", () => {
  it.each(['1. **Luister Van Het Begin Af.** Elke sessie start met een ronde.', '2. **Grip Van Het Gezin.** We kennen de buurt.'])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('before a word with a label of its own they stay, so the whole surname is covered ("Van Velsen")', () => {
    const text = 'Gesprek met Jan ter Horst en Van Velsen.';
    const covered = detector.detect(text).some((s) => s.start <= text.indexOf('Van Velsen') && s.end > text.indexOf('Van Velsen'));
    expect(covered).toBe(true);
  });
});

describe('an article inside a run of title case opens no facility when ordinary words follow it', () => {
  it.each([
    '| 4 | Offerte opvragen | KB | Voor De Volgende Bespreking | Open |',
    'Wij letten vooral op de fase Zorgen Dat Het Thuis Veilig Blijft.',
    '| 5 | Evaluatie plannen | RG | Na De Zomer | Open |',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':INSTELLING') || f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('one word after the article keeps the facility ("Leer Van De Regenboog")', () => {
    // (in a bold run-in heading only a mention elsewhere in the text finds it: see the run-in headings below)
    expect(found('3. Leer Van De Regenboog. De school doet mee.')).toContain('De Regenboog:INSTELLING');
    expect(found('Het team koos Voor De Regenboog als partner.')).toContain('De Regenboog:INSTELLING');
  });

  it('mid-sentence after a lower-case word the article still opens a facility ("bij De Kameleon")', () => {
    expect(found('De jongen zit sinds maart bij De Kameleon in de klas.')).toContain('De Kameleon:INSTELLING');
  });
});

describe('the categories in the cells of a table are no names', () => {
  const report = [
    '## Tabel 1. Meldingen Per Wijk',
    '',
    '| Wijk | Jeugdigen | Meldingen |',
    '|---|---|---|',
    '| Assendorp | 2.140 | 88 |',
    '| **Totaal Zwolle** | **21.300** | **912** |',
    '',
    '## Tabel 2. Maatregelen',
    '',
    '| Maatregel | Aantal | Landelijk |',
    '|---|---|---|',
    '| Ondertoezichtstelling | 212 | 7,5 |',
    '| Totaal Trajecten | 260 | 9,6 |',
    '',
    '## Tabel 3. Taken',
    '',
    '| Taak | Trekker | Uitvoerder |',
    '|---|---|---|',
    '| Voorlichting Naar Ketenpartners | D. (Daan) van der Spek | JdB |',
    '| Bestuur | Mr. K. Baas | Oud-Rechter Familiezaken |',
  ].join('\n');

  it('a cell of ordinary words with a plural, a compound or a small word between them', () => {
    const labels = found(report);
    expect(labels.filter((f) => /Ketenpartners|Familiezaken|Totaal|Trajecten/.test(f))).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(['Assendorp:LOCATIE', 'Zwolle:LOCATIE', 'D. (Daan) van der Spek:PERSOON', 'K. Baas:PERSOON']));
  });

  it('single cells: "| Totaal Indicaties |", "| Terugkoppeling Naar Ketenpartners |"', () => {
    expect(found('| Totaal Indicaties | 373 |')).toEqual([]);
    expect(found('| Terugkoppeling Naar Ketenpartners | DS |').filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('a cell of names stays names', () => {
    const labels = found('| Naam | Rol |\n|---|---|\n| Floor Vink | voorzitter |\n| Mees Koster | notulist |');
    expect(labels).toEqual(expect.arrayContaining(['Floor Vink:PERSOON', 'Mees Koster:PERSOON']));
  });
});

describe('the name of a room is no name', () => {
  it.each(['**Workshop 2. Samen Beslissen** · Zaal Eik', 'De bespreking is in het gemeentehuis, kamer Waterhoen.', 'Locatie: vergaderruimte Kastanje'])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('a surname Zaal after a first name, and a room word before a verb, stay a person', () => {
    expect(found('Wethouder Koen Zaal opende de avond.')).toContain('Koen Zaal:PERSOON');
  });
});

describe('an English sentence that opens with a word that is also a first name', () => {
  it.each(['Can a safety plan be written together with the child?', 'An overview of the evidence for family group conferencing.', 'Will the network be part of the plan?'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a first name that opens a Dutch sentence stays a name', () => {
    expect(found('Can heeft gisteren met zijn moeder gebeld.')).toContain('Can:PERSOON');
  });
});

describe('a verb before a subject pronoun in a question heading, and a capitalised pronoun, are no names', () => {
  it.each(['**Wat Verwachten Wij?**\n- Een hbo-diploma', 'Wat Krijgt U? Een goed salaris.', '## Hoe Werken Jullie Samen?'])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });
});

describe('a dot in the middle of a line (·, ›) ends the part before it', () => {
  it.each(['Intranet · Nieuws › Groen licht voor de nieuwe locatie', 'Geplaatst op 17.03.2025 · Vragen over deze pagina? Mail de redactie.'])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });
});

describe('rivers, lakes and seas are no places of residence', () => {
  it.each(['Het kantoor ligt aan de IJssel.', 'Een zeilkamp op het Veluwemeer en een dag aan de Waddenzee.'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a grade before a function is part of the function', () => {
  it.each([
    ['Marloes de Haan, Senior Jeugdconsulent bij het wijkteam, sprak als eerste.', ['Marloes de Haan:PERSOON']],
    ['De Junior Gedragswetenschapper Ilse Kok schreef het advies.', ['Ilse Kok:PERSOON']],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });
});

describe('a word of a name list after a capitalised adjective is the noun it qualifies', () => {
  it.each(['Binnen het Gedwongen Kader blijft de regie bij de gezinsvoogd.', 'Het Regionaal Kader noemt drie doelen.', 'Volgens het Ambtelijk Kader is dat toegestaan.'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a name after a noun of a participle\'s shape ("Gewicht Ama") stays a name', () => {
    expect(found('Gewicht Ama is goed, zegt wijkverpleegkundige Anita. Verder gaat Ama naar de opvang.')).toContain('Ama:PERSOON');
  });
});

describe('the people a salutation addresses are names, also where they are words', () => {
  it.each([
    ['Beste Roos,\n\nDank voor je bericht over de planning.', ['Roos:PERSOON']],
    ['Hoi Storm,\n\nKun je me morgen bellen?', ['Storm:PERSOON']],
    ['Lieve Bas en Mees,\n\nWat fijn dat jullie kwamen.', ['Bas:PERSOON', 'Mees:PERSOON']],
    ['Goedemorgen Winter,\n\nHierbij het verslag.', ['Winter:PERSOON']],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it('a salutation to a group or a role names no one', () => {
    expect(found("Beste Collega's,\n\nHierbij de agenda.")).toEqual([]);
    expect(found('Hallo Team,\n\nHierbij de agenda.')).toEqual([]);
  });
});

describe('a capitalised finite verb that opens a verdict or a question is no name', () => {
  it.each(['Beoordeling: **Voldoet Deels**', '| 3 | Dossiervorming | Voldoet Niet |', '**Groeit Niet** Het aantal bleef gelijk.'])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('a first name of a verb\'s shape before a surname stays a name ("Bart Zaal")', () => {
    expect(found('- Bart Zaal is onze nieuwe gedragswetenschapper.')).toContain('Bart Zaal:PERSOON');
  });
});

describe('titles in title case listed with commas, and titles with a pronoun or "Een" inside', () => {
  it.each([
    'De modules: Samen Plannen, Het Gezin Een Stem Geven, Veilig Thuis.',
    '- Column: De Baas Van Je Eigen Leven',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('more nouns after capitalised adjectives and rooms', () => {
  it('"Studiemiddag Gedwongen Kader En Rechtspositie"', () => {
    expect(found('| 6 maart | Studiemiddag Gedwongen Kader En Rechtspositie | online |').filter((f) => f.endsWith(':PERSOON'))).toEqual([]);
  });

  it('a room named with an article is no facility ("zaal De Schuur")', () => {
    expect(found('Locatie: het dorpshuis (zaal De Zolder)').filter((f) => f.endsWith(':INSTELLING'))).toEqual([]);
  });
});

describe('an English agent noun in the plural is English ("Young Carers")', () => {
  const report = '## Inleiding\n\nTekst.\n\n## Aanpak\n\nTekst.\n\n## Resultaten\n\nVoor Young Carers start een groep. De groep Young Carers groeit.\n\nAnna Peters en Kees Wouters vertelden erover.';
  it('the term is no name, surnames ending in -ers stay names', () => {
    expect(found(report)).toEqual(['Anna Peters:PERSOON', 'Kees Wouters:PERSOON']);
  });
});

describe('a run-in heading in bold ("2. **Eerst Luisteren, Dan Kiezen.** Informeer …") says nothing by its capitals', () => {
  const text = [
    '## Adviezen',
    '',
    'Op De Kompasroos wonen acht jongeren.',
    '',
    '2. **Eerst Luisteren, Dan Kiezen.** Informeer jongeren en ouders.',
    '**Wat Goed Loopt.** Niet alles is kommer en kwel.',
    '3. **Maak Ruimte Vrij:** neem de overlegtijd op in de contracten.',
    '5. **Haal De Kompasroos Dichterbij.** Nodig de begeleiders uit.',
    '6. **Mevrouw Jansen.** Zij vertelde over haar zoon Daan Bakker.',
  ].join('\n');

  it('its ordinary words are no names, a facility named in it is the facility alone, names in it stay', () => {
    expect(found(text)).toEqual(['De Kompasroos:INSTELLING', 'De Kompasroos:INSTELLING', 'Jansen:PERSOON', 'Daan Bakker:PERSOON']);
  });
});
