// Benchmarks of the portfolio (issue 11): a professional who took part in 200 bijeenkomsten of their group
// (and 40 of another group they are not in) opens the timeline, the werkbegeleiding list and the hours
// overview. Each of these reads the bijeenkomsten through the sessions area's service.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend';
import { fmt, samples, time } from './stats';

const SESSIONS = 200;
const OTHER = 40;

export default async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-portfolio-'));
  const b = createBackend({ dataDir: dir, shell: 'web' });
  try {
    const member = (name: string) => ({ name, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null });
    const g = b.services.groups.save({ name: 'Team Noord', description: '', members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen', 'Dewi Sahin'].map(member) });
    const other = b.services.groups.save({ name: 'Team Zuid', description: '', members: ['Eva Smit', 'Fleur Bakker', 'Gert Mol'].map(member) });
    const [anna, bram, chris] = g.members;
    const [, setUp] = time(() => {
      const plan = (groupId: string, roles: { gespreksleider: string; inbrenger: string }, day: number) => {
        const date = new Date(Date.UTC(2022, 0, 3) + day * 86_400_000).toISOString().slice(0, 10);
        const s = b.services.sessions.plan(day % 2 ? 'mlb-vier-vensters' : 'ffps-casuistiekbespreking', {
          groupId, date, startTime: '10:00', endTime: '11:30', roles: { ...roles, notulist: null, tijdbewaker: null }, caseId: null, leervraag: 'Hoe blijf ik rustig?',
        });
        const start = Date.parse(`${date}T09:00:00Z`);
        b.services.sessions.saveRun(s.id, { ...s.run, status: 'finished', actualStart: start, actualEnd: start + 90 * 60_000 });
        const members = groupId === g.id ? g.members : other.members;
        b.services.sessions.saveLearning(s.id, {
          ...s.learning,
          inbrengerLearned: 'Ik vul te snel in wat een vader bedoelt.',
          toWerkbegeleiding: day % 3 === 0 ? 'Hoe bereid ik een gesprek over school voor?' : '',
          participantLearnings: [{ memberId: members[2].id, text: 'Stilte laten vallen werkt.' }],
          attendance: members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })),
        });
        if (groupId === g.id) {
          b.services.sessions.saveReflection({ sessionId: s.id, memberId: bram.id, technischInstrumenteel: 'Ik stelde open vragen.', normatief: 'Wanneer is thuis goed genoeg?', persoonlijk: '', shared: true });
        }
      };
      for (let i = 0; i < SESSIONS; i++) plan(g.id, { gespreksleider: anna.id, inbrenger: i % 2 ? bram.id : chris.id }, i * 7);
      for (let i = 0; i < OTHER; i++) plan(other.id, { gespreksleider: other.members[0].id, inbrenger: other.members[1].id }, i * 7 + 3);
    });
    console.log(`set-up: ${SESSIONS} bijeenkomsten with the professional and ${OTHER} without, in ${(setUp / 1000).toFixed(1)} s`);
    const p = b.services.portfolio;
    p.saveProfile({ name: 'Bram Okafor', function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: '100234567', periodStart: '2022-01-01', memberIds: [bram.id], ffpsNames: [] });
    const items = p.timeline({}).length;
    const timeline = await samples(15, () => p.timeline({}));
    console.log(`timeline (${items} items): median ${fmt(timeline.median)}, p95 ${fmt(timeline.p95)}`);
    const wb = await samples(15, () => p.werkbegeleiding());
    console.log(`werkbegeleiding (${p.werkbegeleiding().length} items): median ${fmt(wb.median)}, p95 ${fmt(wb.p95)}`);
    const hours = await samples(15, () => p.hours());
    console.log(`hours overview: median ${fmt(hours.median)}, p95 ${fmt(hours.p95)}`);
  } finally {
    b.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
