import { describe, expect, it } from 'vitest';
import { parseScript } from './parse';
import { serializeScript } from './serialize';

// Line numbers below refer to this file: front matter 1-8, block heading on 10.
const VALID = [
  '---', //                                  1
  'id: test', //                             2
  'title: Test', //                          3
  'format: mlb', //                          4
  'canvas: vier-vensters', //                5
  'roles: [gespreksleider, inbrenger]', //   6
  'version: 1', //                           7
  '---', //                                  8
  '', //                                     9
  '## Blok', //                              10
  'minuten: 5', //                           11
  '', //                                     12
  '### Instructie', //                       13
  'Doe iets.', //                            14
  '', //                                     15
  '### Vragen', //                           16
  '- Wat zie je?', //                        17
];

const text = (lines: string[]) => `${lines.join('\n')}\n`;
/** Replaces line n (1-based) by the given lines; none deletes it. */
const edit = (n: number, ...replacement: string[]) => {
  const lines = [...VALID];
  lines.splice(n - 1, 1, ...replacement);
  return text(lines);
};
const insertBefore = (n: number, ...inserted: string[]) => {
  const lines = [...VALID];
  lines.splice(n - 1, 0, ...inserted);
  return text(lines);
};
const onVrijCanvas = (...blockLines: string[]) =>
  text([...VALID.slice(0, 4), 'canvas: vrij', ...VALID.slice(5, 11), ...blockLines, ...VALID.slice(11)]);

