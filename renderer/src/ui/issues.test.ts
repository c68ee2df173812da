import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import i18next from '../i18n';
import { issueCode } from '../../../shared/api/issues';
import { clockSchema, oneLine } from '../../../shared/common/schemas';
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
});
