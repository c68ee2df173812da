// Issue 14 round 11 (session 14): classes of report prose that new development sets (reports-tuned18, written by a
// helper who did not read the rules) and the older tuned sets showed to be weak.
// Sentences written for these tests, not taken from those sets.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

function institutions(text: string): string[] {
  return found(text).filter((f) => f.endsWith(':INSTELLING'));
}

describe("a provider's name after its sector word is an institution", () => {
  it.each([
    ['In het overleg meldt de manager dat Jeugdhulp Eikenwaard per 1 maart een wachtlijst heeft.', 'Jeugdhulp Eikenwaard:INSTELLING'],
    ['| Aanbieder | Vorm |\n|---|---|\n| Jeugdzorg Bremstede | Ambulant |', 'Jeugdzorg Bremstede:INSTELLING'],
    ['Het gezin krijgt begeleiding van Pleegzorg Aldenhove in de regio.', 'Pleegzorg Aldenhove:INSTELLING'],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toEqual([expected]);
  });

  it('and before it, now also for foster care ("tot Het Veerhuis Pleegzorg")', () => {
    expect(institutions('In 2024 bestond de organisatie die nu Het Veerhuis Pleegzorg heet vijfentwintig jaar.')).toEqual(['Het Veerhuis Pleegzorg:INSTELLING']);
  });

  it.each([
    'De gemeente koopt Jeugdhulp Specialistisch in bij vier aanbieders.',
    'De campagne Pleegzorg Werkt-actie liep in maart.',
    'Het budget voor Jeugdhulp Amsterdam stijgt dit jaar.',
    'De wachttijd voor Jeugdzorg Regio Noord is lang.',
  ])('a kind of care, a campaign, a place or a region after the sector word is none: %s', (text) => {
    expect(institutions(text)).toEqual([]);
  });
});

describe('a foundation named by a coined compound is a facility, not a generic organisation', () => {
  it.each([
    ['Het toezicht betrof locatie De Wielewaal van Stichting Horstwaarde Jeugd in de gemeente.', 'Stichting Horstwaarde Jeugd:INSTELLING'],
    ['De kookavonden worden georganiseerd door Stichting Buurtkeuken Zuidrand.', 'Stichting Buurtkeuken Zuidrand:INSTELLING'],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toContain(expected);
  });

  it.each(['Het project wordt uitgevoerd door Stichting Begeleid Wonen Haaglanden.', 'De subsidie gaat naar Stichting Jeugdhulpverlening Drenthe.'])(
    'a foundation named by words of the dictionary and a region stays an organisation: %s',
    (text) => {
      expect(institutions(text)).toEqual([]);
    },
  );
});

describe('a firm named after its bureau is an institution, a department is none', () => {
  it.each([
    ['Uitgevoerd door: Onderzoeksbureau Kwadrant, in opdracht van de gemeente.', 'Onderzoeksbureau Kwadrant:INSTELLING'],
    ['De training wordt gegeven door Trainingsbureau Vos & Winter uit Hengelo.', 'Trainingsbureau Vos & Winter:INSTELLING'],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toEqual([expected]);
  });

  it.each([
    'Uitgevoerd door Bureau Beleidszaken in opdracht van de gemeente.',
    'Het rapport ging naar Bureau Kwaliteit en naar Bureau Sociaal Raadslieden.',
    'De melding kwam binnen bij Bureau Jeugdzorg en bij Bureau Halt.',
  ])('a department, a generic service or a national body is none: %s', (text) => {
    expect(institutions(text)).toEqual([]);
  });
});

describe('a congregation by its compound of "gemeente" before the article of its name', () => {
  it('"Evangeliegemeente De Rank", "Pinkstergemeente Het Anker"', () => {
    expect(institutions('Evangeliegemeente De Rank stelt de keuken beschikbaar; ook Pinkstergemeente Het Anker doet mee.')).toEqual([
      'Evangeliegemeente De Rank:INSTELLING',
      'Pinkstergemeente Het Anker:INSTELLING',
    ]);
  });

  it('a municipality before its place is none ("centrumgemeente Zwolle")', () => {
    expect(found('De centrumgemeente Zwolle betaalt de inkoop.')).toEqual(['Zwolle:LOCATIE']);
  });
});