const malformed: Array<[name: string, file: string, line: number, message: string]> = [
  ['missing front matter', text(VALID.slice(9)), 1, "moet beginnen met een regel '---'"],
  ['unclosed front matter', edit(8), 1, 'wordt nergens afgesloten'],
  ['unknown key', insertBefore(8, 'auteur: iemand'), 8, "onbekende sleutel 'auteur'"],
  ['duplicate key', insertBefore(4, 'title: Nog een'), 4, "'title' staat er twee keer in (eerder op regel 3)"],
  ['key line without a space after the colon', edit(3, 'title:Test'), 3, "verwacht 'sleutel: waarde'"],
  ['indented key', edit(3, '  title: Test'), 3, 'zonder inspringen'],
  ['missing required key', edit(7), 7, "mist de verplichte sleutel 'version'"],
  ['bad id', edit(2, 'id: Test_1'), 2, "'id' moet bestaan uit kleine letters en cijfers"],
  ['id with a double hyphen', edit(2, 'id: mlb--basis'), 2, "gevonden: 'mlb--basis'"],
  ['id too long', edit(2, `id: ${'a'.repeat(81)}`), 2, 'hoogstens 80 tekens'],
  ['bad format', edit(4, 'format: supervisie'), 4, "'format' moet een van deze waarden zijn: mlb, ffps, sos, intervisie"],
  ['bad canvas', edit(5, 'canvas: genogram'), 5, "'canvas' moet een van deze waarden zijn"],
  ['unknown role', edit(6, 'roles: [gespreksleider, cliënt]'), 6, "onbekende rol 'cliënt'"],
  ['empty roles', edit(6, 'roles: []'), 6, "'roles' is leeg"],
  ['roles not a list', edit(6, 'roles: gespreksleider'), 6, 'lijst tussen blokhaken'],
  ['empty place in roles', edit(6, 'roles: [gespreksleider,, inbrenger]'), 6, "lege plek tussen twee komma's"],
  ['duplicate role', edit(6, 'roles: [inbrenger, inbrenger]'), 6, "de rol 'inbrenger' staat er twee keer in"],
  ['fractional version', edit(7, 'version: 1.5'), 7, "'version' moet een positief heel getal zijn"],
  ['version zero', edit(7, 'version: 0'), 7, "gevonden: '0'"],
  ['title that YAML reads differently', edit(3, 'title: MLB: de basis'), 3, 'tussen dubbele aanhalingstekens'],
  ['unterminated quoted title', edit(3, 'title: "MLB'), 3, 'niet goed afgesloten'],
  ['empty description', insertBefore(8, 'description:'), 8, 'laat de regel weg als er geen beschrijving is'],
  ['text before the first block', insertBefore(10, 'Inleiding.'), 10, "er staat tekst vóór het eerste blok ('Inleiding.')"],
  ['a # heading', insertBefore(10, '# Script'), 10, "een kop met één '#'"],
  ['no blocks', text(VALID.slice(0, 8)), 8, 'het script heeft geen blokken'],
  ['empty block title', edit(10, '##'), 10, 'de bloktitel is leeg'],
  ['missing minuten', edit(11), 10, "het blok 'Blok' mist de regel 'minuten: N'"],
  ['non-numeric minuten', edit(11, 'minuten: tien'), 11, "Regel 11: 'minuten' moet een heel getal tussen 1 en 240 zijn, gevonden: 'tien'"],
  ['minuten out of range', edit(11, 'minuten: 241'), 11, "tussen 1 en 240 zijn, gevonden: '241'"],
  ['minuten zero', edit(11, 'minuten: 0'), 11, "gevonden: '0'"],
  ['minuten twice', insertBefore(12, 'minuten: 10'), 12, "'minuten' staat twee keer in dit blok (eerder op regel 11)"],
  ['stray line under the block title', insertBefore(12, 'Duur: 5'), 12, "onverwachte regel 'Duur: 5'"],
  ['venster not valid for the canvas', insertBefore(12, 'venster: zorgen'), 12, "'venster' 'zorgen' bestaat niet bij canvas 'vier-vensters'; kies uit: mensen"],
  ['venster on a canvas without sections', onVrijCanvas('venster: mensen'), 12, "canvas 'vrij' heeft geen vensters"],
  ['missing Instructie', text(VALID.slice(0, 11)), 10, "mist het onderdeel '### Instructie'"],
  ['empty Instructie', edit(14, ''), 13, "'### Instructie' is leeg"],
  ['raw HTML in the instruction', edit(14, 'Doe <b>iets</b>.'), 14, 'de instructie bevat HTML'],
  ['unknown ### heading', edit(16, '### Notities'), 16, "onbekend onderdeel '### Notities'"],
  ['Instructie written in lower case', edit(13, '### instructie'), 13, 'let op hoofdletters'],
  ['Vragen before Instructie', text([...VALID.slice(0, 12), '### Vragen', '- Wat zie je?', '', '### Instructie', 'Doe iets.']), 13, "'### Vragen' staat vóór '### Instructie'"],
  ['Vragen but no Instructie', text([...VALID.slice(0, 12), ...VALID.slice(15)]), 10, "mist het onderdeel '### Instructie'"],
  ['Instructie twice', insertBefore(15, '', '### Instructie', 'Nog iets.'), 16, "'### Instructie' staat twee keer in dit blok (eerder op regel 13)"],
  ['too many prompts', edit(17, ...Array.from({ length: 21 }, (_, i) => `- Vraag ${i + 1}?`)), 16, 'heeft 21 vragen; hoogstens 20'],
  ['too many blocks', text([...VALID, ...Array.from({ length: 60 }, () => ['', ...VALID.slice(9)]).flat()]), 10 + 60 * 9, 'te veel blokken: hoogstens 60'],
  ['block title too long', edit(10, `## ${'b'.repeat(121)}`), 10, 'de bloktitel is te lang: 121 tekens, hoogstens 120'],
  ['empty prompt', edit(17, '- '), 17, 'een vraag is leeg'],
  ['prompt that is not a list item', edit(17, '* Wat zie je?'), 17, "begint elke regel met '- '"],
  ['Vragen without prompts', edit(17), 16, "'### Vragen' bevat geen vragen"],
];

