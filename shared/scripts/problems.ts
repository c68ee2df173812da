/**
 * What can be wrong in a script file or an edited script, as a code with parameters (issue 15: the
 * backend sends codes, the renderer words them in the UI language). The Dutch wordings here are the
 * developer-facing messages (`Regel N: …` in parse results) and the renderer's Dutch table
 * (`issues.script.*`); the English table lives in the renderer. Placeholders use i18next's `{{name}}`.
 * `field` names which one-line text is meant (`title`, `description`, `blockTitle`) and is worded by the
 * renderer too (`issues.scriptField.*`).
 */
export const SCRIPT_PROBLEMS_NL = {
  not_text: 'het bestand is geen tekst',
  no_blocks: "het script heeft geen blokken; voeg minstens één blok toe dat begint met '## Titel'",
  head_incomplete: 'de kop is onvolledig',
  more_errors: 'en nog {{count}} fouten vanaf deze regel; los eerst de bovenstaande op',
  invalid: 'dit deel van het script klopt niet',
  fm_start: "het bestand moet beginnen met een regel '---', gevolgd door id, title, format, canvas, roles en version, en weer een regel '---'",
  fm_unclosed: "de kop die op deze regel met '---' begint, wordt nergens afgesloten; zet na de laatste sleutel een regel '---'",
  fm_key_value: "verwacht 'sleutel: waarde' (zonder inspringen, met een spatie na de dubbele punt); gevonden: {{found}}",
  fm_unknown_key: "onbekende sleutel '{{key}}'; toegestaan zijn: {{allowed}}",
  fm_duplicate_key: "de sleutel '{{key}}' staat er twee keer in (eerder op regel {{earlier}}); laat er één staan",
  fm_empty_value: "'{{key}}' heeft geen waarde",
  fm_empty_description: "'description' heeft geen waarde; laat de regel weg als er geen beschrijving is",
  fm_missing_key: "de kop mist de verplichte sleutel '{{key}}'",
  roles_not_list: "'roles' moet een lijst tussen blokhaken zijn, zoals [gespreksleider, inbrenger, deelnemer]; gevonden: {{found}}",
  roles_empty: "'roles' is leeg; noem minstens één rol, zoals [gespreksleider, inbrenger, deelnemer]",
  roles_blank: "'roles' bevat een lege plek tussen twee komma's",
  role_unknown: "onbekende rol {{found}}; kies uit: {{allowed}}",
  roles_unknown: "'roles': onbekende rol {{found}}; kies uit: {{allowed}}",
  roles_duplicate: "'roles': de rol '{{role}}' staat er twee keer in",
  quote_unclosed: "de waarde van '{{key}}' tussen aanhalingstekens is niet goed afgesloten; schrijf {{key}}: \"tekst\", met \\\" voor een aanhalingsteken en \\\\ voor een backslash",
  needs_quotes: "de waarde van '{{key}}' begint met een leesteken als [ ' - of # of bevat ': ' of ' #', en zou dan anders gelezen worden; zet de hele waarde tussen dubbele aanhalingstekens: {{key}}: \"...\"",
  id_invalid: "'id' moet bestaan uit kleine letters en cijfers met enkele koppeltekens ertussen (zoals 'mlb-vier-vensters'), hoogstens {{max}} tekens; gevonden: {{found}}",
  line_empty: '{{field}} is leeg; vul een tekst in',
  line_multiline: '{{field}} moet op één regel staan',
  line_control: '{{field}} bevat een onzichtbaar stuurteken (zoals een tab); verwijder het',
  line_spaces: '{{field}} mag niet beginnen of eindigen met spaties',
  line_too_long: '{{field}} is te lang: {{length}} tekens, hoogstens {{max}}',
  line_html: '{{field}} bevat HTML; gebruik gewone tekst',
  format_invalid: "'format' moet een van deze waarden zijn: {{allowed}}; gevonden: {{found}}",
  canvas_invalid: "'canvas' moet een van deze waarden zijn: {{allowed}}; gevonden: {{found}}",
  version_invalid: "'version' moet een positief heel getal zijn (1, 2, 3 ...; hoogstens {{max}}), gevonden: {{found}}",
  minutes_invalid: "'minuten' moet een heel getal tussen {{min}} en {{max}} zijn, gevonden: {{found}}",
  section_none: "canvas '{{canvas}}' heeft geen vensters; laat 'venster' weg (gevonden: {{found}})",
  section_unknown: "'venster' {{found}} bestaat niet bij canvas '{{canvas}}'; kies uit: {{allowed}}",
  section_invalid_name: "'venster' {{found}} is geen geldige naam",
  instruction_control: 'de instructie bevat een onzichtbaar stuurteken; verwijder het',
  instruction_html: 'de instructie bevat HTML; gebruik Markdown (zoals **vet** of een lijst met - )',
  instruction_empty: "'### Instructie' is leeg; beschrijf wat de gespreksleider doet",
  instruction_too_long: 'de instructie is te lang: {{length}} tekens, hoogstens {{max}}',
  instruction_blank_edge: 'de instructie mag niet beginnen of eindigen met een lege regel',
  instruction_heading: 'regel {{n}} van de instructie is een kop met #, ## of ###; die zijn voor blokken en onderdelen, gebruik #### of **vet**',
  instruction_trailing: 'regel {{n}} van de instructie eindigt op spaties; verwijder ze',
  instruction_line_control: 'regel {{n}} van de instructie: de instructie bevat een onzichtbaar stuurteken; verwijder het',
  instruction_line_html: 'regel {{n}} van de instructie: de instructie bevat HTML; gebruik Markdown (zoals **vet** of een lijst met - )',
  prompt_empty: "een vraag is leeg; schrijf na '- ' de vraag aan de groep",
  prompt_multiline: 'een vraag moet op één regel staan',
  prompt_control: 'een vraag bevat een onzichtbaar stuurteken (zoals een tab); verwijder het',
  prompt_spaces: 'een vraag mag niet beginnen of eindigen met spaties',
  prompt_too_long: 'een vraag is te lang: {{length}} tekens, hoogstens {{max}}',
  prompt_html: 'een vraag bevat HTML; gebruik gewone tekst',
  prompt_not_item: "onder '### Vragen' begint elke regel met '- ' gevolgd door één vraag; gevonden: {{found}}",
  block_no_minutes: "het blok '{{title}}' mist de regel 'minuten: N' direct onder de titel",
  block_no_instruction: "het blok '{{title}}' mist het onderdeel '### Instructie' met de aanwijzingen voor de gespreksleider",
  prompts_before_instruction: "'### Vragen' staat vóór '### Instructie'; zet de instructie eerst",
  prompts_empty: "'### Vragen' bevat geen vragen; zet elke vraag op een regel die begint met '- ', of laat de kop weg",
  prompts_too_many: "het blok '{{title}}' heeft {{count}} vragen; hoogstens {{max}}",
  heading_h1: "een kop met één '#' hoort niet in een script; een blok begint met '## ', een onderdeel met '### '",
  blocks_too_many: 'te veel blokken: hoogstens {{max}}',
  part_before_block: "'### {{name}}' staat vóór het eerste blok; begin eerst een blok met '## Titel'",
  text_before_block: "er staat tekst vóór het eerste blok ({{found}}); alles na de kop hoort in een blok dat begint met '## Titel'",
  instruction_twice: "'### Instructie' staat twee keer in dit blok (eerder op regel {{earlier}})",
  prompts_twice: "'### Vragen' staat twee keer in dit blok (eerder op regel {{earlier}})",
  part_unknown: "onbekend onderdeel '### {{name}}'; een blok kent alleen '### Instructie' en '### Vragen' (let op hoofdletters)",
  meta_unexpected: "onverwachte regel {{found}}; onder '## {{title}}' komen alleen 'minuten: N', eventueel 'venster: ...', en dan '### Instructie'",
  minutes_twice: "'minuten' staat twee keer in dit blok (eerder op regel {{earlier}})",
  section_twice: "'venster' staat twee keer in dit blok (eerder op regel {{earlier}})",
  section_empty: "'venster' heeft geen waarde; noem een deel van het canvas of laat de regel weg",
} as const;

export type ScriptProblemCode = keyof typeof SCRIPT_PROBLEMS_NL;

/** The one-line texts a problem can be about, in Dutch (`{{field}}`). */
export const SCRIPT_FIELDS_NL = { title: "'title'", description: "'description'", blockTitle: 'de bloktitel' } as const;
export type ScriptField = keyof typeof SCRIPT_FIELDS_NL;

export interface ScriptProblem {
  /** `script.<code>`, as the renderer looks it up under `issues.`. */
  code: `script.${ScriptProblemCode}`;
  params: Record<string, string | number>;
  /** The Dutch sentence (developer-facing; the renderer words the code). */
  message: string;
}

export function problem(code: ScriptProblemCode, params: Record<string, string | number> = {}): ScriptProblem {
  const fill: Record<string, string | number> = { ...params };
  if (typeof params.field === 'string' && params.field in SCRIPT_FIELDS_NL) fill.field = SCRIPT_FIELDS_NL[params.field as ScriptField];
  const message = SCRIPT_PROBLEMS_NL[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(fill[k] ?? ''));
  return { code: `script.${code}`, params, message };
}
