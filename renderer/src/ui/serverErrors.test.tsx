// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import i18n from '../i18n';
import GroupScreen from '../features/groups/GroupScreen';
import { renderInApp } from '../test/render';
import { fakeBackend } from '../test/fakeBackend';
import { group, IDS } from '../test/fixtures';
import { ApiError } from '../../../shared/api/errors';
import { detail } from '../../../shared/api/details';

afterEach(cleanup);

/** The backend refuses the save: an identifier in the description, a member listed twice, and one problem with no field. */
const refusal = () =>
  new ApiError('IDENTIFIER', '2 problems', [
    detail('description', 'identifier_in_text', 'TELEFOON 0-10', { label: 'TELEFOON' }),
    { path: 'members.1.name', message: 'te lang', issue: { code: 'too_big.string', params: { maximum: 3 } } },
    detail('id', 'group_not_found', 'no such group'),
  ]);

async function saveAndRefuse() {
  fakeBackend({ 'groups.get': () => group, 'sessions.list': () => [], 'groups.save': () => { throw refusal(); } });
  renderInApp(<GroupScreen id={IDS.group} />);
  fireEvent.change(await screen.findByLabelText('Omschrijving'), { target: { value: 'bel 0612345678' } });
  await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false));
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
}

describe('a backend refusal with field paths shows at the fields (issue 15)', () => {
  it('marks each field, links and focuses it, words the message without the path, and puts only the rest in the form notice', async () => {
    await saveAndRefuse();
    const description = screen.getByLabelText('Omschrijving');
    const message = await screen.findByText('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(description.getAttribute('aria-describedby')).toBe(message.id);
    expect(description.closest('label')?.contains(message)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(description));
    // The message describes the field; it does not become part of the field's name.
    expect(screen.getByRole('textbox', { name: (name) => name.startsWith('Omschrijving') && !name.includes('Hier staat') })).toBe(description);

    // A problem inside a list row lands in that row's cell.
    const name2 = screen.getByLabelText('Naam 2');
    expect(name2.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name2.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Hoogstens 3 tekens/i);

    // Only the problem without a field on screen reaches the form's notice; no toast, no path anywhere.
    const notice = screen.getAllByRole('alert').find((el) => el.classList.contains('form-notice'));
    expect(notice?.textContent).toContain('Deze leergroep bestaat niet meer.');
    expect(notice?.textContent).not.toContain('Hier staat');
    expect(document.querySelector('.toast')).toBeNull();
    expect(document.body.textContent).not.toMatch(/description:|members\.1/);
  });

  it('words the messages in English when the UI is English', async () => {
    await i18n.changeLanguage('en');
    try {
      fakeBackend({ 'groups.get': () => group, 'sessions.list': () => [], 'groups.save': () => { throw refusal(); } });
      renderInApp(<GroupScreen id={IDS.group} />);
      const description = await screen.findByLabelText('Description');
      fireEvent.change(description, { target: { value: 'x' } });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false));
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const message = await screen.findByText('This contains a phone number: remove or replace it.');
      expect(description.getAttribute('aria-describedby')).toBe(message.id);
    } finally {
      await i18n.changeLanguage('nl');
    }
  });

  it('clears a field\'s message when the person corrects it', async () => {
    await saveAndRefuse();
    const description = screen.getByLabelText('Omschrijving');
    await screen.findByText('Hier staat een telefoonnummer: haal het weg of vervang het.');
    fireEvent.change(description, { target: { value: 'bel de gezinsvoogd' } });
    await waitFor(() => expect(description.getAttribute('aria-invalid')).toBeNull());
    expect(screen.queryByText('Hier staat een telefoonnummer: haal het weg of vervang het.')).toBeNull();
  });
});

describe('the same in the plan form: registered selects and a controlled date field', () => {
  const scripts = [{ id: 'mlb-vier-vensters', title: 'MLB', format: 'mlb', canvas: 'vier-vensters', description: '', builtin: true, totalMinutes: 90, blockCount: 7 }];
  it('puts a role refused by the backend under that role, and a date problem under the date picker, focusing the first', async () => {
    fakeBackend({
      'groups.get': () => group,
      'scripts.list': () => scripts,
      'cases.list': () => [],
      'sessions.plan': () => {
        throw new ApiError('VALIDATION', 'plan does not fit the group', [
          { path: 'plan.date', message: 'datum als JJJJ-MM-DD', issue: { code: 'date' } },
          detail('plan.roles.notulist', 'not_member', 'not a member of the group'),
        ]);
      },
    });
    const { default: PlanScreen } = await import('../features/sessions/PlanScreen');
    renderInApp(<PlanScreen groupId={IDS.group} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Bijeenkomst plannen' }));
    const notulist = screen.getByLabelText('notulist');
    await waitFor(() => expect(notulist.getAttribute('aria-invalid')).toBe('true'));
    expect(notulist.closest('.field')?.textContent).toContain('Deze persoon is geen lid van de leergroep.');
    const date = screen.getByLabelText(/^Datum/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    const dateMessage = document.getElementById(date.getAttribute('aria-describedby') ?? '');
    expect(dateMessage?.textContent).toMatch(/\S/);
    expect(date.closest('label')?.contains(dateMessage!)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(document.querySelector('.form-notice')).toBeNull();
    expect(document.querySelector('.toast')).toBeNull();
  });
});

describe('a form that keeps its values itself (the SoS traject editor)', () => {
  it('shows a trainer refused by the backend under the trainer, linked to it', async () => {
    const traject = {
      id: '55555555-5555-4555-8555-555555555555',
      title: 'SoS-traject',
      groupId: IDS.group,
      groupName: group.name,
      trainerId: null,
      participants: [],
      caseId: null,
      modules: [],
      members: group.members,
      caseCodeName: null,
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    fakeBackend({
      'sos.getTraject': () => traject,
      'cases.list': () => [],
      'sos.saveTraject': () => {
        throw new ApiError('VALIDATION', 'the traject does not fit its group', [detail('trainerId', 'not_member', 'not a member of the group')]);
      },
    });
    const { default: TrajectScreen } = await import('../features/sos/TrajectScreen');
    renderInApp(<TrajectScreen id={traject.id} />);
    const trainer = await screen.findByLabelText('Trainer');
    fireEvent.change(trainer, { target: { value: IDS.anna } });
    const message = await screen.findByText('Deze persoon is geen lid van de leergroep.', {}, { timeout: 4000 });
    expect(trainer.getAttribute('aria-invalid')).toBe('true');
    expect(trainer.getAttribute('aria-describedby')).toBe(message.id);
    expect(trainer.closest('label')?.contains(message)).toBe(true);
  });
});
