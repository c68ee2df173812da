import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import i18next from '../i18n';
import { issueCode } from '../../../shared/api/issues';
import { clockSchema, oneLine } from '../../../shared/common/schemas';
import { blockSchema } from '../../../shared/scripts/types';
import { parseScript } from '../../../shared/scripts';
import { wordIssue } from './issues';

const word = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a problem');
  return wordIssue(issueCode(r.error.issues[0]), r.error.issues[0].message);
};

describe('validation messages in the UI language, from codes with parameters', () => {
  it('words the same problem in Dutch and in English', async () => {
    await i18next.changeLanguage('nl');
    expect(word(oneLine(60), 'x'.repeat(61))).toBe('Hoogstens 60 tekens.');
    expect(word(oneLine(60), ' ')).toBe('Vul dit in.');
    expect(word(clockSchema, '25:00')).toBe('Een tijd als 13:30.');
    expect(word(z.number().int().min(1), 0)).toBe('Minstens 1.');
    await i18next.changeLanguage('en');
    expect(word(oneLine(60), 'x'.repeat(61))).toBe('At most 60 characters.');
    expect(word(oneLine(60), ' ')).toBe('Please fill this in.');
    expect(word(clockSchema, '25:00')).toBe('A time such as 13:30.');
    // A problem without its own wording is not left in Dutch for an English reader.
    expect(word(z.string().regex(/^\d+$/, 'alleen cijfers'), 'ab')).toBe('This value is not valid.');
    await i18next.changeLanguage('nl');
    expect(word(z.string().regex(/^\d+$/, 'alleen cijfers'), 'ab')).toBe('alleen cijfers');
  });

  it('words script problems from the parser and the editor in the UI language, never the backend\'s Dutch', async () => {
    const file = ['---', 'id: test', 'title: Test', 'format: mlb', 'canvas: vier-vensters', 'roles: [gespreksleider]', 'version: 1', '---', '', '## Blok', 'minuten: 0', '', '### Instructie', 'Doe iets.'].join('\n');
    const parsed = parseScript(file);
    if (parsed.ok) throw new Error('expected a problem');
    const e = parsed.errors[0]!;
    expect(e.issue).toEqual({ code: 'script.minutes_invalid', params: { min: 1, max: 240, found: "'0'", line: 11 } });
    const block = { title: '', minutes: 10, section: null, instruction: 'Doe iets.', prompts: [] };
    await i18next.changeLanguage('nl');
    expect(wordIssue(e.issue, e.message)).toBe("Regel 11: 'minuten' moet een heel getal tussen 1 en 240 zijn, gevonden: '0'");
    expect(word(blockSchema, block)).toBe('De bloktitel is leeg; vul een tekst in');
    await i18next.changeLanguage('en');
    expect(wordIssue(e.issue, e.message)).toBe("Line 11: 'minuten' must be a whole number from 1 to 240, found: '0'");
    expect(word(blockSchema, block)).toBe('The block title is empty; fill in a text');
    await i18next.changeLanguage('nl');
  });
});