function persons(text: string): string[] {
  return found(text).filter((f) => f.endsWith(':PERSOON'));
}

describe('ordinary words that are also names in some list', () => {
  it('after the indefinite article a word of the dictionary is a thing ("op een Kalender")', () => {
    expect(persons('Afgesproken is om de omgangsdata op een Kalender in de keuken te hangen.')).toEqual([]);
  });

  it('a name of the lists after "een" that is no word stays a name', () => {
    expect(persons('Er kwam een Fatima langs en daarna Noor Kalender zelf.')).toContain('Noor Kalender:PERSOON');
  });

  it('an inflected word beside a capitalised adjective is a title-case pair ("Overige Aanbieders")', () => {
    expect(persons('| Overige Aanbieders (87) | Diverse Vormen | 2.310 |')).toEqual([]);
  });

  it('a numeral after a kin word and a capitalised particle is no surname ("Kind Van Twee Gezinnen")', () => {
    expect(persons('| Do 13 nov. | Omgaan Met Loyaliteit: Kind Van Twee Gezinnen | Online |')).toEqual([]);
    expect(persons('Het gesprek met oma Van Dijk ging over de kinderen.')).toEqual(['Van Dijk:PERSOON']);
  });
});

describe('a compound that ends in a short noun ("map", "dag", "les") is a compound of words', () => {
  it.each([
    'De jongeren hebben een filmpje gemaakt voor de Welkomstmap van de groep.',
    'Zij gaf een workshop op de Landelijke Jeugdbeschermingsdag van dit jaar.',
    '| 11 december | Teamdag Ambulant | Hoeve De Zonnehof |',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('a surname that only ends like one stays a name ("Hendriksen", "Wassenaar")', () => {
    expect(persons('Het gesprek met Karin Hendriksen en Piet Doornenbal duurde lang.')).toEqual(['Karin Hendriksen:PERSOON', 'Piet Doornenbal:PERSOON']);
  });
});

describe("a district's tail inside a longer last word of the dictionary is none", () => {
  it('"uit het Preventieakkoord" is an agreement, "in het Waterkwartier" a district', () => {
    expect(found('Het geld komt uit het Preventieakkoord Jeugd. Het gezin woont in het Waterkwartier.')).toEqual(['Waterkwartier:LOCATIE']);
  });
});

describe('title-case pairs and adverbs', () => {
  it('a present participle beside a capitalised word of the dictionary is a title-case pair ("Passend Onderwijs")', () => {
    expect(persons('De derde lijn heet Passend Onderwijs En Zorg en loopt tot 2026.')).toEqual([]);
  });

  it('an adverb of stance ends a title-case question ("Wat Doet Een Jeugdbeschermer Eigenlijk?")', () => {
    expect(persons('**Wat Doet Een Jeugdbeschermer Eigenlijk?**\n\nZij legt het uit.')).toEqual([]);
  });

  it('a name beside a capitalised word stays ("Mila Hart")', () => {
    expect(persons('Het gesprek met Mila Hart ging over school.')).toEqual(['Mila Hart:PERSOON']);
  });
});

describe('double surnames and doctors by their initials', () => {
  it.each([
    ['| Voorzitter | dr. Ellen Roos-van Beek |', 'Ellen Roos-van Beek:PERSOON'],
    ['Getekend door dr. E. Roos-van Beek, voorzitter.', 'E. Roos-van Beek:PERSOON'],
    ['Mieke Vos-van der Linden kwam later.', 'Mieke Vos-van der Linden:PERSOON'],
  ])('a name that ends in a hyphen and a particle goes on after it: %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('"huisarts R. Storm" is the doctor, no practice', () => {
    expect(found('Ook spraken we met huisarts R. Storm over de verwijzing.')).toEqual(['R. Storm:PERSOON']);
  });

  it('"huisarts De Linde" stays a practice', () => {
    expect(institutions('Hij staat ingeschreven bij huisarts De Linde in de wijk.')).toEqual(['De Linde:INSTELLING']);
  });
});

describe('a surname of the lists after a capitalised particle is the surname, also where a place has its name', () => {
  it('"(De Vries, 2018)", "De Vries liet …"', () => {
    expect(found('De Vries liet een casus zien, zoals eerder beschreven (De Vries, 2018).')).toEqual(['De Vries:PERSOON', 'De Vries:PERSOON']);
  });

  it('a place phrase with an article stays a place ("in Den Haag", "naar Ter Apel")', () => {
    expect(found('Ze woont in Den Haag en verhuist later naar Ter Apel.')).toEqual(['Den Haag:LOCATIE', 'Ter Apel:LOCATIE']);
  });
});

describe('a surname and initials as a list item or a table cell is one name', () => {
  it.each([
    ['- Bakker, P. – huisarts, ziet het gezin sinds 2019', 'Bakker, P.:PERSOON'],
    ['| Vos, H. | gezinsvoogd |', 'Vos, H.:PERSOON'],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual([expected]);
  });

  it('a reference keeps its shape ("Bakker, T. (2016).")', () => {
    expect(persons('Bakker, T. (2016). Eigen kracht in gedwongen kader. Houten: Brugwerk.')).toEqual(['Bakker, T.:PERSOON']);
  });
});

describe('a street on its own line above the postcode', () => {
  it('"Brink 41\\n7411 BV Deventer"', () => {
    expect(found('Van Dijk Hartman Advocaten\nBrink 41\n7411 BV Deventer')).toContain('Brink 41:LOCATIE');
  });

  it('a number on a line of its own with no postcode after it stays as it is', () => {
    expect(found('Kinderen\n41 in totaal')).toEqual([]);
  });
});

describe('capitalised words that name a thing by their shape or their place', () => {
  it.each([
    'De publicatie verloopt via de berichtenmodule van TenderNed en via WhatsApp.',
    '| Ouderbegeleiding | Triple P Niveau 4 | wekelijks |',
    'De vergadering is om 19.30 uur in de Teamkamer (1e verdieping); de tweede keer Vergaderruimte 4.02.',
    'Namens de directie sprak de Directeur-Bestuurder over de begroting.',
    '| 19.45 | Bereikbaarheidsdienst gebeld | SA |',
    'De vier gemeenten van de Jeugdregio Vechtdal kopen samen in.',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('names stay: an inner capital after two or three letters ("McKenzie", "MacDonald")', () => {
    expect(persons('Het gesprek met Sean McKenzie en Fiona MacDonald ging goed.')).toEqual(['Sean McKenzie:PERSOON', 'Fiona MacDonald:PERSOON']);
  });
});

describe('weekdays, events, numbered parts and services', () => {
  it.each([
    ['### Vr 7 nov.\n\nKorte evaluatie van het half jaar.', ['7 nov:DATUM']],
    ['Het busje voor de Kerstmarkt staat klaar; de Rommelmarkt is in mei.', []],
    ['Elk perceel kent eigen eisen. Voor Perceel 4 Crisis En Spoedhulp geldt een andere termijn.', []],
    ['Perceel 4 omvat de regionale Crisisdienst Jeugd, in afstemming met de gemeente.', []],
    ['| 19.30 | Bert ter Veld (BtV, Bereikbaarheidsdienst) gebeld |', ['Bert ter Veld:PERSOON', 'BtV:PERSOON']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a street market with a house number stays a street', () => {
    expect(found('Zij woont op de Vismarkt 12 in het centrum.')).toEqual(['Vismarkt 12:LOCATIE']);
  });
});

describe('a place right after a listed first name is the surname', () => {
  it('"Femke Rozendaal", "Karin Westerveld"', () => {
    expect(persons('De onderzoeksgroep: Femke Rozendaal en Karin Westerveld.')).toEqual(['Femke Rozendaal:PERSOON', 'Karin Westerveld:PERSOON']);
  });

  it('a place after "uit" or in the next cell stays a place', () => {
    expect(found('Femke uit Rozendaal belde.')).toEqual(['Femke:PERSOON', 'Rozendaal:LOCATIE']);
    expect(found('| Femke | Rozendaal |')).toEqual(['Femke:PERSOON', 'Rozendaal:LOCATIE']);
  });
});

describe('table rows: a register after a keyword and its qualifier, a date with its dot, an event after a date', () => {
  it.each([
    ['| Cliëntnummer JGZ | 0812-44719 |', ['0812-44719:ID']],
    ['| Kenmerk TenderNed | 418265 |', ['418265:ID']],
    ['### 16 sept. – extra moment na het incident', ['16 sept.:DATUM']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('an event after a date and a bar is no place ("| Do 21 nov. | Netwerkbijeenkomst Young Carers |")', () => {
    const spans = found('| Do 21 nov. | Netwerkbijeenkomst Young Carers | wijkcentrum |');
    expect(spans).toContain('21 nov.:DATUM');
    expect(spans.filter((s) => s.endsWith(':LOCATIE'))).toEqual([]);
  });

  it('a place after a date and a bar stays a place; a dot that ends a sentence stays out', () => {
    expect(found('30 april 2025 | Westland')).toEqual(['30 april 2025:DATUM', 'Westland:LOCATIE']);
    expect(found('Het gesprek was op 8 nov. Daarna ging het beter.')).toEqual(['8 nov:DATUM']);
  });
});

describe('more shapes of local businesses and providers', () => {
  it.each([
    ['Ook de eigenaren van Koffiebar Het Bonenhuys verdienen een vermelding.', 'Koffiebar Het Bonenhuys:INSTELLING'],
    ['| 6 | Bloem & Smit Orthopedagogen | vof |', 'Bloem & Smit Orthopedagogen:INSTELLING'],
    ['| 3 | Coöperatie Zorgkring Vecht U.A. | coöperatie |', 'Coöperatie Zorgkring Vecht U.A.:INSTELLING'],
    ['Dank aan Jeugdhulp Meanderkracht voor de gastvrijheid.', 'Jeugdhulp Meanderkracht:INSTELLING'],
  ])('%s', (text, expected) => {
    expect(institutions(text)).toEqual([expected]);
  });

  it.each(['3. **Maak Afspraken Met Psychologen.** Dat helpt.', 'Dit is zichtbaar en haalbaar voor iedereen.', 'De Inspraakavond Jeugdhulp was druk.'])(
    'a title, an adjective in -baar and an occasion stay out: %s',
    (text) => {
      expect(institutions(text)).toEqual([]);
    },
  );
});

describe('method names, plurals after "de" and the college of mayor and aldermen', () => {
  it.each([
    'We willen overstappen naar Resultaatgericht Inkopen met een lumpsum.',
    'De locatie werkt volgens Traumasensitief Werken sinds 2023.',
    'De Gesprekken vonden plaats in maart. Voor deelname aan de Gesprekken ontvingen zij een bon.',
    'Het College van Burgemeester en Wethouders beantwoordt de vragen.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a family name after "de" stays ("de Bakkers kwamen")', () => {
    expect(persons('Gisteren kwamen Jan en Els de Bakker langs.')).toEqual(['Jan:PERSOON', 'Els de Bakker:PERSOON']);
  });
});

describe('an English title in title case', () => {
  it('"A Mixed-Methods Study Of Family Network Meetings"', () => {
    expect(found('*Parental Participation In Child Protection: A Mixed-Methods Study Of Family Network Meetings*\n\nHester de Bruin')).toEqual(['Hester de Bruin:PERSOON']);
  });

  it('a name in an English title stays ("Lessons From Anna Verbeek")', () => {
    expect(persons('**Workshop B: Lessons From The Field, By Anna Verbeek**').some((p) => p.includes('Anna Verbeek'))).toBe(true);
  });
});

describe('status cells, quoted e-mail replies and members', () => {
  it('a table cell of one verb form is a status ("| Loopt |", "| Afgerond |")', () => {
    expect(found('| Nr | Actie | Wanneer | Status |\n|---|---|---|---|\n| 4 | Huisregels | 15 maart 2026 | Loopt |\n| 5 | Vervoer | 31-01-2025 | Afgerond |')).toEqual([
      '15 maart 2026:DATUM',
      '31-01-2025:DATUM',
    ]);
  });

  it('a cell of one name stays a name', () => {
    expect(persons('| Naam | Rol |\n|---|---|\n| Floor | jongerenlid |')).toEqual(['Floor:PERSOON']);
  });

  it('">" opens the line of a quoted reply ("> > Ik mail je …")', () => {
    expect(found('> > Beste Stijn,\n> >\n> > Ik mail je over de planning.')).toEqual(['Stijn:PERSOON']);
  });

  it('a member after a linking letter is a role ("Jongerenlid"), "Khalid" a name', () => {
    expect(persons('Aanwezig: Jesse Boonstra (JB, Jongerenlid) en Khalid Amrani (KA).')).toEqual(['Jesse Boonstra:PERSOON', 'JB:PERSOON', 'Khalid Amrani:PERSOON', 'KA:PERSOON']);
  });
});

describe('page ranges in references and age ranges are no dates', () => {
  it.each([
    'Bakker, T. (2021). Netwerkberaad in de praktijk. *Perspectief op Jeugd*, *9*(1), 5–12.',
    '| Kinderen 8-11 (Kindversie) | 96 | 61 | 64% |',
  ])('%s', (text) => {
    expect(found(text).filter((f) => f.endsWith(':DATUM'))).toEqual([]);
  });

  it("a day and month in a sentence stays a date (\"op 8-11\")", () => {
    expect(found('Het gesprek is op 8-11 om tien uur.')).toEqual(['8-11:DATUM']);
  });
});

describe('a lower-case word after a form of address and a particle', () => {
  it('an inflected word of the dictionary is that word ("een Juf van vroeger")', () => {
    expect(found('Denk aan de buurvrouw, de conciërge, een Juf van vroeger.')).toEqual([]);
  });

  it('a surname in lower case stays ("juf van der veen")', () => {
    expect(persons('Het gesprek met juf van der veen ging goed.')).toEqual(['van der veen:PERSOON']);
  });
});

describe("a club's lower-case prefix and an author's particles before the dot", () => {
  it('"trainer bij vv IJsselboys" keeps the prefix in the span', () => {
    expect(institutions('Hij is trainer bij vv IJsselboys en brengt jongeren mee.')).toEqual(['vv IJsselboys:INSTELLING']);
  });

  it('"basisschool De Regenboog" keeps its type word out, as the guidelines write it', () => {
    expect(institutions('Zij zit op basisschool De Regenboog in groep 7.')).toEqual(['De Regenboog:INSTELLING']);
  });

  it("\"Hof, M. van 't. (2018).\" is one author, without the dot", () => {
    expect(persons("Hof, M. van 't. (2018). Loyaal en bezorgd. Houten: Bohn.")).toEqual(["Hof, M. van 't:PERSOON"]);
  });
});

describe('a lower-case compound of "bureau" before a name', () => {
  it('"via uitzendbureau Zorgflex Apeldoorn"', () => {
    expect(institutions('Zij werkt als invalkracht, via uitzendbureau Zorgflex Apeldoorn.')).toEqual(['Zorgflex Apeldoorn:INSTELLING']);
  });

  it('"het bureau Jeugdzorg" is the national body, no facility', () => {
    expect(institutions('Via het adviesbureau en het bureau Jeugdzorg kwam de melding.')).toEqual([]);
  });
});

describe('"de" before a word of the dictionary with the ending of a plural', () => {
  it('"De Notulen worden vastgesteld"', () => {
    expect(found('Er komen geen reacties. De Notulen worden met deze wijziging vastgesteld.')).toEqual([]);
  });
});

describe("a table's header row", () => {
  it('a header of one word of the dictionary names a column ("| Groep | Benaderd |"), also where the word is taken for a name elsewhere', () => {
    const text = '| Groep | Benaderd | Ingevuld |\n|---|---|---|\n| Ouders | 12 | 8 |\n\nBij Groep De Kastanje daalde het cijfer.';
    const header = text.indexOf('Groep');
    expect(detector.detect(text).filter((s) => s.start <= header && s.end > header)).toEqual([]);
  });

  it('a name in a body row stays ("| Floor | 12 |")', () => {
    expect(persons('| Naam | Uren |\n|---|---|\n| Floor | 12 |')).toEqual(['Floor:PERSOON']);
  });
});

describe('a past participle of the dictionary is no name', () => {
  it('"Beoordeling: Niet Behaald."', () => {
    expect(persons('Doel 1\nBeoordeling: Behaald, blijft aandachtspunt.\n\nDoel 2\nBeoordeling: Niet Behaald.')).toEqual([]);
  });

  it('a first name of that shape stays a name ("Gerard", "Berend")', () => {
    expect(persons('Het gesprek met Gerard en Berend ging goed.')).toEqual(['Gerard:PERSOON', 'Berend:PERSOON']);
  });
});
