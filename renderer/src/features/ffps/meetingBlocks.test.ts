import { describe, expect, it } from 'vitest';
import { meetingPart } from './meetingBlocks';

const block = (title: string, section: string | null) => ({ title, minutes: 5, section, instruction: '', prompts: [] });

describe('the parts of the weekly meeting', () => {
  it('follow the FFPS script: catch-up, case review, staffing, site issues', () => {
    const blocks = [block('Bijpraten', null), block('Casusbespreking', 'casenote'), block('Caseload en planning', 'planning'), block('Organisatorische zaken', null)] as never;
    expect([0, 1, 2, 3].map((i) => meetingPart(blocks, i))).toEqual(['catch-up', 'case-review', 'staffing', 'site-issues']);
  });
  it('keep working for a script without canvas blocks (everything is catch-up)', () => {
    expect(meetingPart([block('Open', null)] as never, 0)).toBe('catch-up');
  });
});
