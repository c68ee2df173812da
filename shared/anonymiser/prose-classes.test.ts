// Report prose, round 2 (issue 14): the classes of words that professional prose capitalises without
// naming anyone. Each class has a table of phrases that must give no finding and a table of phrases of the
// same shape where a person or place must still be found. Sentences written for these tests; none is taken
// from an evaluation document.
import { classTable as table } from './testing/spanTables';

table(
  'title-case names that open with an adjective or an ordinal',
  [
    ['an inflected adjective and a noun', 'Het team werkt sinds kort met de Snelle Start.'],
    ['two of them in one sentence', 'Wij kozen voor de Korte Lijn en de Zachte Landing.'],
    ['an ordinal', 'In het voorjaar begon de Tweede Ronde van de pilot.'],
    ['a derived adjective', 'Wij hielden Individuele Gesprekken met elf moeders.'],
    ['an adjective inside a longer name', 'De gemeente opende het Loket Jonge Ouders.'],
  ],
  [
    ['a first name that ends like an adjective', 'Vandaag belde Lieve Hart over de afspraak.', ['Lieve Hart:PERSOON']],
    ['a first name and a surname that are words', 'Het gesprek was met Roos Wolters en Bas Smit.', ['Roos Wolters:PERSOON', 'Bas Smit:PERSOON']],
  ],
);

table(
  'titles joined by a preposition and an article',
  [
    ['a programme between commas', 'Het vorige plan, Thuis in de Buurt, liep tot 2024.'],
    ['a programme after its word', 'Wij evalueerden het project Sterk op de Werkvloer.'],
  ],
  [['a name before a place', 'De jongen woont bij pleeggezin Kolk in Geldermalsen.', ['Kolk:PERSOON', 'Geldermalsen:LOCATIE']]],
);

table(
  'method names in a compound, with an acronym, or ending in a derived noun',
  [
    ['a method compound', 'De teams werken met de Samen Verder-methodiek.'],
    ['its other mentions', 'De Sterke Basis-methodiek is nieuw. Over Sterke Basis is weinig bekend.'],
    ['an instrument with its acronym', 'Wij gebruikten de Lijst Opvoeding Zorgen Thuis (LOZT) bij elk gezin.'],
    ['an English method', 'Daarnaast volgden zij Solution Focused Coaching.'],
    ['a programme with a verb, and its other mention', 'In het programma Elk Kind Telt werken wij samen. Elk Kind Telt startte in 2023.'],
  ],
  [
    ["a person with their initials (the initials are a name too)", "Verslag door Anna de Vries (AdV) en Jan Smit.", ["Anna de Vries:PERSOON", "AdV:PERSOON", "Jan Smit:PERSOON"]],
    ['a person before a method', 'Sanne Vermeulen gaf de training.', ['Sanne Vermeulen:PERSOON']],
  ],
);

table(
  'the title of a numbered section',
  [
    ['a phase', 'Fase 2 Uitvoeren (mei–juni): huisbezoeken bij gezinnen.'],
    ['a step with a colon', 'Stap 3: Bijstellen en Afronden van het plan.'],
  ],
  [['a case named after a child', 'Casus 2 Mila (8) woont bij haar oma.', ['Mila:PERSOON']]],
);

table(
  'categories, compounds and plurals that prose capitalises',
  [
    ['a list of categories', 'Wij spraken met Professionals, Ouders en Jongeren uit de wijk.'],
    ['categories with articles', 'Dank aan de Gemeenten, de Jeugdhulpaanbieders en de Scholen voor hun inbreng.'],
    ['the plural of a compound', 'De Ouderbijeenkomsten werden goed bezocht.'],
    ['the plural of a compound after a preposition', 'Daarna volgde overleg met Ketenpartners.'],
    ['a compound after a determiner', 'Zij bezocht een Ouderavond op school.'],
    ['an ordinary word after a determiner at a sentence start', 'Het Spreekuur is op vrijdag.'],
    ['a particle before a derived word at a sentence start', 'Van de Nederlandstalige bronnen is alleen de titel opgenomen.'],
  ],
  [
    ['a list of names', 'Aanwezig waren Bakker, Visser en Mulder.', ['Bakker:PERSOON', 'Visser:PERSOON', 'Mulder:PERSOON']],
    ['names in a list with particles', 'Wij spraken Storm de Bruin en Mila Hart.', ['Storm de Bruin:PERSOON', 'Mila Hart:PERSOON']],
    ['a place after "in"', 'Het gezin woont in Geldermalsen.', ['Geldermalsen:LOCATIE']],
  ],
);

table(
  'months, weekdays and seasons',
  [
    ['a weekday and a month in capitals', 'Op Dinsdag is er overleg; in Januari start de groep.'],
    ['a weekday with its part of the day', 'Elke Woensdagmiddag is er inloop.'],
    ['a month that is also a first name, after "in"', 'De evaluatie volgt in Mei.'],
    ['a season after a preposition and an article', 'Na de Zomer volgt een tussenrapportage.'],
  ],
  [
    ['a first name that is also a month, with a surname', 'Gesprek met Mei Ling Tan en April de Groot.', ['Mei Ling Tan:PERSOON', 'April de Groot:PERSOON']],
    ['a surname that is a season, after a title', 'Gesprek met mevrouw Winter.', ['Winter:PERSOON']],
  ],
);

table(
  'function words on a heading line',
  [
    ['a heading of function words', 'Voor Wie\nDit plan is voor ouders.'],
    ['a closing heading', 'Tot Slot\nWij danken iedereen die meedacht.'],
    ['a question heading with its verb', 'Wat Werkt\nDe vaste begeleider maakt het verschil.'],
  ],
  [['a name on the line after it', 'Tot Slot\nDank aan Femke Lagerwey.', ['Femke Lagerwey:PERSOON']]],
);

table(
  'organisations, regions and provinces',
  [
    ['a university of applied sciences by its brand', 'De studenten komen van Hogeschool Saxion.'],
    ['a national organisation with its region', 'Zij werkt bij Jeugdbescherming Zee en Duin.'],
    ['a region named after a city', 'Het cohort is van Jeugdbescherming Regio Utrecht.'],
    ['provinces in a list', 'De gezinnen woonden in Groningen, Drenthe en Overijssel.'],
    ['a province after its word', 'Het onderzoek liep in de provincie Utrecht.'],
    ['a foundation named by generic words', 'Geïnterviewd: een ambulant hulpverlener van Stichting Jeugdhulp & Jeugdbescherming.'],
    ['a department named by generic words', 'Het cluster Publieke Gezondheid en de Dienst Maatschappelijke Zaken gaven advies.'],
  ],
  [
    ['a city elsewhere', 'Het gezin woont in Utrecht en de vader in Groningen.', ['Utrecht:LOCATIE', 'Groningen:LOCATIE']],
    ['a university with a place', 'Zij studeert aan de Hogeschool Leiden.', ['Leiden:LOCATIE']],
    ['a named school and a named foundation', 'Zij zit op basisschool Kleine Beer; vader werkt bij Stichting De Ooievaar.', ['Kleine Beer:INSTELLING', 'Stichting De Ooievaar:INSTELLING']],
  ],
);
