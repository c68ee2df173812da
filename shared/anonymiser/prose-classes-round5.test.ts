// Issue 14 round 5: a capitalised ordinary word that the same text also writes in lower case is that
// word, not a name ("de Rust in huis … rust", "Ouders … ouders"): writers capitalise their themes, a
// person's name keeps its capital. Names that the lists hold, names with a capitalised neighbour, a
// title or a cue, and words with an age or a verb of speech after them keep the old rules. Sentences
// written for these tests.
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

function found(text: string): string[] {
  return detector.detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
}

describe('a capitalised word the text also writes in lower case is no name', () => {
  it.each([
    ['a theme in a case note', 'Moeder vertelt dat er sinds de zomer meer Ruzie is. De ruzie gaat vaak over geld.'],
    ['a theme after an article in a plan', 'Het gezin zoekt een vast ritme; ouders scoren de Rust in huis met een cijfer. Er is meer rust.'],
    ['a word after a conjunction in a transcript', 'Jongeren komen uit een leefgroep of Pleeggezin. Een pleeggezin is soms beter.'],
    ['an infinitive in an interview', 'We moeten samen Beslissen over schermtijd. Beslissen doe je samen; samen beslissen werkt.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('names that are also words keep their label', () => {
  it.each([
    ['a surname after a first name', 'Gesprek met Jan Veld over de weide. Het veld ligt achter het huis.', ['Jan Veld:PERSOON']],
    ['a surname after a title', 'Ik sprak mevrouw Duif over de duif op het balkon.', ['Duif:PERSOON']],
    ['a surname after a first name and a particle', 'Kees de Rust belde terug. Daarna was er rust.', ['Kees de Rust:PERSOON']],
    ['a word after a cue', 'Volgens Haverkamp, en volgens Wolf ook, was het kalm. De wolf in het verhaal is eng.', ['Haverkamp:PERSOON', 'Wolf:PERSOON']],
  ])('%s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('a first name with an age', () => {
    expect(found('Vanavond komt Jade (7) logeren. Oma draagt een ketting van jade.')).toContain('Jade:PERSOON');
  });
});

describe('a listed word after a capitalised function word is that word (a function word is no first name)', () => {
  it.each([
    ['a column title', 'Column: Samen Kijken, Samen Doen'],
    ['an answer in a transcript', 'I: Wat helpt?\nR: Echt Contact. Dat klinkt soft.'],
    ['a signature label', 'Voor Akkoord, de ouders'],
    ['a sentence start before a noun', 'Met Lumpsum houden wij grip op de kosten.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
  it.each([
    ['a person after "Volgens"', 'Volgens Groen is dat niet nodig.', ['Groen:PERSOON']],
    ['a person after "Door"', 'Door Marieke Vos, wethouder.', ['Marieke Vos:PERSOON']],
    ['a listed surname after an adverb', 'Samen Bakker bellen lukte niet.', ['Bakker:PERSOON']],
    ['a word with a verb after it', 'Echt Kok zegt dat het anders moet.', ['Kok:PERSOON']],
  ])('still finds %s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

const REPORT = '1 Inleiding\n\n2 Werkwijze\n\n3 Bevindingen\n\n';

describe('a bare preposition that also opens a surname\'s particles ("op de", "in \'t") is a preposition when no article follows', () => {
  it.each([
    ['a listed word after "op"', 'Jongeren lopen vast op School en in hun gezondheid.'],
    ['after a capitalised word and "op"', 'Jongeren noemen het Wachten op Hulp het grootste probleem.'],
  ])('%s', (_what, text) => {
    expect(found(REPORT + text)).toEqual([]);
  });
  it.each([
    ['a surname with "op de"', 'Het gesprek met Anne op de Beek verliep goed.', ['Anne op de Beek:PERSOON']],
    ['a surname with "de" after a first name', 'Daarna belde Kees de Rust het team.', ['Kees de Rust:PERSOON']],
  ])('still finds %s', (_what, text, expected) => {
    expect(found(REPORT + text)).toEqual(expected);
  });
});

describe('a listed word counted by a number or a quantifier is a noun', () => {
  it.each([
    ['a number word before a verb', 'Een gezin met vier Kinderen kwam via de corporatie in beeld.'],
    ['a quantifier at the sentence start', 'Veel Vragen gaan over schermgebruik.'],
    ['digits', 'Respondenten: 112 Ouders en 24 Jongeren.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
  it.each([
    ['an age in brackets after a name', 'Op de groep wonen nu twee Bakker-kinderen en Sem (15).', ['Sem:PERSOON']],
    ['a first name after a number and before a surname', 'Op 12 maart belde Joris Visser.', ['12 maart:DATUM', 'Joris Visser:PERSOON']],
    ['a listed surname after a number', 'Er zijn nu drie Bakker en twee Jansen aangemeld.', ['Bakker:PERSOON', 'Jansen:PERSOON']],
  ])('still finds %s', (_what, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('initials defined in brackets after a name stand for that person at every mention', () => {
  const minutes =
    'Aanwezig:\nAns Hermans-Vroemen (AH, voorzitter)\ndrs. Jan-Willem de Vries (JWdV, Raad voor de Kinderbescherming)\nSamira Haddad, MSc (SH)\n\n' +
    '1. Opening\nAH opent de vergadering. SH licht de cijfers toe; JWdV vult aan.\n\n| 25-14 | Cijfers uitsplitsen | SH | november |';
  it('finds the initials in the list, in the text and in the action table', () => {
    const spans = found(minutes);
    expect(spans.filter((s) => s === 'AH:PERSOON')).toHaveLength(2);
    expect(spans.filter((s) => s === 'SH:PERSOON')).toHaveLength(3);
    expect(spans.filter((s) => s === 'JWdV:PERSOON')).toHaveLength(2);
  });
  it('also when the rules left the first name alone', () => {
    const spans = found('Aanwezig:\nNicole Thewissen (NT, Gemeente Sittard-Geleen)\n\n2. Onderwijs\nNT presenteert de pilot.');
    expect(spans.filter((s) => s === 'NT:PERSOON')).toHaveLength(2);
  });
  it('an organisation in brackets after a name defines nothing (its letters are not the name\'s initials)', () => {
    const spans = found('Aanwezig: Jan Smit (GGD, jeugdarts)\nDe GGD meldt een stijging.');
    expect(spans).toContain('Jan Smit:PERSOON');
    expect(spans.some((s) => s.startsWith('GGD'))).toBe(false);
  });
  it('an abbreviation after a body is no person', () => {
    expect(found('Veilig Thuis (VT) ontving meer meldingen. VT belt terug.')).toEqual([]);
  });
});

describe('a bare "in", "uit", "naar" before a word no list holds ends a title-case run: the word is a place', () => {
  it('finds a village after "in" inside a capitalised run', () => {
    expect(found(REPORT + 'Het Jongerenwerk in Westenholte is onvoldoende geregeld.').map((s) => s.split(':')[0])).toContain('Westenholte');
  });
  it('a programme whose words the list holds stays no name (a guard)', () => {
    expect(found(REPORT + 'Het programma Jeugd in Beweging loopt door.')).toEqual([]);
  });
});

describe('a title-case run that is no programme as a whole is split at its prepositions too', () => {
  it('an adjective and a noun after "met" inside a longer run are no name', () => {
    const spans = found(REPORT + 'In 2024 startten wij met Wraparound Care voor Jongeren met Meervoudige Problemen.');
    expect(spans.some((s) => s.startsWith('Meervoudige'))).toBe(false);
  });
  it('still finds a person in a conversation inside such a sentence (a guard)', () => {
    expect(found(REPORT + 'In gesprek met Heldere Kuipers over Jonge Kinderen met Hoge Zorgen.')).toContain('Heldere Kuipers:PERSOON');
  });
});

describe('jargon compounds, words before an organisation or a place, and a tail word alone', () => {
  it.each([
    ['an abbreviation and an ordinary word hyphened', 'De wachtlijst Jeugd-GGZ is lang; de POH-Jeugd helpt.'],
    ['an inflected adjective before a national organisation', 'Er volgde geen verwijzing naar Specialistische GGZ.'],
    ['a building before a place', 'Volgende vergadering: donderdag 27 november, Stadhuis Maastricht.'],
    ['a noun counted by "één"', 'In één Geval werd een rapport verkeerd verstuurd.'],
  ])('%s', (_what, text) => {
    expect(found(REPORT + text).filter((s) => !s.endsWith(':LOCATIE') && !s.endsWith(':DATUM'))).toEqual([]);
  });
  it('a surname\'s tail word alone ("Huis") is no surname shape in a report', () => {
    expect(found(REPORT + 'Wij willen snellere hulp dicht bij Huis, en een sluitende aanpak.')).toEqual([]);
  });
  it.each([
    ['a double surname', 'Het gesprek was met Fatima Jansen-Bakker.', ['Fatima Jansen-Bakker:PERSOON']],
    ['a double surname with a particle', 'Aanwezig was mevrouw El-Amrani.', ['El-Amrani:PERSOON']],
  ])('still finds %s', (_what, text, expected) => {
    expect(found(REPORT + text)).toEqual(expected);
  });
});

describe('named schools in one word and cricket clubs', () => {
  it('a capitalised school compound whose first part is no word names the school', () => {
    expect(found('Hij zit op het Mendelcollege en zijn zus op het Erasmuslyceum.')).toEqual(['Mendelcollege:INSTELLING', 'Erasmuslyceum:INSTELLING']);
  });
  it('a kind of school is no name', () => {
    expect(found('Zij gaat naar een Montessorischool.')).toEqual([]);
  });
  it('a cricket club behind its abbreviation', () => {
    expect(found('Hij speelt cricket bij HCC Kampong in de zomer.').map((s) => s.split(':')[1])).toEqual(['INSTELLING']);
  });
});

describe('English terms in Dutch professional prose', () => {
  it('a keynote title in English is no name', () => {
    expect(found(REPORT + 'De keynote "Shared Decision Making in Child Protection" opende de dag, gevolgd door een Systematic Review van 34 studies.')).toEqual([]);
  });
  it('an English word never makes a Dutch compound of a place ("hat" in Hattemerbroek)', () => {
    expect(found(REPORT + 'De groep komt samen in het Dorpshuis van Hattemerbroek.').map((s) => s.split(':')[0])).toContain('Hattemerbroek');
  });
  it('the place in a university\'s name, also one no list holds', () => {
    expect(found('School of Social Work, University of Manchester')).toContain('Manchester:LOCATIE');
  });
  it('an English surname that is a word stays a name beside a first name (a guard)', () => {
    expect(found(REPORT + 'De workshop wordt geleid door Mark Little en Grace Hill.')).toEqual(['Mark Little:PERSOON', 'Grace Hill:PERSOON']);
  });
});

describe('capitals in brackets on a list line are initials only when no other capitalised word is listed with them', () => {
  it('programmes listed in brackets are no initials', () => {
    expect(found('1. Stagiairs van hbo-opleidingen (SPH, MWD, Pedagogiek) lopen een half jaar mee.')).toEqual([]);
  });
  it('initials with a deadline after the comma stay action owners (a guard)', () => {
    expect(found('3. Protocol herzien (BtH en PV, vóór 1 maart)').filter((s) => s.endsWith(':PERSOON'))).toEqual(['BtH:PERSOON', 'PV:PERSOON']);
  });
});

describe('abbreviations defined after their words and the law after an article number are no names', () => {
  it('an abbreviation defined in brackets is the body or law at every mention', () => {
    expect(found('Begrippen uit de Algemene wet bestuursrecht (Awb) zijn niet herhaald. Tegen het besluit staat bezwaar open volgens de Awb.')).toEqual([]);
  });
  it('the law after an article number', () => {
    expect(found('De termijn volgt uit art. 4:13 Awb en artikel 1:255 Bw.')).toEqual([]);
  });
  it("a person's initials defined in brackets stay that person (a guard)", () => {
    expect(found('Voorzitter is Ans Hermans (AH). AH opent de vergadering.')).toEqual(['Ans Hermans:PERSOON', 'AH:PERSOON', 'AH:PERSOON']);
  });
});

describe('long ordinary words (the Dutch list beyond ten letters) and facilities named after their kind', () => {
  it('a long ordinary word with a capital is no name in a report', () => {
    expect(found(REPORT + 'Vragen? Neem contact op met het Secretariaat, via de Bedrijfsvoering of de Arbeidsmarktregio.')).toEqual([]);
  });
  it('a care farm, a family home and a respite home with their names are institutions', () => {
    expect(found("Zorgboerderij 't Wilgenhof gaf aan dat Gezinshuis De Linde vol is.")).toEqual(["Zorgboerderij 't Wilgenhof:INSTELLING", 'Gezinshuis De Linde:INSTELLING']);
  });
});
