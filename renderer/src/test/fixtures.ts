import { EMPTY_CANVAS, EMPTY_LEARNING, type SessionDetail } from '../../../shared/sessions/types';
import * as engine from '../../../shared/sessions/engine';
import type { Group } from '../../../shared/groups/types';

export const IDS = {
  group: '11111111-1111-4111-8111-111111111111',
  session: '22222222-2222-4222-8222-222222222222',
  anna: '33333333-3333-4333-8333-333333333333',
  bram: '44444444-4444-4444-8444-444444444444',
};

export const group: Group = {
  id: IDS.group,
  name: 'Team Noord',
  description: '',
  members: [
    { id: IDS.anna, name: 'Anna', function: 'gedragswetenschapper', organisation: 'GI', skjNumber: null },
    { id: IDS.bram, name: 'Bram', function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null },
  ],
};

const block = (title: string, section: string | null) => ({ title, minutes: 15, section, instruction: `Instructie ${title}`, prompts: [] });

/** A running MLB at its Feiten block (block 2 of 4). */
export function runningSession(): SessionDetail {
  const blocks = [block('Mensen', 'mensen'), block('Feiten', 'feiten'), block('Weging', 'weging'), block('Afronding', null)];
  const run = engine.next(engine.start(engine.initialRun(blocks.length), Date.now() - 60_000), Date.now(), blocks.length);
  return {
    id: IDS.session,
    groupId: IDS.group,
    groupName: group.name,
    members: group.members,
    date: '2026-11-30',
    startTime: '13:00',
    endTime: '14:00',
    roles: { gespreksleider: IDS.anna, inbrenger: IDS.bram, notulist: null, tijdbewaker: null },
    caseId: null,
    caseCodeName: null,
    leervraag: 'Hoe kan ik oma betrekken?',
    script: { id: 'mlb-test', title: 'MLB', format: 'mlb', canvas: 'vier-vensters', roles: ['gespreksleider', 'inbrenger'], version: 1, description: '', blocks },
    run,
    canvas: structuredClone(EMPTY_CANVAS),
    learning: structuredClone(EMPTY_LEARNING),
    reflections: [],
    hours: [],
    updatedAt: '2026-11-30T12:00:00Z',
  };
}
