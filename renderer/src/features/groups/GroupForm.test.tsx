// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import GroupScreen from './GroupScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { group, IDS } from '../../test/fixtures';
import { GROUP_NAME_MAX, MEMBER_TEXT_MAX, type GroupSave } from '../../../../shared/groups/types';

afterEach(cleanup);

/** The cell (or label) a field sits in: its error message belongs there, not anywhere else. */
const placeOf = (el: HTMLElement) => el.closest('td, label') as HTMLElement;

describe('the group form checks with the shared groupSaveSchema', () => {
  it("shows the schema's message next to the field it is about, and sends nothing", async () => {
    const calls = fakeBackend({ 'groups.get': () => group, 'sessions.list': () => [], 'groups.save': (g: GroupSave) => ({ ...group, ...g }) });
    renderInApp(<GroupScreen id={IDS.group} />);
    fireEvent.click(await screen.findByRole('button', { name: '+ Lid toevoegen' }));
    fireEvent.change(screen.getByLabelText('Naam 3'), { target: { value: 'Chris' } });
    fireEvent.change(screen.getByLabelText('SKJ-nummer 3'), { target: { value: '12ab' } });
    fireEvent.change(screen.getByLabelText('SKJ-nummer 2'), { target: { value: '100234567' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const skj = screen.getByLabelText('SKJ-nummer 3');
    expect(await within(placeOf(skj)).findByText('een SKJ-nummer bestaat uit cijfers')).toBeTruthy();
    expect(skj.getAttribute('aria-invalid')).toBe('true');
    // Only there: the valid number in row 2 and the name in row 3 carry no message.
    expect(screen.getAllByText('een SKJ-nummer bestaat uit cijfers')).toHaveLength(1);
    expect(placeOf(screen.getByLabelText('SKJ-nummer 2')).querySelector('.field-error')).toBeNull();
    expect(placeOf(screen.getByLabelText('Naam 3')).querySelector('.field-error')).toBeNull();
    expect(callsOf(calls, 'groups.save')).toEqual([]);

    // An emptied member name gets "Vul dit in." (worded from the problem's code), in its own cell.
    fireEvent.change(screen.getByLabelText('Naam 1'), { target: { value: ' ' } });
    expect(await within(placeOf(screen.getByLabelText('Naam 1'))).findByText('Vul dit in.')).toBeTruthy();
  });

  it('takes maxLength from the shared limits and saves a valid form', async () => {
    const calls = fakeBackend({ 'groups.get': () => group, 'sessions.list': () => [], 'groups.save': (g: GroupSave) => ({ ...group, ...g, members: group.members }) });
    renderInApp(<GroupScreen id={IDS.group} />);
    const name = await screen.findByLabelText('Naam van de groep');
    expect(name.getAttribute('maxlength')).toBe(String(GROUP_NAME_MAX));
    expect(screen.getByLabelText('Functie 1').getAttribute('maxlength')).toBe(String(MEMBER_TEXT_MAX));
    expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', true);
    fireEvent.change(name, { target: { value: 'Team Zuid' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(callsOf(calls, 'groups.save')).toHaveLength(1));
    expect(callsOf(calls, 'groups.save')[0]).toMatchObject({ id: IDS.group, name: 'Team Zuid', members: [{ skjNumber: null }, { skjNumber: null }] });
  });
});
