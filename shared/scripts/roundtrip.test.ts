import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Script } from './types';
import { scriptSchema } from './types';
import { parseScript } from './parse';
import { serializeScript } from './serialize';
import { needsQuotes } from './scalar';
import { CANVAS_KINDS, CANVAS_SECTIONS, ROLES, SCRIPT_FORMATS } from './vocabulary';

// Values chosen to hit every quoting and structure rule of the format.
const NASTY_TEXT = [
  'Gewone titel',
  'MLB: de basis',
  '[concept] MLB',
  '"Citaat" vooraf',
  'Zeg "hallo" en \\ ga',
  '\\ begint met backslash',
  'Vraag #1',
  '#hashtag',
  '- begint met streepje',
  '2024 evaluatie',
  '12',
  'true',
  'Null',
  '~',
  'eindigt op:',
  'C:\\pad\\naar',
  "'enkel'",
  '{accolade}',
  '& anker',
  '* ster',
  '! tag',
  '| pijp',
  '> groter',
  '% procent',
  '@ apenstaart',
  '`code`',
  'Coördinatie – één “gezin”',
  '?',
  'a: b: c',
  'x'.repeat(120),
];

const INSTRUCTIONS = [
  'Eén regel.',
  'Alinea één.\n\nAlinea twee met **vet** en _schuin_.',
  '- punt\n- punt\n  - dieper\n\n1. genummerd',
  '#### Tussenkop\nTekst onder de tussenkop.',
  '---\nminuten: 5\nvenster: mensen\n- geen vraag maar lijst',
  '    ingesprongen code\n\tmet tab',
  'Regel met hard einde\\\nvolgende regel',
  '> citaat\n\n\n\nna drie lege regels',
  '<https://example.org> is een autolink, a < b en c > d',
  '##geen-kop omdat er geen spatie staat',
];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function generate(seed: number): Script {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const canvas = pick(CANVAS_KINDS);
  const sections: readonly string[] = CANVAS_SECTIONS[canvas];
  const roles = ROLES.filter(() => next() < 0.4);
  return {
    id: `script-${seed}`,
    title: pick(NASTY_TEXT),
    format: pick(SCRIPT_FORMATS),
    canvas,
    roles: roles.length > 0 ? roles : ['gespreksleider'],
    version: 1 + Math.floor(next() * 1000),
    description: next() < 0.3 ? '' : pick(NASTY_TEXT),
    blocks: Array.from({ length: 1 + Math.floor(next() * 5) }, () => ({
      title: pick(NASTY_TEXT),
      minutes: 1 + Math.floor(next() * 240),
      section: sections.length > 0 && next() < 0.6 ? pick(sections) : null,
      instruction: pick(INSTRUCTIONS),
      prompts: Array.from({ length: Math.floor(next() * 4) }, () => pick(NASTY_TEXT)),
    })),
  };
}

describe('round trip of generated scripts', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

  it.each(seeds)('seed %i: parse(serialize(s)) equals s and serializing again is stable', (seed) => {
    const script = generate(seed);
    expect(scriptSchema.safeParse(script).success).toBe(true);
    const file = serializeScript(script);
    const result = parseScript(file);
    expect(result).toEqual({ ok: true, script });
    if (result.ok) expect(serializeScript(result.script)).toBe(file);
  });

  it('writes front matter that any YAML reader reads as the same values', () => {
    for (const seed of seeds) {
      const script = generate(seed);
      const head = serializeScript(script).split('\n---\n')[0]?.replace(/^---\n/, '') ?? '';
      const yaml = parseYaml(head) as Record<string, unknown>;
      expect(yaml).toEqual({
        id: script.id,
        title: script.title,
        format: script.format,
        canvas: script.canvas,
        roles: script.roles,
        version: script.version,
        ...(script.description === '' ? {} : { description: script.description }),
      });
    }
  });
});

describe('quoting rule for title and description', () => {
  it.each([
    ['Methodische Leerbijeenkomst – Vier Vensters', 'Methodische Leerbijeenkomst – Vier Vensters'],
    ['MLB: de basis', '"MLB: de basis"'],
    ['[concept] MLB', '"[concept] MLB"'],
    ['"Citaat" vooraf', '"\\"Citaat\\" vooraf"'],
    ['Zeg "hallo"', 'Zeg "hallo"'],
    ['Vraag #1', '"Vraag #1"'],
    ['2024', '"2024"'],
    ['ja', 'ja'],
    ['true', '"true"'],
    ['C:\\pad', 'C:\\pad'],
    ['"\\"', '"\\"\\\\\\""'],
  ])('%s is written as title: %s', (title, written) => {
    const script = { ...generate(1), title };
    const file = serializeScript(script);
    expect(file.split('\n')[2]).toBe(`title: ${written}`);
    expect(parseScript(file)).toEqual({ ok: true, script });
  });

  it('quotes exactly what YAML would not read back as the same plain string', () => {
    for (const value of NASTY_TEXT) {
      const plainReadsBack = (() => {
        try {
          return parseYaml(`v: ${value}`)?.v === value;
        } catch {
          return false;
        }
      })();
      if (!plainReadsBack) expect(needsQuotes(value), value).toBe(true);
    }
  });
});
