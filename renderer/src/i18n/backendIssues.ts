import type { DetailCode } from '../../../shared/api/details';
import type { Label } from '../../../shared/anonymiser/types';

/**
 * The backend's own validation problems (shared/api/details.ts) in words, under `issues.backend`. Typed
 * by the code list, so a new code without a wording does not compile; renderer/src/ui/errors.test.ts
 * checks both languages at run time too.
 */
export const backendIssuesNl: Record<DetailCode, string> = {
  not_member: 'Deze persoon is geen lid van de leergroep.',
  listed_twice: 'Deze persoon staat er twee keer in; ieder één keer.',
  member_has_planned_role: '{{name}} heeft een rol in een geplande bijeenkomst. Geef die rol eerst aan iemand anders.',
  left_before_arriving: 'De vertrektijd ligt vóór de aankomsttijd.',
  group_not_found: 'Deze leergroep bestaat niet meer.',
  case_not_found: 'Deze casus bestaat niet meer.',
  script_not_found: 'Dit script staat niet (meer) in de bibliotheek.',
  module_not_found: 'Deze module hoort niet bij het traject.',
  module_needs_traject: 'Een module hoort bij een traject: kies eerst het traject.',
  duplicate_module: 'Deze module staat er twee keer in.',
  duplicate_item: 'Dit staat er twee keer in.',
  session_other_group: 'Deze bijeenkomst is van een andere leergroep.',
  not_on_roster: 'Deze persoon staat niet bij de mensen van deze casus.',
  person_not_in_case: 'Deze persoon hoort niet bij deze casus.',
  worksheet_keeps_kind: 'Een werkblad blijft van dezelfde soort; begin een nieuw werkblad.',
  worksheet_other_case: 'Dit werkblad hoort bij een andere casus.',
  booklet_only_storyboard: 'Alleen een Woord- en Beeldverhaal wordt als boekje gedrukt.',
  not_sos_session: 'Dit is geen Signs of Safety-bijeenkomst.',
  not_ffps_session: 'Dit is geen FFPS-casuïstiekbespreking.',
  reflection_moves: 'Deze reflectie hoort bij een andere bijeenkomst of persoon.',
  run_mismatch: 'De voortgang past niet bij het script van deze bijeenkomst. Laad de bijeenkomst opnieuw.',
  note_not_found: 'Deze case-note bestaat niet meer.',
  not_on_agenda: 'Deze case-note staat niet op de agenda.',
  one_discussion_per_note: 'Bespreek elke case-note één keer.',
  notes_one_case: 'Kies case-notes van één casus.',
  no_feedback: 'Op deze case-notes is nog geen feedback gegeven.',
  identifier_not_ignorable: 'Een BSN, telefoonnummer, e-mailadres, postcode of dossiernummer is altijd herkenbaar: vervang het.',
  ignore_without_person: 'Wat geen identificatie is, hoort bij niemand: kies geen persoon.',
  replacement_needed: 'Vul een vervanging in.',
  replacement_equals_form: 'De vervanging is gelijk aan wat vervangen wordt; kies een andere.',
  pseudonym_identifies: 'Een pseudoniem mag niemand herkenbaar maken: geen volledige naam, nummer of datum.',
  identifier_in_text: 'Hier staat {{label}}: haal het weg of vervang het.',
};

export const backendIssuesEn: Record<DetailCode, string> = {
  not_member: 'This person is not a member of the learning group.',
  listed_twice: 'This person is listed twice; list everyone once.',
  member_has_planned_role: '{{name}} has a role in a planned session. Give that role to someone else first.',
  left_before_arriving: 'The time of leaving is before the time of arriving.',
  group_not_found: 'This learning group no longer exists.',
  case_not_found: 'This case no longer exists.',
  script_not_found: 'This script is not (or no longer) in the library.',
  module_not_found: 'This module does not belong to the training.',
  module_needs_traject: 'A module belongs to a training: choose the training first.',
  duplicate_module: 'This module is listed twice.',
  duplicate_item: 'This is listed twice.',
  session_other_group: 'This session belongs to another learning group.',
  not_on_roster: 'This person is not among the people of this case.',
  person_not_in_case: 'This person does not belong to this case.',
  worksheet_keeps_kind: 'A worksheet keeps its kind; start a new worksheet.',
  worksheet_other_case: 'This worksheet belongs to another case.',
  booklet_only_storyboard: 'Only a Words and Pictures prints as a booklet.',
  not_sos_session: 'This is not a Signs of Safety session.',
  not_ffps_session: 'This is not an FFPS case discussion.',
  reflection_moves: 'This reflection belongs to another session or person.',
  run_mismatch: 'The progress does not fit the script of this session. Reload the session.',
  note_not_found: 'This case note no longer exists.',
  not_on_agenda: 'This case note is not on the agenda.',
  one_discussion_per_note: 'Discuss each case note once.',
  notes_one_case: 'Choose case notes of one case.',
  no_feedback: 'These case notes have no feedback yet.',
  identifier_not_ignorable: 'A BSN, phone number, e-mail address, postcode or case number always identifies someone: replace it.',
  ignore_without_person: 'What does not identify anyone belongs to no one: choose no person.',
  replacement_needed: 'Fill in a replacement.',
  replacement_equals_form: 'The replacement is the same as what it replaces; choose another.',
  pseudonym_identifies: 'A pseudonym must not identify anyone: no full name, number or date.',
  identifier_in_text: 'This contains {{label}}: remove or replace it.',
};

/** What the anonymiser found, as a parameter of a sentence (`issues.label.<LABEL>`). */
export const identifierLabelsNl: Record<Label, string> = {
  PERSOON: 'een naam',
  LOCATIE: 'een adres of plaats',
  POSTCODE: 'een postcode',
  TELEFOON: 'een telefoonnummer',
  EMAIL: 'een e-mailadres',
  BSN: 'een BSN',
  DATUM: 'een datum',
  INSTELLING: 'de naam van een instelling',
  ID: 'een dossier- of registratienummer',
};

export const identifierLabelsEn: Record<Label, string> = {
  PERSOON: 'a name',
  LOCATIE: 'an address or place',
  POSTCODE: 'a postcode',
  TELEFOON: 'a phone number',
  EMAIL: 'an e-mail address',
  BSN: 'a BSN (citizen service number)',
  DATUM: 'a date',
  INSTELLING: 'the name of an organisation',
  ID: 'a case or registration number',
};
