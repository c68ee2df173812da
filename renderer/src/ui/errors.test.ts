import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError } from '../../../shared/api/errors';
import { describeError } from './errors';

const t = i18n.getFixedT('nl');

describe('describeError', () => {
  it('words a crash of the backend process plainly, without the code words of the protocol', () => {
    const err = new ApiError('INTERNAL', 'the backend process ended during the call', [{ path: 'host', message: 'EXITED' }]);
    const { text, details } = describeError(err, t);
    expect(text).toMatch(/opnieuw gestart/);
    expect(text).not.toBe(t('errors.INTERNAL'));
    expect(details).toEqual([]);
  });

  it('keeps the general sentence and the details for any other INTERNAL error', () => {
    const err = new ApiError('INTERNAL', 'x', [{ path: 'veld', message: 'iets' }]);
    expect(describeError(err, t)).toEqual({ text: t('errors.INTERNAL'), details: ['veld: iets'] });
  });

  it('has a sentence for every failure of the process boundary in both languages', () => {
    for (const lng of ['nl', 'en']) {
      for (const reason of ['EXITED', 'UNAVAILABLE', 'CLOSED']) {
        expect(i18n.exists(`errors.host.${reason}`, { lng })).toBe(true);
      }
    }
  });
});
