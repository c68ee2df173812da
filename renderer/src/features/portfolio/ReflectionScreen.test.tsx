// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ReflectionScreen from './ReflectionScreen';
import { HoursChart } from './HoursChart';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import '../../i18n';
import type { FreeReflectionSave, Profile } from '../../../../shared/portfolio/types';
import { hoursSummary } from '../../../../shared/portfolio/hours';

afterEach(cleanup);

const ME: Profile = { id: '00000000-0000-4000-8000-000000000001', name: 'Bram Okafor', function: 'gezinsvoogd', organisation: 'GI Noord', skjNumber: null, periodStart: '2024-01-01', memberIds: [], ffpsNames: [] };
const GOAL = { id: '00000000-0000-4000-8000-000000000002', title: 'Ik laat een vader eerst uitpraten', description: '', status: 'open' as const, evidence: 0, updatedAt: '2026-01-01T00:00:00Z' };

describe('a free reflection', () => {
  it('offers the template’s fields, hints at decision language, and sends only that template’s fields with the goal', async () => {
    const calls = fakeBackend({
      'portfolio.me': () => ({ profile: ME }),
      'portfolio.goals': () => [GOAL],
      'anonymiser.lexicons': () => ({ firstNames: [], surnames: [], places: [], streets: [], institutions: [] }),
      'portfolio.saveReflection': (r: FreeReflectionSave) => ({ ...r, id: '00000000-0000-4000-8000-000000000003', updatedAt: '2026-01-01T00:00:00Z' }),
      'portfolio.timeline': () => [],
    });
    const view = renderInApp(<ReflectionScreen />, { path: '/', routes: [{ path: '/portfolio', element: <p>tijdlijn</p> }] });
    fireEvent.change(await screen.findByLabelText('Titel'), { target: { value: 'Na het huisbezoek' } });
    // STARR is the default; ALACT shows its five steps, and back.
    fireEvent.click(screen.getByLabelText('ALACT-cyclus'));
    expect(await screen.findByLabelText('3. Bewustwording van wezenlijke aspecten')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('STARR'));
    const reflectie = await screen.findByLabelText('Reflectie');
    fireEvent.change(screen.getByLabelText('Situatie'), { target: { value: 'Een huisbezoek.' } });
    fireEvent.change(reflectie, { target: { value: 'We besluiten dat de jongen uit huis wordt geplaatst.' } });
    expect(await screen.findByText('Dit klinkt als een besluit.')).toBeTruthy();
    fireEvent.change(reflectie, { target: { value: 'Ik wil eerder samenvatten.' } });
    await waitFor(() => expect(screen.queryByText('Dit klinkt als een besluit.')).toBeNull());
    fireEvent.click(screen.getByLabelText('Ik laat een vader eerst uitpraten'));
    fireEvent.click(screen.getByRole('button', { name: 'Reflectie opslaan' }));
    const { router } = view;
    await waitFor(() => expect(router.state.location.pathname).toBe('/portfolio'), { timeout: 3000 });
    const [sent] = callsOf(calls, 'portfolio.saveReflection') as FreeReflectionSave[];
    expect(sent.template).toBe('starr');
    expect(Object.keys(sent.fields).sort()).toEqual(['actie', 'reflectie', 'resultaat', 'situatie', 'taak']);
    expect(sent.fields.reflectie).toBe('Ik wil eerder samenvatten.');
    expect(sent.goalIds).toEqual([GOAL.id]);
  });
});

describe('the hours chart', () => {
  it('draws a bar and a norm mark per calendar year of the period, and says the figures in words', () => {
    const s = hoursSummary('2023-09-01', [{ date: '2024-03-01', hours: 6 }], '2025-01-01');
    render(<HoursChart years={s.years} />);
    const img = screen.getByRole('img');
    expect(img.querySelectorAll('rect')).toHaveLength(6);
    expect(img.querySelectorAll('line.chart-norm')).toHaveLength(6);
    expect(img.textContent).toContain('2023: 0 / 4,01; 2024: 6 / 12,02; 2025: 0 / 11,99');
  });
});
