// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import PlanScreen from './PlanScreen';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { group, IDS } from '../../test/fixtures';
import { LEERVRAAG_MAX } from '../../../../shared/sessions/types';

afterEach(cleanup);

const scripts = [{ id: 'mlb-vier-vensters', title: 'MLB', format: 'mlb', canvas: 'vier-vensters', description: '', builtin: true, totalMinutes: 90, blockCount: 7 }];

describe('the plan form checks with the shared sessions.plan schema', () => {
  it('shows the end-time rule at the end time and the role rule at the inbrenger', async () => {
    const calls = fakeBackend({ 'groups.get': () => group, 'scripts.list': () => scripts, 'cases.list': () => [] });
    renderInApp(<PlanScreen groupId={IDS.group} />);
    const end = await screen.findByLabelText('Eindtijd');
    expect(screen.getByLabelText(/^Leervraag/).getAttribute('maxlength')).toBe(String(LEERVRAAG_MAX));
    fireEvent.change(screen.getByLabelText('Begintijd'), { target: { value: '13:00' } });
    expect(end).toHaveProperty('value', '14:30');
    fireEvent.change(end, { target: { value: '12:00' } });
    expect(await within(end.closest('label')!).findByText('De eindtijd moet na de begintijd liggen.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('inbrenger'), { target: { value: IDS.anna } });
    const inbrenger = screen.getByLabelText('inbrenger');
    expect(await within(inbrenger.closest('.field') as HTMLElement).findByText('De gespreksleider brengt zelf geen casus in: kies twee verschillende mensen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bijeenkomst plannen' })).toHaveProperty('disabled', true);
    expect(callsOf(calls, 'sessions.plan')).toEqual([]);
    // Fixed from the other side: the message goes.
    fireEvent.change(screen.getByLabelText('gespreksleider'), { target: { value: IDS.bram } });
    await waitFor(() => expect(screen.queryByText('De gespreksleider brengt zelf geen casus in: kies twee verschillende mensen.')).toBeNull());
  });
});
