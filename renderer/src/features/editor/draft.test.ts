import { describe, expect, it } from 'vitest';
import type { FieldErrors } from 'react-hook-form';
import i18next from '../../i18n';
import type { ScriptDetail } from '../../../../shared/scripts/types';
import { scriptResolver, toDraft, type Draft } from './draft';

const base: ScriptDetail = {
  id: 'test-script',
  title: 'Test',
  format: 'mlb',
  canvas: 'vier-vensters',
  roles: ['gespreksleider'],
  version: 1,
  description: '',
  blocks: [{ title: 'Blok', minutes: 10, section: null, instruction: 'Doe iets.', prompts: [] }],
  builtin: false,
  basedOn: null,
  updatedAt: '2026-11-30T10:00:00.000Z',
};

async function minutesMessage(minutes: string): Promise<string | undefined> {
  const draft = toDraft(base);
  const typed: Draft = { ...draft, blocks: [{ ...draft.blocks[0]!, minutes }] };
  const r = await scriptResolver(base)(typed, undefined, { fields: {}, shouldUseNativeValidation: false });
  return ((r.errors as FieldErrors<Draft>).blocks as unknown as Array<{ minutes?: { message?: string } }> | undefined)?.[0]?.minutes?.message;
}

describe("the script editor's messages", () => {
  it('are worded in the UI language from the rule\'s code, not the schema\'s Dutch', async () => {
    await i18next.changeLanguage('en');
    expect(await minutesMessage('0')).toBe('A whole number of minutes, from 1 to 240.');
    await i18next.changeLanguage('nl');
    // Under the Minuten field: no file key, no echo of what was typed.
    expect(await minutesMessage('0')).toBe('Een heel aantal minuten, van 1 tot 240.');
    expect(await minutesMessage('tien')).toBe('Een heel aantal minuten, van 1 tot 240.');
    expect(await minutesMessage('10')).toBeUndefined();
  });
});
