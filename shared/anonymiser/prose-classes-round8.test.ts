// Issue 14 round 8 (session 11): classes of report prose that a new development set (reports-tuned10, written by
// a helper who did not read the rules) showed to be weak. Sentences written for these tests, not taken from it.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe('a part of a line in English-style title case (capitalised "En", "Over", "Met" between capitals) says nothing', () => {
  it.each([
    'Paragraaf 2 – Samen Leven In De Buurt: Wonen, Werk En Welzijn Per Wijk',
    'B. Communicatie Over De Overplaatsing – De gezinsvoogd informeerde moeder te laat.',
    'Bespreek in tweetallen de rollen in het Netwerkplan: Wie Belt Wie, Wanneer En Waarom?',
    'Thuis Sterk, Sterk In De Straat – Ouders Als Maatje Voor Gezinnen',
    'Aanvraag Tot Wijziging Van De Gezagsvoorziening (Artikel 1:253a BW)',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('names in such a part stay names', () => {
    const labels = found('Workshop 3 – Werken Met Het Netwerk: Door Mirjam Bos En Peter Smit');
    expect(labels).toContain('Mirjam Bos:PERSOON');
    expect(labels).toContain('Peter Smit:PERSOON');
    expect(found('Team Noord Stelt Zich Voor: Ilse, Mark En Fenna')).toEqual(expect.arrayContaining(['Ilse:PERSOON', 'Mark:PERSOON', 'Fenna:PERSOON']));
  });

  it('a part that starts in lower case is running text ("kantoor Stichting Op Eigen Benen, Apeldoorn")', () => {
    expect(found('Plaats van het gesprek: 12 mei 2025, kantoor Stichting Op Eigen Benen, Apeldoorn')).toContain('Apeldoorn:LOCATIE');
  });
});

describe('headings keep a surname after a first name of the lists', () => {
  it('"## Gesprek met Jan Bakker"', () => {
    expect(found('## Gesprek met Jan Bakker en Fatima Yilmaz\n\nTekst.')).toEqual(['Jan Bakker:PERSOON', 'Fatima Yilmaz:PERSOON']);
  });
});

describe('a word of the dictionary that only ends like a street is no address', () => {
  it('"Antwoord 1", "Akkoord 2" on a line of their own', () => {
    expect(found('Vraag 1\nHoeveel jongeren wachten?\n\nAntwoord 1\nOp de peildatum wachtten er 412.\n\nAkkoord 2\nDe raad stemt in.')).toEqual([]);
  });
  it('a street with such an ending that is no dictionary word stays an address', () => {
    expect(found('Zij woont aan de Molenakker 12 in Zwolle.')).toEqual(['Molenakker 12:LOCATIE', 'Zwolle:LOCATIE']);
  });
});

describe('a row that sums is no municipality', () => {
  it('"Gemeente Totaal" and "Totaal" in a table', () => {
    const table = '| Wijk / Kern | Aantal |\n|---|---|\n| Noorderhaven | 41 |\n| **Gemeente Totaal** | **9.097** |\n| **Totaal** | **230** |';
    expect(found(table).filter((l) => l.startsWith('Totaal'))).toEqual([]);
    expect(found('In de gemeente Zandmeer wonen 4000 jongeren.')).toEqual(['Zandmeer:LOCATIE']);
  });
});

describe('a reference written as a list item', () => {
  it('keeps its authors and editors and drops the publisher', () => {
    const text = 'Literatuur\n\n- Hoek, E., & Kramer, J. (2020). Gezinnen en hun netwerk: Een verkenning. In P. van Dam (Red.), Jeugdzorg vandaag (pp. 12–30). Amsterdam: Boom Lemma Uitgevers.\n1. Verbeek, L. (2018). Samen sterk. Utrecht: Uitgeverij Koninklijke Van Gorcum.';
    const labels = found(text);
    expect(labels).toEqual(expect.arrayContaining(['Hoek, E.:PERSOON', 'Kramer, J.:PERSOON', 'P. van Dam:PERSOON', 'Verbeek, L.:PERSOON']));
    expect(labels.filter((l) => /Lemma|Gorcum|Boom/.test(l))).toEqual([]);
  });
});

describe('an adverb that opens a sentence before the finite verb and its subject is no name', () => {
  it('"Dan wordt het vrijdag", while "Dan belde gisteren" names Dan', () => {
    expect(found('Prima. Dan wordt het dinsdag de vijfde.')).toEqual([]);
    expect(found('Dan belde gisteren over school.')).toEqual(['Dan:PERSOON']);
  });
});

