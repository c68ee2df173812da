// Report prose, round 3 (issue 14): classes of capitalised words in reports that are no identifiers, found
// on new report documents written for tuning (resources/anonymiser-eval/source/reports-tuned/r12–r16).
// Each class has sentences that must give no finding and sentences of the same shape where a person or a
// place must still be found. Sentences written for these tests; none is taken from an evaluation document.
import { classTable as table } from './testing/spanTables';

/** three heading lines before the sentence: the text reads as a report */
const REPORT = '1 Inleiding\nDit verslag beschrijft het eerste jaar.\n\n2 Aanpak\nWij spraken met professionals.\n\n3 Uitkomsten\n';

table(
  'a capitalised compound on its own in report prose, after an article or a preposition',
  [
    ['after "de"', `${REPORT}Het team werkt voortaan met de Gezinskaart.`],
    ['after an inflected adjective', `${REPORT}De raad stemde in met het nieuwe Inkoopreglement.`],
    ['after "over de"', `${REPORT}De ouders klaagden vooral over de Wachtlijstbrief.`],
  ],
  [
    ['a full name beside it', `${REPORT}De Gezinskaart is bedacht door Hanneke Smit.`, ['Hanneke Smit:PERSOON']],
    ['a surname that is a compound with a surname\'s tail', `${REPORT}Daarna sprak het team met Bosveld.`, ['Bosveld:PERSOON']],
    // (since issue 14 round 10 a compound of ordinary words after "de" is a thing in a case note too; the name stays)
    ['a case note without headings: the name', 'Gesprek gehad met de Gezinskaart erbij, daarna belde Yara.', ['Yara:PERSOON']],
  ],
);

table(
  'the label of a line before its colon',
  [
    ['an adjective and a plural compound', 'Externe Meelezers: de stuurgroep'],
    ['a derived word', 'Betrokken Hulpverlening: het wijkteam en de huisarts'],
  ],
  [
    ['the people after the label', 'Externe Meelezers: prof. dr. Ans Kuipers', ['Ans Kuipers:PERSOON']],
    ['after a line that ends with a degree', 'Auteurs: Anke Coumans, MA\nExterne Meelezers: Ans Kuipers', ['Anke Coumans:PERSOON', 'Ans Kuipers:PERSOON']],
    ['a name of plain words before a colon', 'Floor Vink: "Het gaat beter."', ['Floor Vink:PERSOON']],
  ],
);

table(
  'a title with a comma, and an adjective of a title that is also a surname',
  [
    ['verbs and nouns around a comma', 'Sterker Worden, Samen Leren\nDit jaarverslag gaat over ons werk.'],
    ['a derived word before "Jonge"', 'Begeleiding Jonge Moeders\nDit hoofdstuk gaat over de groep.'],
  ],
  [
    ['a list of names is no title', 'Aanwezig\nRoos, Bas en Storm\nDe vergadering begon om negen uur.', ['Roos:PERSOON', 'Bas:PERSOON', 'Storm:PERSOON']],
    ['the surname with its particle', 'Het gesprek was met Lieke de Jonge.', ['Lieke de Jonge:PERSOON']],
  ],
);

table(
  'organisations: a word before a region or a degree, regional care providers, a generic centre with its place',
  [
    ['a word before a region', 'Het rapport ging naar Jeugdbescherming, Vestiging Twente.'],
    ['regional providers', 'De jongen krijgt behandeling bij Yulius en daarna bij Curium.'],
  ],
  [
    ['a name before a degree', 'Het verslag is van Lieke Smeding BA en Tim Vos.', ['Lieke Smeding:PERSOON', 'Tim Vos:PERSOON']],
    ['the place of a generic centre', 'Moeder belde het Centrum Jeugd en Gezin Deventer.', ['Deventer:LOCATIE']],
  ],
);

table(
  'lists of capitalised categories, and categories after a determiner',
  [
    ['a list with plurals and a body', 'Wij spraken met Directie, Beleid, Gezinsvoogden en de Medezeggenschapsraad.'],
    ['a list of adjectives', 'Het motto van de afdeling is Dichtbij, Eerlijk en Betrouwbaar.'],
    ['"het" before a word and a verb after it', `${REPORT}Op voorstel van het Bestuur heeft de raad ingestemd.`],
    ['a long word after "de"', `${REPORT}Het ging vooral mis bij de Overdracht.`],
  ],
  [
    ['a list of names, two of them words', 'Op de groep wonen Sanne, Bas en Storm.', ['Sanne:PERSOON', 'Bas:PERSOON', 'Storm:PERSOON']],
    ['a surname after "de" in a full name', `${REPORT}Daarna sprak Kees de Boer met de ouders.`, ['Kees de Boer:PERSOON']],
  ],
);

table(
  'title-case runs: adjectives in -lijkse, plurals in -s of compounds',
  [
    ['an adjective in -lijkse', 'Elke maand is er de Maandelijkse Praatgroep voor vaders.'],
    ['a plural compound after "van"', 'Het plan noemt het Versterken van de Rol van Pleegzorgwerkers.'],
  ],
  [['a place after "in"', 'Het kind woont in pleeggezin Kolk in Geldermalsen.', ['Kolk:PERSOON', 'Geldermalsen:LOCATIE']]],
);

table(
  'roles with an area or portfolio, English report jargon, bullet labels, national bodies',
  [
    ['a role and a compass word', 'Sinds maart werkt zij als Teamleider Zuid.'],
    ['a role and a portfolio', 'Het stuk ging naar de Directeur Onderwijs en de Manager Wonen.'],
    ['English jargon', 'De Quick Wins en de Lessons Learned staan in de bijlage.'],
    ['bullet labels before a colon', 'Kerncijfers\n- Gemiddelde Doorlooptijd: 5 weken\n- Lopende Dossiers: 210'],
    ['a national centre', 'Zij volgde een cursus bij het Landelijk Centrum Pleegzorg en Adoptie.'],
  ],
  [
    ['a role and a name', 'Sinds maart werkt Teamleider Noor Bakker in Zwolle.', ['Noor Bakker:PERSOON', 'Zwolle:LOCATIE']],
    ['a bullet with a name before a colon', 'Reacties\n- Sanne Wolters: "Het werkt."', ['Sanne Wolters:PERSOON']],
    ['a local centre keeps its name', 'De les was in Kindcentrum De Tamboerijn.', ['Kindcentrum De Tamboerijn:INSTELLING']],
  ],
);
