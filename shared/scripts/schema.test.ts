import { describe, expect, it } from 'vitest';
import type { Block, Script } from './types';
import { blockSchema, scriptSchema } from './types';
import { normalizeScript } from './normalize';
import { parseScript } from './parse';
import { serializeScript } from './serialize';

const block: Block = { title: 'Blok', minutes: 10, section: 'mensen', instruction: 'Doe iets.', prompts: ['Wat zie je?'] };
const script: Script = {
  id: 'test',
  title: 'Test',
  format: 'mlb',
  canvas: 'vier-vensters',
  roles: ['gespreksleider'],
  version: 1,
  description: '',
  blocks: [block],
};
const withBlock = (change: Partial<Block>): Script => ({ ...script, blocks: [{ ...block, ...change }] });

function messages(value: unknown): string[] {
  const result = scriptSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('scriptSchema', () => {
  it('accepts a valid script', () => {
    expect(messages(script)).toEqual([]);
  });

  it.each<[string, Script, string]>([
    ['a section that does not belong to the canvas', { ...script, canvas: 'signs-of-safety' }, "bestaat niet bij canvas 'signs-of-safety'"],
    ['a section on the vrij canvas', { ...script, canvas: 'vrij' }, "canvas 'vrij' heeft geen vensters"],
    ['duplicate roles', { ...script, roles: ['inbrenger', 'inbrenger'] }, 'een rol staat er twee keer in'],
    ['no roles', { ...script, roles: [] }, 'kies minstens één rol'],
    ['no blocks', { ...script, blocks: [] }, 'minstens één blok'],
    ['a bad id', { ...script, id: 'Niet Goed' }, "'id' moet bestaan uit"],
    ['a title with a tab', { ...script, title: 'a\tb' }, 'stuurteken'],
    ['a title with surrounding spaces', { ...script, title: ' Test ' }, 'mag niet beginnen of eindigen met spaties'],
    ['a fractional version', { ...script, version: 1.5 }, "'version' moet een positief heel getal zijn"],
    ['minutes out of range', withBlock({ minutes: 0 }), "'minuten' moet een heel getal tussen 1 en 240 zijn"],
    ['an instruction with a ## line', withBlock({ instruction: 'Tekst\n## Nieuw blok?' }), 'regel 2 van de instructie is een kop'],
    ['an instruction with trailing spaces', withBlock({ instruction: 'Tekst  ' }), 'eindigt op spaties'],
    ['an instruction that starts with a blank line', withBlock({ instruction: '\nTekst' }), 'lege regel'],
    ['an empty instruction', withBlock({ instruction: '  ' }), "'### Instructie' is leeg"],
    ['a two-line prompt', withBlock({ prompts: ['een\ntwee'] }), 'op één regel'],
    ['an empty prompt', withBlock({ prompts: [''] }), 'een vraag is leeg'],
    ['HTML in a prompt', withBlock({ prompts: ['<script>x</script>'] }), 'HTML'],
  ])('rejects %s, in Dutch', (_name, value, message) => {
    expect(messages(value).join(' | ')).toContain(message);
  });

  it('rejects unknown fields, so a typo in an API call is not silently dropped', () => {
    expect(scriptSchema.safeParse({ ...script, titel: 'x' }).success).toBe(false);
    expect(blockSchema.safeParse({ ...block, minuten: 5 }).success).toBe(false);
  });

  it('accepts editor input after normalizeScript, and the result round-trips', () => {
    const edited = withBlock({ title: ' Blok ', instruction: '\r\nRegel   \r\n\r\n', prompts: [' Vraag? '] });
    expect(messages(edited)).not.toEqual([]);
    const normalized = normalizeScript(edited);
    expect(messages(normalized)).toEqual([]);
    expect(parseScript(serializeScript(normalized))).toEqual({ ok: true, script: normalized });
  });
});
