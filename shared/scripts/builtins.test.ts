import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScript } from './parse';
import { serializeScript } from './serialize';
import { scriptSchema } from './types';
import { totalMinutes } from './timing';
import type { Script } from './types';

const dir = new URL('../../resources/scripts/', import.meta.url);
const files = readdirSync(fileURLToPath(dir)).filter((name) => name.endsWith('.md')).sort();
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

function load(name: string): Script {
  const result = parseScript(read(name));
  if (!result.ok) throw new Error(`${name}:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.script;
}

const expected: Record<string, { minutes: number; blocks: number; format: string; canvas: string }> = {
  'balintmethode.md': { minutes: 90, blocks: 11, format: 'intervisie', canvas: 'vrij' },
  'ffps-casuistiekbespreking.md': { minutes: 60, blocks: 4, format: 'ffps', canvas: 'ffps-casenote' },
  'incidentmethode.md': { minutes: 65, blocks: 7, format: 'intervisie', canvas: 'vrij' },
  'mlb-vier-vensters.md': { minutes: 90, blocks: 7, format: 'mlb', canvas: 'vier-vensters' },
  'roddelmethode.md': { minutes: 60, blocks: 5, format: 'intervisie', canvas: 'vrij' },
  'sos-groepssupervisie.md': { minutes: 75, blocks: 8, format: 'sos', canvas: 'signs-of-safety' },
  'sos-module-gedrag.md': { minutes: 145, blocks: 6, format: 'sos', canvas: 'signs-of-safety' },
  'sos-module-kind.md': { minutes: 160, blocks: 6, format: 'sos', canvas: 'signs-of-safety' },
  'sos-module-netwerk.md': { minutes: 170, blocks: 8, format: 'sos', canvas: 'signs-of-safety' },
  'sos-module-plan.md': { minutes: 155, blocks: 6, format: 'sos', canvas: 'signs-of-safety' },
};

describe('built-in scripts', () => {
  it('are exactly the expected files', () => {
    expect(files).toEqual(Object.keys(expected));
  });

  describe.each(files)('%s', (name) => {
    it('is in canonical form: parse then serialize gives the file byte for byte', () => {
      expect(serializeScript(load(name))).toBe(read(name));
    });

    it('passes the API schema, is version 1 and is named after its id', () => {
      const script = load(name);
      expect(scriptSchema.safeParse(script).success).toBe(true);
      expect(script.version).toBe(1);
      expect(`${script.id}.md`).toBe(name);
    });

    it('has the agreed length, shape, and 2 to 5 prompts per block', () => {
      const script = load(name);
      const want = expected[name];
      expect(totalMinutes(script.blocks)).toBe(want?.minutes);
      expect(script.blocks).toHaveLength(want?.blocks ?? -1);
      expect(script.format).toBe(want?.format);
      expect(script.canvas).toBe(want?.canvas);
      expect(script.description).not.toBe('');
      for (const block of script.blocks) {
        expect(block.prompts.length, block.title).toBeGreaterThanOrEqual(2);
        expect(block.prompts.length, block.title).toBeLessThanOrEqual(5);
      }
    });

    it('never frames the output as a decision or court advice', () => {
      const text = read(name).toLowerCase();
      expect(text).not.toMatch(/advies aan de rechter|maatregel nemen|besluit nemen over/);
    });
  });

  it('MLB walks the four windows in order and ends in leeropbrengst', () => {
    const mlb = load('mlb-vier-vensters.md');
    expect(mlb.blocks.map((b) => b.section)).toEqual([
      null,
      null,
      'mensen',
      'feiten',
      'weging',
      'volgende-stappen',
      'leeropbrengst',
    ]);
    expect(mlb.blocks.map((b) => b.minutes)).toEqual([5, 10, 15, 15, 20, 15, 10]);
    expect(mlb.roles).toEqual(['gespreksleider', 'inbrenger', 'deelnemer', 'notulist', 'tijdbewaker']);
  });

  it('FFPS follows the group consultation timing', () => {
    expect(load('ffps-casuistiekbespreking.md').blocks.map((b) => b.minutes)).toEqual([5, 30, 20, 5]);
  });

  it('the incident method keeps the published step timing', () => {
    expect(load('incidentmethode.md').blocks.map((b) => b.minutes)).toEqual([5, 10, 5, 15, 10, 10, 10]);
  });
});