describe('parseScript rejects malformed files with a line number and a Dutch message', () => {
  it('starts from a valid file', () => {
    expect(parseScript(text(VALID)).ok).toBe(true);
  });

  it.each(malformed)('%s', (_name, file, line, message) => {
    const result = parseScript(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.errors[0];
    expect(first?.line).toBe(line);
    expect(first?.message).toContain(message);
    expect(first?.message.startsWith(`Regel ${line}: `)).toBe(true);
  });
});

describe('parseScript', () => {
  it('reports every independent problem in one pass, in line order', () => {
    const file = text([...VALID.slice(0, 3), 'format: supervisie', ...VALID.slice(4, 10), 'minuten: tien', ...VALID.slice(11, 16), '- ']);
    const result = parseScript(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([4, 11, 17]);
  });

  it('stops listing errors after a hundred, and says how many more there are', () => {
    const result = parseScript(text([...VALID, ...Array.from({ length: 150 }, () => '* geen vraag')]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors[100]?.message).toBe('Regel 118: en nog 50 fouten vanaf deze regel; los eerst de bovenstaande op');
  });

  it('reads CRLF line endings and a byte order mark like plain LF', () => {
    const plain = parseScript(text(VALID));
    const windows = parseScript(`\uFEFF${VALID.join('\r\n')}\r\n`);
    expect(windows).toEqual(plain);
  });

  it('trims trailing whitespace and surrounding blank lines of an instruction but keeps its Markdown', () => {
    const result = parseScript(
      edit(14, '', '   ', 'Eerste alinea met **vet**.   ', '', '', '- punt', '  - ingesprongen punt', '', '    code blijft ingesprongen', '#### Tussenkop', '---', 'minuten: 3 is hier gewoon tekst', '\t', ''),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.script.blocks[0]?.instruction).toBe(
      'Eerste alinea met **vet**.\n\n\n- punt\n  - ingesprongen punt\n\n    code blijft ingesprongen\n#### Tussenkop\n---\nminuten: 3 is hier gewoon tekst',
    );
  });

  it('accepts front matter keys in any order and blank lines, and writes them back in canonical order', () => {
    const shuffled = text(['---', 'version: 1', '', 'roles: [gespreksleider, inbrenger]', 'canvas: vier-vensters', 'format: mlb', 'title: Test', 'id: test', ...VALID.slice(7)]);
    const result = parseScript(shuffled);
    expect(result.ok).toBe(true);
    if (result.ok) expect(serializeScript(result.script)).toBe(text(VALID));
  });

  it('accepts quoted vocabulary values, which YAML reads the same', () => {
    const result = parseScript(edit(4, 'format: "mlb"'));
    expect(result.ok && result.script.format).toBe('mlb');
  });

  it('takes an optional venster and fills section, null otherwise', () => {
    const withSection = parseScript(insertBefore(12, 'venster: feiten'));
    expect(withSection.ok && withSection.script.blocks[0]?.section).toBe('feiten');
    const without = parseScript(text(VALID));
    expect(without.ok && without.script.blocks[0]?.section).toBeNull();
  });

  it('does not throw on arbitrary damage to a valid file', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const source = serializeScript((parseScript(text(VALID)) as { ok: true; script: never }).script);
    const alphabet = ['#', '-', ':', ' ', '\n', '\r', '"', '\\', '[', ']', '\uFEFF', '\t', 'a', '5', '<b>'];
    for (let round = 0; round < 500; round++) {
      let damaged = source;
      for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
        const at = Math.floor(random() * damaged.length);
        const cut = Math.floor(random() * 3);
        damaged = damaged.slice(0, at) + (alphabet[Math.floor(random() * alphabet.length)] ?? '') + damaged.slice(at + cut);
      }
      const result = parseScript(damaged);
      if (result.ok) {
        expect(parseScript(serializeScript(result.script))).toEqual(result);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(error.message).toMatch(/^Regel \d+: /);
      }
    }
  });
});
