import type { Script } from '../../../../shared/scripts/types';

/** Which part of the weekly meeting a block of the FFPS script is: by its canvas section, else by its place. */
export type MeetingPart = 'catch-up' | 'case-review' | 'staffing' | 'site-issues';

export function meetingPart(blocks: Script['blocks'], index: number): MeetingPart {
  const section = blocks[index]?.section ?? null;
  if (section === 'casenote' || section === 'feedback') return 'case-review';
  if (section === 'planning') return 'staffing';
  const firstCanvas = blocks.findIndex((b) => b.section === 'casenote' || b.section === 'feedback' || b.section === 'planning');
  return firstCanvas === -1 || index < firstCanvas ? 'catch-up' : 'site-issues';
}
