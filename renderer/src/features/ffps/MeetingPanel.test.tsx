// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MeetingPanel } from './MeetingPanel';
import { renderInApp } from '../../test/render';
import { callsOf, fakeBackend } from '../../test/fakeBackend';
import { IDS, runningSession } from '../../test/fixtures';
import { ApiError } from '../../../../shared/api/errors';
import { detail } from '../../../../shared/api/details';
import type { Meeting, MeetingDetail } from '../../../../shared/ffps/meeting';

afterEach(cleanup);

/** A casuïstiekbespreking at its last block: the site issues. */
function atSiteIssues() {
  const s = runningSession();
  const block = (title: string, section: string | null) => ({ title, minutes: 10, section, instruction: '', prompts: [] });
  s.script = { ...s.script, canvas: 'ffps-casenote', blocks: [block('Bijpraten', null), block('Casebespreking', 'casenote'), block('Organisatorisch', null)] };
  s.run = { ...s.run, blockIndex: 2 };
  return s;
}

describe('the FFPS meeting panel (issue 15)', () => {
  it("shows the backend's refusal of a site issue under the row it came from, not in a toast", async () => {
    const meeting: Meeting = { agenda: [], currentNoteId: null, discussions: [], siteIssues: ['Koffie', '', 'Bel 0612345678 voor de sleutel'] };
    const calls = fakeBackend({
      'ffps.meeting': (): MeetingDetail => ({ sessionId: IDS.session, meeting, candidates: [], caseload: [], updatedAt: null }),
      'ffps.saveMeeting': ({ meeting: m }: { meeting: Meeting }) => {
        const i = m.siteIssues.findIndex((x) => /06\d{8}/.test(x));
        if (i >= 0) throw new ApiError('IDENTIFIER', 'refused', [detail(`meeting.siteIssues.${i}`, 'identifier_in_text', 'TELEFOON', { label: 'TELEFOON' })]);
        return { sessionId: IDS.session, meeting: m, candidates: [], caseload: [], updatedAt: null };
      },
    });
    renderInApp(<MeetingPanel session={atSiteIssues()} />);
    fireEvent.change(await screen.findByLabelText('Punt 1'), { target: { value: 'Koffie halen' } });
    await waitFor(() => expect(callsOf(calls, 'ffps.saveMeeting')).toHaveLength(1), { timeout: 3000 });
    // Sent without the empty row: the refusal of sent item 2 belongs to row 3 on screen.
    expect((callsOf(calls, 'ffps.saveMeeting')[0] as { meeting: Meeting }).meeting.siteIssues).toHaveLength(2);
    const third = screen.getByLabelText('Punt 3');
    await waitFor(() => expect(third.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(third.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Hier staat een telefoonnummer: haal het weg of vervang het.');
    expect(screen.getByLabelText('Punt 1').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Punt 2').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.toast')).toBeNull();

    fireEvent.change(third, { target: { value: 'Sleutel bij de receptie' } });
    expect(third.getAttribute('aria-invalid')).toBeNull();
  });
});
