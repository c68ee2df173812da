import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { testBackend } from '../testing/helpers';
import { loadBuiltinScripts } from './builtins';
import { defaultResourcesDir } from '../core/paths';

const BUILTIN = 'mlb-vier-vensters';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? e.code : 'not an ApiError';
  }
  return undefined;
}

describe('ScriptService', () => {
  it('lists every built-in script, read-only, with durations summed from the blocks', () => {
    const { scripts } = testBackend().services;
    const list = scripts.list();
    const files = loadBuiltinScripts(defaultResourcesDir());
    expect(list.map((s) => s.id).sort()).toEqual(files.map((s) => s.id).sort());
    expect(list.every((s) => s.builtin)).toBe(true);
    const mlb = list.find((s) => s.id === BUILTIN)!;
    expect(mlb.totalMinutes).toBe(90);
    expect(mlb.blockCount).toBe(files.find((s) => s.id === BUILTIN)!.blocks.length);
  });

  it('filters by format and searches titles, also without diacritics and with short queries', () => {
    const { scripts } = testBackend().services;
    expect(scripts.list({ format: 'ffps' }).map((s) => s.id)).toEqual(['ffps-casuistiekbespreking']);
    expect(scripts.list({ query: 'casuistiek' }).map((s) => s.id)).toEqual(['ffps-casuistiekbespreking']);
    expect(scripts.list({ query: 'ROD' }).map((s) => s.id)).toEqual(['roddelmethode']);
    expect(scripts.list({ query: 'vv' })).toEqual([]);
    expect(scripts.list({ query: '%' })).toEqual([]);
    expect(scripts.list({ query: '"; DROP TABLE scripts; --' })).toEqual([]);
    expect(scripts.list({ format: 'sos', query: 'vensters' })).toEqual([]);
  });

  it('keeps built-ins read-only and makes an editable copy on duplicate', () => {
    const { scripts } = testBackend().services;
    const original = scripts.get(BUILTIN);
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = original;
    expect(codeOf(() => scripts.save({ ...script, title: 'Gekaapt' }))).toBe('READ_ONLY');
    expect(codeOf(() => scripts.delete(BUILTIN))).toBe('READ_ONLY');

    const copy = scripts.duplicate(BUILTIN);
    expect(copy.builtin).toBe(false);
    expect(copy.basedOn).toBe(BUILTIN);
    expect(copy.title).toBe(`${original.title} (kopie)`);
    expect(copy.blocks).toEqual(original.blocks);

    const { builtin: _b2, basedOn: _o2, updatedAt: _u2, ...editable } = copy;
    const blocks = [...editable.blocks].reverse().slice(1);
    const saved = scripts.save({ ...editable, title: 'Onze MLB', blocks });
    expect(saved.title).toBe('Onze MLB');
    expect(saved.blocks).toEqual(blocks);
    expect(saved.version).toBe(copy.version + 1);
    expect(scripts.get(BUILTIN).title).toBe(original.title);
  });

  it('exports a script that imports back as the same script, under a fresh id when the id is taken', () => {
    const { scripts } = testBackend().services;
    const copy = scripts.duplicate(BUILTIN);
    const exported = scripts.export(copy.id);
    expect(exported.filename).toMatch(/\.md$/);
    const imported = scripts.import(exported.content);
    expect(imported.id).not.toBe(copy.id);
    // Kept both: the copy is told apart by a numbered title.
    expect(imported.title).toBe(`${copy.title} (2)`);
    const strip = ({ id: _i, builtin: _b, basedOn: _o, updatedAt: _u, title: _t, ...rest }: typeof copy) => rest;
    expect(strip(imported)).toEqual(strip(copy));
    const body = (md: string) => md.replace(/^id: .*$/m, '').replace(/^title: .*$/m, '');
    expect(body(scripts.export(imported.id).content)).toBe(body(exported.content));
  });

  it('asks before importing a script that exists, replaces an own one in place, never a built-in', () => {
    const { scripts } = testBackend().services;
    const own = scripts.duplicate(BUILTIN);
    const file = scripts.export(own.id).content;
    const count = scripts.list().length;
    expect(() => scripts.import(file, 'ask')).toThrow(expect.objectContaining({ code: 'CONFLICT', details: [expect.objectContaining({ message: own.title, issue: { code: 'script_exists' } })] }));
    expect(scripts.list()).toHaveLength(count);
    const replaced = scripts.import(file.replace(/^minuten: 5$/m, 'minuten: 7'), 'replace');
    expect(replaced.id).toBe(own.id);
    expect(replaced.version).toBe(own.version + 1);
    expect(scripts.list()).toHaveLength(count);
    expect(() => scripts.import(scripts.export(BUILTIN).content, 'replace')).toThrow(expect.objectContaining({ code: 'READ_ONLY' }));
  });

  it('refuses a malformed file with line-precise Dutch errors and changes nothing', () => {
    const { scripts } = testBackend().services;
    const before = scripts.list().length;
    const good = scripts.export(BUILTIN).content;
    const bad = good.replace(/^minuten: 5$/m, 'minuten: vijf');
    let error: ApiError | undefined;
    try {
      scripts.import(bad);
    } catch (e) {
      error = e as ApiError;
    }
    expect(error?.code).toBe('PARSE_ERROR');
    const line = bad.split('\n').findIndex((l) => l === 'minuten: vijf') + 1;
    expect(error?.details?.[0]).toMatchObject({ line });
    expect(error?.details?.[0]?.message).toMatch(/minuten/);
    expect(scripts.list().length).toBe(before);
  });

  it('deletes an own script and restores it exactly (undo)', () => {
    const { scripts } = testBackend().services;
    const copy = scripts.duplicate(BUILTIN);
    const { deleted } = scripts.delete(copy.id);
    expect(codeOf(() => scripts.get(copy.id))).toBe('NOT_FOUND');
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = deleted;
    const restored = scripts.restore(script);
    expect(restored.blocks).toEqual(copy.blocks);
    expect(restored.title).toBe(copy.title);
    expect(codeOf(() => scripts.restore(script))).toBe('CONFLICT');
  });

  it('brings built-ins in line with the shipped files and keeps own scripts', () => {
    const b = testBackend();
    const { scripts } = b.services;
    const own = scripts.duplicate(BUILTIN);
    const files = loadBuiltinScripts(defaultResourcesDir());
    const changed = files.map((s) => (s.id === BUILTIN ? { ...s, version: s.version + 1, title: 'Nieuwe titel' } : s)).filter((s) => s.id !== 'roddelmethode');
    expect(scripts.syncBuiltins(changed)).toEqual({ added: 0, updated: 1, removed: 1 });
    expect(scripts.get(BUILTIN).title).toBe('Nieuwe titel');
    expect(codeOf(() => scripts.get('roddelmethode'))).toBe('NOT_FOUND');
    expect(scripts.get(own.id).basedOn).toBe(BUILTIN);
    expect(scripts.syncBuiltins(changed)).toEqual({ added: 0, updated: 0, removed: 0 });
  });
});