describe('a capitalised article before a lower-case noun after a list letter', () => {
  it('"Ad B. De commissie" is no name; "mevrouw De Wit" is', () => {
    expect(found('Ad B. De commissie acht dit onderdeel ongegrond.')).toEqual([]);
    expect(found('Het gesprek was met mevrouw De Wit.')).toEqual(['De Wit:PERSOON']);
  });
});

describe('two capitalised words of the dictionary, one a verb form or an adjective by its shape', () => {
  it.each(['Opdracht 2 – Taken Verdelen (15 minuten)', 'Evaluatie: Grotendeels Behaald.', '- Uitval Verminderen: minder jongeren stoppen voortijdig.'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('two nouns stay for the rules ("Kees Groen" is a name as often)', () => {
    expect(found('Het verslag is van Kees Groen.')).toEqual(['Kees Groen:PERSOON']);
  });
});

describe('a work form, worksheet or medium before a capitalised word names that thing', () => {
  it('"het werkblad Genogram", "de werkvorm Vissenkom", "het tijdschrift Kind en Adolescent"', () => {
    expect(found('Gebruik het werkblad Genogram en de werkvorm Vissenkom; lees ook het tijdschrift Jeugdwereld.')).toEqual([]);
  });
  it('"app Jorien" is a person messaged, not a medium', () => {
    expect(found('Vragen? Mail of app Jorien via 06-34 56 78 90.')).toContain('Jorien:PERSOON');
  });
});

describe('a word no list knows after the indefinite article is a thing', () => {
  it('"een Ecogram", while "een Yilmaz" (a surname of the lists) stays for the rules', () => {
    expect(found('Maak met het gezin een Tijdlijn en een Ecogram.')).toEqual([]);
    expect(found('Zij sprak met een Yilmaz uit de straat.')).toEqual(['Yilmaz:PERSOON']);
  });
});

describe('cafés, eateries and venues before a name', () => {
  it('"café \'t Pleintje", "snackbar De Hoek", "sporthal De Vaart" are institutions', () => {
    expect(found("Vader zat die avond in café 't Pleintje; de jongens hingen rond bij snackbar De Hoek en sporthal De Vaart.")).toEqual([
      "'t Pleintje:INSTELLING",
      'De Hoek:INSTELLING',
      'De Vaart:INSTELLING',
    ]);
  });
});

describe('a diminutive of a listed word is an ordinary word', () => {
  it('"Buurtgenoten Als Maatje", "het Praatje"', () => {
    expect(found('Buurtgenoten Als Maatje Voor Gezinnen In De Wijk\n\nDaarna volgde het Praatje van de wethouder.')).toEqual([]);
  });
});

describe('names after a noun for a kind of place are places', () => {
  it('"de kernen Wijnhorst en Ter Aalde", "de wijken Noordhoek en Kievitsbuurt"', () => {
    expect(found('In de kernen Wijnhorst en Ter Aalde is het gebruik laag; uit de wijken Noordhoek en Kievitsbuurt komen de meeste meldingen.')).toEqual([
      'Wijnhorst:LOCATIE',
      'Ter Aalde:LOCATIE',
      'Noordhoek:LOCATIE',
      'Kievitsbuurt:LOCATIE',
    ]);
  });
  it('a title or a first name is no place there ("de wijk van wethouder De Boer")', () => {
    expect(found('De wijk van wethouder De Boer kreeg extra geld.')).toEqual(['De Boer:PERSOON']);
  });
});

describe('a street of any shape after "aan de" or "op het" with a house number', () => {
  it('"aan de Hoefijzer 14", "op het Hoge Erf 3"', () => {
    expect(found('Zij woont aan de Hoefijzer 14 in Deventer; haar zus op het Lange Erf 3.')).toEqual(['Hoefijzer 14:LOCATIE', 'Deventer:LOCATIE', 'Lange Erf 3:LOCATIE']);
  });
  it('a number that does not end the phrase is no house number ("aan de Raad 2 brieven")', () => {
    expect(found('We stuurden aan de Raad 2 brieven over de casus.')).toEqual([]);
  });
});

describe('a mental-health provider named after the sector\'s acronym', () => {
  it('"GGZ Zonnedauw", "Jeugd-GGZ De Linde"; not "GGZ Nederland", "GGZ Jeugd" or a region', () => {
    // (since issue 14 round 10 the acronym is part of the span, as the development sets annotate "GGZ De Vaart")
    expect(found('Wachttijden bij GGZ Zonnedauw lopen op; GGZ Nederland en GGZ Drenthe zien dat ook. Verwijzing naar Jeugd-GGZ De Linde; het team GGZ Jeugd werkt mee.')).toEqual([
      'GGZ Zonnedauw:INSTELLING',
      'Jeugd-GGZ De Linde:INSTELLING',
    ]);
  });
});

describe('a title quoted inside running text (a run of capitals with a capitalised marker inside)', () => {
  it.each([
    'Ouders noemden vooral Uitleg Over Wat Er Gebeurt Na Een Melding als verbeterpunt.',
    'Alle teams volgen de scholing Privacy In De Praktijk in het najaar.',
    'De begeleider zei: Smeden Als Het Ijzer Koud Is, zo doen we dat hier.',
    'Het verbeterpunt Bereikbaarheid Na Kantoortijd werd 41 keer genoemd.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('names in such a run stay names', () => {
    expect(found('Het interview Koffie Met Hanneke Visser verscheen in mei.')).toContain('Hanneke Visser:PERSOON');
  });
});

describe('more title-case parts of lines', () => {
  it('a capitalised particle before blocked title words, a marker after a comma, a verb after a kin word', () => {
    expect(found('**Toezicht En Begeleiding In Het Kader Van Bijzondere Voorwaarden**\n\nTekst.')).toEqual([]);
    expect(found('1. Is De Grens Concreet, Niet Onderhandelbaar, En Weet Het Gezin Dat?')).toEqual([]);
    expect(found('Het doel was te algemeen ("Moeder Zorgt Voor Rust").')).toEqual([]);
  });
  it('possessive pronouns open titles: "Mijn Plan, Mijn Stem"', () => {
    expect(found('Kinderen doen mee aan de tekenwedstrijd Mijn Huis, Mijn Thuis en de training Mijn Plan, Mijn Stem.')).toEqual([]);
  });
});

describe('a season after a quantity or a demonstrative is a time', () => {
  it('"de hele Zomer", "Deze Winter"; "Oma Zomer" is a person', () => {
    expect(found('Hij zei dat hij de hele Zomer in de war was. Deze Winter gaat het beter. Oma Zomer komt ook.')).toEqual(['Zomer:PERSOON']);
  });
});

describe('numbers that only look like a day and a month', () => {
  it('the first cell of a table numbered by "Nr", and "Actie 24-12"; a date column and "op 24-12" stay dates', () => {
    const text = '| Nr | Actie | Wie | Wanneer |\n|---|---|---|---|\n| 25-01 | Advies versturen | KW | 14-2 |\n| 25-02 | Bezoek plannen | AB | 20-03-2025 |\n\nActie 24-12 is afgerond. Gesprek op 24-12 met moeder.\n\n| Datum | Wat |\n|---|---|\n| 12-03 | Gesprek |';
    expect(found(text).filter((l) => l.endsWith(':DATUM'))).toEqual(['14-2:DATUM', '20-03-2025:DATUM', '24-12:DATUM', '12-03:DATUM']);
  });
  it('"op 13 nov. in Ede" keeps the abbreviation dot; at the end of a sentence it is left out', () => {
    expect(found('Training op 13 nov. in Ede. De vorige was op 8 okt.')).toEqual(['13 nov.:DATUM', 'Ede:LOCATIE', '8 okt:DATUM']);
  });
});

describe('newspapers, broadcasters and laws are no identifiers', () => {
  it('"een artikel in De Gelderlander", "Omroep Brabant", "de Wkkgz"', () => {
    expect(found('Na een artikel in De Gelderlander en een item van Omroep Brabant is de klachtenregeling aangepast aan de Wkkgz en de Awb.')).toEqual([]);
  });
  it('"AD" stays initials where a name defines them', () => {
    expect(found('Aanwezig: Anne Dekker (AD), Kees Vos (KV). AD opent de vergadering.')).toContain('AD:PERSOON');
  });
});

describe('a team named by its portfolio is no facility', () => {
  it('"Wijkteam Jeugd en Gezin Beilen", "Buurtteam Zorg"; "Wijkteam De Brug" and "Buurtteam Oost" (as the corpus annotates) are', () => {
    expect(found('De klacht over het Wijkteam Jeugd en Gezin Beilen is ontvangen; ook Buurtteam Zorg en Buurtteam Oost reageerden, net als Wijkteam De Brug.')).toEqual([
      'Beilen:LOCATIE',
      'Buurtteam Oost:INSTELLING',
      'Wijkteam De Brug:INSTELLING',
    ]);
  });
});

describe('a venue or local business written with a capital before its name', () => {
  it('"Buurthuis De Kandelaar", "Drukkerij De Roos", "Huiskamer De Lindeboom"', () => {
    expect(found('We vergaderden in Buurthuis De Vlinder, drukten bij Drukkerij De Eik en praatten na in Huiskamer De Notenboom.')).toEqual([
      'Buurthuis De Vlinder:INSTELLING',
      'Drukkerij De Eik:INSTELLING',
      'Huiskamer De Notenboom:INSTELLING',
    ]);
  });
});
