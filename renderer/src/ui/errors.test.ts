import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError } from '../../../shared/api/errors';
import { describeError } from './errors';
import { DETAIL_CODES, detail, detailIssueCode } from '../../../shared/api/details';

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
    expect(describeError(err, t)).toEqual({ text: t('errors.INTERNAL'), details: ['iets'] });
  });

  it('has a sentence for every failure of the process boundary in both languages', () => {
    for (const lng of ['nl', 'en']) {
      for (const reason of ['EXITED', 'UNAVAILABLE', 'CLOSED']) {
        expect(i18n.exists(`errors.host.${reason}`, { lng })).toBe(true);
      }
    }
  });
});

describe('the backend\'s own validation problems (issue 15)', () => {
  it('has a wording in Dutch and in English for every code the backend can send', () => {
    for (const code of DETAIL_CODES) {
      for (const lng of ['nl', 'en']) {
        const key = `issues.${detailIssueCode(code)}`;
        expect(i18n.exists(key, { lng }), `${key} (${lng})`).toBe(true);
        expect(i18n.getResource(lng, 'translation', key), `${key} (${lng})`).toMatch(/\S/);
      }
    }
  });

  it('words them in the UI language, without the developer message or the field path, once per problem', async () => {
    const err = new ApiError('VALIDATION', 'the traject does not fit its group', [
      detail('participants.0', 'not_member', 'not a member of the group'),
      detail('participants.1', 'not_member', 'not a member of the group'),
      detail('body.kind', 'worksheet_keeps_kind', 'kind changed'),
    ]);
    expect(describeError(err, t).details).toEqual(['Deze persoon is geen lid van de leergroep.', 'Een werkblad blijft van dezelfde soort; begin een nieuw werkblad.']);
    await i18n.changeLanguage('en');
    try {
      const en = describeError(err, i18n.getFixedT('en')).details;
      expect(en).toEqual(['This person is not a member of the learning group.', 'A worksheet keeps its kind; start a new worksheet.']);
    } finally {
      await i18n.changeLanguage('nl');
    }
  });

  it('fills in parameters', () => {
    const err = new ApiError('CONFLICT', 'member has a role in a planned bijeenkomst', [detail('members', 'member_has_planned_role', 'role in planned session: x', { name: 'Bas' })]);
    expect(describeError(err, t).details).toEqual(['Bas heeft een rol in een geplande bijeenkomst. Geef die rol eerst aan iemand anders.']);
  });
});

describe('what the anonymiser found, as a code (issue 15)', () => {
  it('words the label in the sentence, never the code word or the offsets', async () => {
    const err = new ApiError('IDENTIFIER', '1 identifier(s) in text that is not case material', [detail('description', 'identifier_in_text', 'TELEFOON 12-23', { label: 'TELEFOON' })]);
    expect(describeError(err, t).details).toEqual(['Hier staat een telefoonnummer: haal het weg of vervang het.']);
    await i18n.changeLanguage('en');
    try {
      expect(describeError(err, i18n.getFixedT('en')).details).toEqual(['This contains a phone number: remove or replace it.']);
    } finally {
      await i18n.changeLanguage('nl');
    }
  });
});
