import { randomId } from '../../ui/ids';
import type { VierVenstersCanvas } from '../../../../shared/sessions/types';
import type { Member } from '../../../../shared/groups/types';
import type { TextChecks } from './checks';
import type { Update } from './useSession';

export type VensterSection = 'mensen' | 'feiten' | 'weging' | 'volgende-stappen';
export const VENSTERS: VensterSection[] = ['mensen', 'feiten', 'weging', 'volgende-stappen'];

/** What every venster of the canvas editor gets from the console. */
export interface VensterProps {
  section: VensterSection;
  canvas: VierVenstersCanvas;
  /** Changes the canvas as a function of its latest value (see useSession). */
  update: Update<VierVenstersCanvas>;
  members: Member[];
  presentIds: string[];
  inbrengerId: string;
  pseudonyms: string[];
  checks: TextChecks;
}

/** Moving decision language to the inbrenger's list: it becomes an idea marked "meenemen". */
export function moveToWerkbegeleiding(c: VierVenstersCanvas, text: string): VierVenstersCanvas {
  return { ...c, volgendeStappen: { ideas: [...c.volgendeStappen.ideas, { id: randomId(), memberId: null, text, takeAlong: true }] } };
}
