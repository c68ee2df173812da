// Issue 14 round 10 (session 13): classes of report prose that new development sets (reports-tuned14 and
// reports-tuned15, written by helpers who did not read the rules) and the older tuned sets showed to be weak.
// Sentences written for these tests, not taken from those sets.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

function persons(text: string): string[] {
  return found(text).filter((f) => f.endsWith(':PERSOON'));
}

describe('"de" before a compound of ordinary words is an article, not a particle', () => {
  it.each([
    ['Oefening 3.1 – De Netwerkcirkel (25 minuten). Daarna tekent A de Netwerkcirkel opnieuw.'],
    ['Stap 2 – De Gezinskaart (10 minuten)\nDe deelnemers bespreken de Gezinskaart met de trainer.'],
    ['Oefening 4 – De Wijkteamavond (20 minuten). De Wijkteamavond begint om acht uur.'],
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('surnames after "de" stay names, also with a surname tail ("de Bloemendaal") or a list name', () => {
    expect(found('Gesprek met Jan de Vries en Karin de Bloemendaal over de planning.')).toEqual(['Jan de Vries:PERSOON', 'Karin de Bloemendaal:PERSOON']);
  });
});

describe('a compound whose last word holds a surname tail is a plain compound ("Privacyparagraaf" ends in "paragraaf", not "graaf")', () => {
  it('is no name after an article', () => {
    expect(persons('Alle partijen tekenden de Werkafspraken; de Privacyparagraaf is door iedereen ondertekend.')).toEqual([]);
  });

  it('a compound surname keeps its tail ("de Bloemendaal")', () => {
    expect(persons('Het gesprek met Karin de Bloemendaal duurde lang.')).toEqual(['Karin de Bloemendaal:PERSOON']);
  });
});

describe('parts that every municipality has are no places or names', () => {
  const table = '| Wijk | Jeugdigen | Aandeel |\n|---|---|---|\n| Colmschate | 2.100 | 18% |\n| Buitengebied | 944 | 17% |\n| Stad Noord | 1.520 | 21% |\n| Dorpen (Bathmen, Lettele) | 610 | 15% |\n\nHet Buitengebied en Stad Noord vallen op.';

  it('in a place column the generic part is none, the places beside it are', () => {
    const f = found(table);
    expect(f).toContain('Colmschate:LOCATIE');
    expect(f).toContain('Bathmen:LOCATIE');
    expect(f).toContain('Lettele:LOCATIE');
    expect(f.filter((x) => /^(Buitengebied|Stad|Noord|Stad Noord|Dorpen)[:]/.test(x))).toEqual([]);
  });

  it.each(['De cijfers van Stad Noord en Stad Zuid liggen dicht bij elkaar.', 'Het team van Regio Oost neemt de casus over.'])('an ordinary word before a point of the compass: %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('a place of the lists before a compass word stays a place ("Amsterdam Noord")', () => {
    expect(found('Het gezin verhuisde naar Amsterdam Noord.').some((x) => x.startsWith('Amsterdam') && x.endsWith(':LOCATIE'))).toBe(true);
  });
});

describe('a name written surname first as an item of a list or table is one name', () => {
  it.each([
    ['- Hart, Annie – grootmoeder moederszijde', 'Hart, Annie'],
    ['**Vader:** Kuipers, Ruben, geboren 14-01-1986', 'Kuipers, Ruben'],
    ['| Jeugdreclasseerder | Kok, Anouk |', 'Kok, Anouk'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(`${name}:PERSOON`);
  });

  it('surnames in a row, initials and a first name that is also a surname stay apart', () => {
    expect(persons('Aanwezig: Bakker, Jansen en Smit.')).toEqual(['Bakker:PERSOON', 'Jansen:PERSOON', 'Smit:PERSOON']);
    expect(persons('| Evaluatie | 2025-09-01 | HW, YK |').some((f) => f.startsWith('HW, '))).toBe(false);
  });
});

describe('a first name abbreviated to two or three letters is an initial ("Th.", "Chr.")', () => {
  it.each([
    ['dhr. Th. Kuipers, raadsonderzoeker', 'Th. Kuipers'],
    ['| Raadsonderzoeker | dhr. Th. (Thomas) Kuipers |', 'Th. (Thomas) Kuipers'],
    ['Gesprek met Chr. de Boer over de planning.', 'Chr. de Boer'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(`${name}:PERSOON`);
  });
});

describe("a provider's own name before its sector word is an institution", () => {
  it('"Lindehof Jeugdhulp", "Zonnehoeve Jeugdzorg"', () => {
    const f = found('Het overleg was met Lindehof Jeugdhulp en Zonnehoeve Jeugdzorg. Lindehof Jeugdhulp belt terug.');
    expect(f).toEqual(['Lindehof Jeugdhulp:INSTELLING', 'Zonnehoeve Jeugdzorg:INSTELLING', 'Lindehof Jeugdhulp:INSTELLING']);
  });

  it.each(['## Ambulante Jeugdhulp En Specialistische Jeugdzorg', 'Tijdens de Inspraakavond Jeugdhulp kwamen veel ouders.', 'Passende Jeugdhulp is het doel.'])('a kind of care or an occasion is none: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('initials written with dots are the same person without them', () => {
  it('"(M.V.)" makes "MV" in a timeline table that person', () => {
    const text = 'De jeugdbeschermer (M.V.) en haar teamleider (R.K.) waren betrokken.\n\n| Datum | Gebeurtenis | Wie |\n|---|---|---|\n| 12-06-2024 | Eerste huisbezoek | MV |\n| 21-11-2024 | Casusoverleg | MV, RK |';
    expect(persons(text)).toEqual(['M.V.:PERSOON', 'R.K.:PERSOON', 'MV:PERSOON', 'MV:PERSOON', 'RK:PERSOON']);
  });
});

describe('addresses: a house number with a spaced lower-case letter, and a street named after an abbreviated title', () => {
  it.each([
    ['Hij woont op Kastanjelaan 3 b in Emmen.', 'Kastanjelaan 3 b'],
    ['Bezoekadres: Burg. Norbruislaan 40 bis, 3555 EN Utrecht', 'Burg. Norbruislaan 40 bis'],
    ['Adres: Gen. Foulkesweg 12, 6703 BM Wageningen', 'Gen. Foulkesweg 12'],
  ])('%s', (text, street) => {
    expect(found(text)).toContain(`${street}:LOCATIE`);
  });

  it('"c.q." after a house number is no addition', () => {
    expect(found('Zij woont op Kerkstraat 4 c.q. bij oma.')).toContain('Kerkstraat 4:LOCATIE');
  });
});

describe('a number in the cell beside its keyword is the identifier', () => {
  it('"| Parketnummer | 15/742318-24 |"', () => {
    expect(found('| Parketnummer | 15/742318-24 |')).toEqual(['15/742318-24:ID']);
  });

  it('years in a table with a keyword-like header are none', () => {
    expect(found('| Meldingen | 2023 | 2024 |\n|---|---|---|\n| Totaal | 120 | 131 |')).toEqual([]);
  });
});

describe('statistics, status cells and rooms', () => {
  it.each(['*Bron: CBS Statline, eigen registratie.*', '*Bron: CBS Beleidsinformatie Jeugd, eigen registratie wijkteams.*'])('the statistics office is no school: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a Christian school stays a school ("CBS De Wegwijzer")', () => {
    expect(found('Ze zit op CBS De Wegwijzer in Ede.')).toContain('CBS De Wegwijzer:INSTELLING');
  });

  it('a status cell with adverbs ("| Nog Niet Gepland |") is no name', () => {
    expect(persons('| Actie | Status |\n|---|---|\n| Huisbezoek | Nog Niet Gepland |\n| Evaluatie | Niet Van Toepassing |')).toEqual([]);
  });

  it('a compound room word with a bracket after it is a room ("Vergaderzaal De Wieke (tweede verdieping)")', () => {
    expect(persons('Plaats: Stadhuis, Vergaderzaal De Wieke (tweede verdieping)')).toEqual([]);
    expect(persons('Aanwezig: Zaal Linde (wethouder), Piet Bos.')).toContain('Zaal Linde:PERSOON');
  });
});

describe("an organisation's acronym in brackets after an ordinary capitalised word is no action owner", () => {
  it.each(['- Wij zijn opnieuw Erkend Leerbedrijf (SBB).', '- Vertrouwenspersoon (AKJ) standaard noemen in het eerste gesprek'])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('initials after an action or a name stay a person', () => {
    expect(persons('- Offerte opvragen (KB)')).toEqual(['KB:PERSOON']);
    expect(persons('- Gesprek met Karin (KB, vóór 1 maart)')).toContain('KB:PERSOON');
  });
});

describe('a capitalised type word in title case opens no institution', () => {
  it.each([
    '## 3. School En Dagbesteding\n\nHij volgt sinds september de opleiding.',
    '| Jeugdigen Verblijf Buiten Huis (aantal) | 412 |\n| Verblijf En Pleegzorg | 6.430 |',
    '- "Wie Is Eigenlijk De Regisseur? Wijkteam Of Wij?"',
    '| Het Wijkteam Werkt Goed Samen Met School | 52% |',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a facility after its type word stays ("Logeerhuis De Boei", "Kinderopvang Het Speelkwartier")', () => {
    expect(found('Hij logeert bij Logeerhuis De Boei en gaat naar Kinderopvang Het Speelkwartier.')).toEqual(['Logeerhuis De Boei:INSTELLING', 'Kinderopvang Het Speelkwartier:INSTELLING']);
  });
});

describe('registers, initials defined after a role, surnames of more than one word written first', () => {
  it('a compound of "nummer" names a register ("| Raadsnummer | 2024.19206 |"), not a house or a phone', () => {
    expect(found('| Raadsnummer | 2024.19206 |')).toEqual(['2024.19206:ID']);
    expect(found('Huisnummer: 124, kamernummer 12').filter((f) => f.endsWith(':ID'))).toEqual([]);
  });

  it('"Ans Sterk-Mulder (pleegouder, AS)" makes "AS" that person', () => {
    expect(persons('- Ans Sterk-Mulder (pleegouder, AS)\n- Yusuf Demir (jongere)\n\nAS vraagt wat er gebeurt.')).toEqual(['Ans Sterk-Mulder:PERSOON', 'AS:PERSOON', 'Yusuf Demir:PERSOON', 'AS:PERSOON']);
  });

  it.each([
    ['- Lammers-van Dijk, Gerda – POH-Jeugd', 'Lammers-van Dijk, Gerda'],
    ['- El Khatib, Samira – coördinator', 'El Khatib, Samira'],
    ['- Bakker, Storm – jongerenwerker', 'Bakker, Storm'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(`${name}:PERSOON`);
  });

  it('a first name that is a surname too in a cell of its own stays apart ("| Schouten, Aydın |")', () => {
    expect(persons('| Evaluatie | 2025-09-01 | Schouten, Aydın |').some((f) => f.includes(','))).toBe(false);
  });
});

describe("a body's capitalised compound before the article and 'van het' inside the name belong to the institution", () => {
  it.each([
    ['Het gezin huurt van Woonstichting Het Zuiderhuis.', 'Woonstichting Het Zuiderhuis'],
    ['Omgang vindt plaats in Omgangshuis De Overstap.', 'Omgangshuis De Overstap'],
    ['Matching door Pleegzorgbureau De Schakel.', 'Pleegzorgbureau De Schakel'],
    ['Ze sparen via Stichting Vrienden van het Tolhuis.', 'Stichting Vrienden van het Tolhuis'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(`${name}:INSTELLING`);
  });

  it('a school keeps its type word outside, as the guidelines annotate ("basisschool De Regenboog")', () => {
    expect(found('Hij zit op basisschool De Regenboog.')).toContain('De Regenboog:INSTELLING');
  });
});

describe('a capitalised role word alone names no one', () => {
  it.each([
    'Te gast: Hans van der Linden, Bestuurder, en Petra Brouwer, Manager Zorg.',
    'Elke jongere krijgt een vrijwillige Buddy. De Buddy is geen Hulpverlener.',
    'De raad vraagt de Bestuurder een Vervoerspas te regelen.',
  ])('%s', (text) => {
    expect(persons(text).filter((f) => /Bestuurder|Buddy/.test(f))).toEqual([]);
  });

  it('a name after a role word stays a name ("Buddy Ruud belde")', () => {
    expect(persons('Buddy Ruud belde gisteren.')).toEqual(['Ruud:PERSOON']);
  });
});

describe('abbreviations and scales are no people or dates', () => {
  it.each([
    '| Gemeente | Aandeel | Trend T.O.V. 2021 |',
    '| 24-13 | Vacature plaatsen | Z.S.M. | Open |',
    '| VOG | 20 VOG\'s per jaar | € 0 |\n\nDe VOG\'s zijn gratis.',
    '| Onderdeel | Gemiddeld (1–5) | Aantal |\n|---|---|---|\n| Totaalcijfer (1–10) | 7,9 | 29 |',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a date in brackets that is no scale stays a date; dotted initials stay a person', () => {
    expect(found('Gesprek op (12-5) gepland.')).toEqual(['12-5:DATUM']);
    expect(found('Daarna belde cliënt R.B. opnieuw.')).toEqual(['R.B.:PERSOON']);
  });
});

describe('a table column headed by a word for a person lists people', () => {
  const table = '| Naam | Relatie | Telefoon |\n|---|---|---|\n| Jasmijn | tante | 06-23456789 |\n| Storm | vriendin van moeder | – |\n| Totaal | 2 | |\n\nJasmijn helpt met de administratie.';

  it('its cells are names, also first names that are words, and their other mentions follow', () => {
    expect(persons(table)).toEqual(['Jasmijn:PERSOON', 'Storm:PERSOON', 'Jasmijn:PERSOON']);
  });

  it('another column with capitalised words stays as it is', () => {
    expect(persons('| Onderdeel | Status |\n|---|---|\n| Veiligheid | Loopt |')).toEqual([]);
  });
});

describe('streets: abbreviated particles and titles of the namesake, any name before a house number and a postcode', () => {
  it.each([
    ['geboren 2 januari 1986, v. Asch van Wijckstr. 22, 3811 LN Amersfoort', 'v. Asch van Wijckstr. 22'],
    ['Vader woont aan de Burg. de Beaufortweg 7 bis, 3833AG Leusden', 'Burg. de Beaufortweg 7 bis'],
    ['**Oud adres:** Kon. Julianastr. 18 A, 8302 BX Emmeloord', 'Kon. Julianastr. 18 A'],
    ['**Nieuw adres:** Botter 12-04, 8243 KH Lelystad', 'Botter 12-04'],
  ])('%s', (text, street) => {
    expect(found(text)).toContain(`${street}:LOCATIE`);
  });

  it('a PO box is no street, and a date before a postcode only after a name word is no date', () => {
    expect(found('Postbus 1200, 3500 AA Utrecht').filter((f) => f.startsWith('Postbus'))).toEqual([]);
    expect(found('Het gesprek was op 12-04, daarna niets.')).toEqual(['12-04:DATUM']);
  });

  it('"De Bestuurder" opens no facility', () => {
    expect(found('- KH: “Wij hoorden het te laat. Dat voelde niet oké.” De Bestuurder biedt excuses aan.').filter((f) => f.endsWith(':INSTELLING'))).toEqual([]);
  });
});

describe('ORCIDs, DOIs, capitalised sector words before a name, method compounds', () => {
  it('an ORCID and a DOI are identifiers, without the full stop after them', () => {
    expect(found('ORCID: 0000-0002-4817-3625. Zie https://doi.org/10.48712/tjb.2024.03.118.')).toEqual(['0000-0002-4817-3625:ID', '10.48712/tjb.2024.03.118:ID']);
  });

  it('a capitalised sector word or the sector acronym belongs to the name after it', () => {
    expect(found('Verwezen naar GGZ De Vaart en Jeugdzorg Het Baken, later Jeugdhulp De Kaap.')).toEqual(['GGZ De Vaart:INSTELLING', 'Jeugdzorg Het Baken:INSTELLING', 'Jeugdhulp De Kaap:INSTELLING']);
  });

  it('a compound that ends in "methode" is a method ("de Balintmethode")', () => {
    expect(persons('In september werkten we met de Balintmethode. De Balintmethode werd gewaardeerd.')).toEqual([]);
  });
});

describe('a question in title case on a line of its own is a heading', () => {
  it('its capitals say nothing', () => {
    const text = '## Vragen En Antwoorden\n\n**Voor Wie Is Het Logeerhuis Bedoeld?**\nVoor kinderen van 6 tot 14 jaar.\n\n**Wat Kost Het?**\nVoor ouders is logeren gratis.\n\n**Waarom Kiest U Voor Deze Wijk?**\nDe wijk ligt centraal.';
    expect(found(text)).toEqual([]);
  });

  it('a name of the lists in it stays a name', () => {
    expect(persons('**Wat Vindt Storm Ervan?**\nStorm lacht.')).toEqual(['Storm:PERSOON', 'Storm:PERSOON']);
  });
});

describe('national funders and certifiers, rooms called "Ruimte", a conjunction in a place column', () => {
  it.each(['De studie werd gefinancierd door ZonMw en getoetst door het Verwey-Jonker Instituut.', 'Het logeerhuis heeft het keurmerk van Kiwa.', 'De bijeenkomst is in Ruimte De Biesbosch.'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('"| Dorpen En Buitengebied |" holds no place, "| De Hoven |" does', () => {
    expect(found('| Wijk | Aantal |\n|---|---|\n| Dorpen En Buitengebied | 184 |\n| De Hoven | 12 |')).toEqual(['De Hoven:LOCATIE']);
  });
});

describe("a provider's name of several words after a capitalised article, before its sector word", () => {
  it('"bij De Zeven Linden Jeugdzorg", and its mention at a sentence start', () => {
    expect(found('Het logeerhuis van De Zeven Linden Jeugdzorg opent in maart. De Zeven Linden Jeugdzorg is blij.')).toEqual(['De Zeven Linden Jeugdzorg:INSTELLING', 'De Zeven Linden Jeugdzorg:INSTELLING']);
  });

  it('an adjective after the article names a kind of care ("van De Ambulante Jeugdzorg")', () => {
    expect(found('Hij krijgt hulp van De Ambulante Jeugdzorg. De Specialistische Jeugdhulp start.')).toEqual([]);
  });
});

describe('a market or square named after an abstract noun is an event or a service, no street, without a number', () => {
  const text = '# Programma Studiedag\n\n## Ochtend\n\n| Tijd | Onderdeel | Zaal |\n|---|---|---|\n| 12.15 | Lunch en Informatiemarkt | Foyer |\n\n## Middag\n\nNa de lunch is er een Participatieplein in de foyer.\n\n## Praktisch\n\nAdres: Stationsplein 12, 3511 ED Utrecht.';

  it('"Informatiemarkt", "Participatieplein" are none; a square with a house number is a street', () => {
    expect(found(text)).toEqual(['Stationsplein 12:LOCATIE', '3511 ED:POSTCODE', 'Utrecht:LOCATIE']);
  });
});

describe('an abbreviated unit of time is no name', () => {
  it('"Gem. Duur (Mnd)", "Mert (11 Mnd)"', () => {
    expect(found('| Aanbieder | Gem. Duur (Mnd) |\n|---|---|\n| Totaal | 14 |')).toEqual([]);
    expect(persons('Kinderen Deniz (5) En Mert (11 Mnd)')).toEqual(['Deniz:PERSOON', 'Mert:PERSOON']);
  });
});
