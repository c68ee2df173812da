import type { Block } from './types';

export interface ScheduledBlock {
  /** Clock time 'HH:MM', wrapping past midnight. */
  start: string;
  end: string;
  /** Minutes from the start of the session to the start of this block. */
  offsetMinutes: number;
}

const DAY = 24 * 60;

export function totalMinutes(blocks: readonly Pick<Block, 'minutes'>[]): number {
  return blocks.reduce((sum, block) => sum + block.minutes, 0);
}

/** Throws RangeError for a start that is not 'HH:MM' (00:00–23:59): that is a caller bug, not user input. */
export function blockSchedule(blocks: readonly Pick<Block, 'minutes'>[], start: string): ScheduledBlock[] {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(start);
  if (!match) throw new RangeError(`start moet 'HH:MM' zijn, gevonden: '${start}'`);
  const startOfDay = Number(match[1]) * 60 + Number(match[2]);
  let offset = 0;
  return blocks.map((block) => {
    const entry = { start: clock(startOfDay + offset), end: clock(startOfDay + offset + block.minutes), offsetMinutes: offset };
    offset += block.minutes;
    return entry;
  });
}

function clock(minutes: number): string {
  const inDay = ((minutes % DAY) + DAY) % DAY;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}
