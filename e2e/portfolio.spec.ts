import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { callApi } from './support/api';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf';
import { AppShell } from './pages/app';
import { PortfolioPage } from './pages/portfolio';
import { EMPTY_CANVAS } from '../shared/sessions/types';

/**
 * A gezinsvoogd's portfolio: Bram took part in an MLB (brought the case) and an FFPS meeting, both set up
 * through the API. He makes his profile ("dit ben ik"), writes a STARR reflection linked to a learning
 * goal, sees everything on the timeline, marks a werkbegeleiding item besproken, enters hours outside
 * the app, sees the chart and the pace warning, and exports the reflectieverslag and the hours overview.
 */
let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const SCREENS = process.env.LEERTAFEL_SCREENS ?? 'test-results/portfolio-screens';
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
};

/** Case text: on the canvas of the MLB and in the FFPS case-note; never in a portfolio export. */
const CASE_CANARY = 'Kanarievogel verzuimt sinds de herfst';
const NOTE_CANARY = 'Kanariepiet belt de school';
const IDEA = '00000000-0000-4000-8000-0000000000e1';

async function setUp(a: RunningApp) {
  const g = await callApi(a, 'groups.save', {
    name: 'Team Noord',
    description: '',
    members: [
      { name: 'Anna de Vries', function: 'gedragswetenschapper', organisation: 'GI Noord', skjNumber: null },
      { name: 'Bram Okafor', function: 'gezinsvoogd', organisation: 'GI Noord', skjNumber: '100234567' },
      { name: 'Chris Jansen', function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null },
    ],
  });
  const [anna, bram, chris] = g.members;
  const theCase = await callApi(a, 'cases.create', { format: 'mlb' });
  const meeting = async (script: string, date: string, minutes: number, inbrenger: string, caseId: string | null) => {
    const s = await callApi(a, 'sessions.plan', {
      scriptId: script,
      plan: { groupId: g.id, date, startTime: '10:00', endTime: '11:30', roles: { gespreksleider: anna.id, inbrenger, notulist: null, tijdbewaker: null }, caseId, leervraag: 'Hoe kan ik rustig blijven als een vader boos wordt?' },
    });
    const start = Date.parse(`${date}T09:00:00Z`);
    await callApi(a, 'sessions.saveRun', { id: s.id, run: { ...s.run, status: 'finished', actualStart: start, actualEnd: start + minutes * 60_000 } });
    return s;
  };
  const mlb = await meeting('mlb-vier-vensters', '2026-03-02', 90, bram.id, theCase.id);
  await callApi(a, 'sessions.saveCanvas', {
    id: mlb.id,
    canvas: {
      ...EMPTY_CANVAS,
      feiten: { items: [{ text: CASE_CANARY, kind: 'vaststaand' }], krachten: [], zorgen: [], onbekend: [] },
      volgendeStappen: { ideas: [{ id: IDEA, memberId: chris.id, text: 'Vraag wat school lastig maakt', takeAlong: true }] },
    },
  });
  await callApi(a, 'sessions.saveLearning', {
    id: mlb.id,
    learning: {
      ...mlb.learning,
      inbrengerLearned: 'Ik vul te snel in wat een vader bedoelt.',
      inbrengerWillTry: 'Eerst samenvatten, dan vragen.',
      toWerkbegeleiding: 'Hoe bereid ik een gesprek over school voor?',
      attendance: g.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })),
    },
  });
  await callApi(a, 'sessions.saveReflection', { sessionId: mlb.id, memberId: bram.id, technischInstrumenteel: 'Ik stelde open vragen.', normatief: 'Wanneer is thuis goed genoeg?', persoonlijk: '', shared: true });
  const ffps = await meeting('ffps-casuistiekbespreking', '2026-03-09', 60, chris.id, null);
  await callApi(a, 'sessions.saveLearning', { id: ffps.id, learning: { ...ffps.learning, attendance: g.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })) } });
  // Bram's case-note and the supervisor's feedback round with an oefenpunt.
  await callApi(a, 'settings.update', { displayName: 'Bram Okafor' });
  const note = await callApi(a, 'ffps.saveNote', {
    caseId: theCase.id, phase: 'verbinden-en-motiveren', contactNumber: 1, week: 1, present: [],
    goals: [{ goal: 'Kennismaken', progress: NOTE_CANARY }], interventions: 'Ik benoemde wat goed ging.', techniques: [], responses: [],
    hypothesis: { function: 'nabijheid', behaviour: NOTE_CANARY, nobleIntent: 'betrokken blijven' }, nextPlan: 'Doorvragen.', forDiscussion: false,
  });
  const ok = { score: 'ja' as const, comment: '' };
  await callApi(a, 'ffps.saveFeedback', { noteId: note.id, comments: [], principles: { krachtgericht: ok, relationeel: ok, fasegericht: ok, nietOordelend: ok, matching: ok }, adherence: 5, competence: 4, oefenpunt: 'Vraag eerst naar wat al lukt.' });
}

test('a professional’s portfolio: timeline, reflection with a goal, werkbegeleiding, SKJ hours and exports', async ({ page }) => {
  test.setTimeout(240_000);
  app = await startApp(tempDataDir('leertafel-portfolio-'));
  await setUp(app);
  await new AppShell(page).open(app.url);
  const p = new PortfolioPage(page);
  await p.open();

  // Who are you? The profile links Bram to his member in Team Noord and his FFPS name.
  await expect(page.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expectAccessible(page, 'portfolio welcome');
  await p.createProfile({ name: 'Bram Okafor', fn: 'gezinsvoogd', organisation: 'GI Noord', skj: '100234567', periodStart: '2024-01-01', group: 'Team Noord', member: 'Bram Okafor (gezinsvoogd)', ffpsName: 'Bram Okafor' });
  await expect(page.getByRole('heading', { name: 'Mijn portfolio' })).toBeVisible();

  // Everything from the two meetings and the feedback round is on the timeline.
  await expect(p.items).toHaveCount(5);
  for (const kind of ['Bijeenkomst', 'Reflectie', 'Leeropbrengst', 'FFPS-feedback']) await expect(p.timeline.getByText(kind, { exact: true }).first()).toBeVisible();
  await expect(p.timeline.getByText('Ik stelde open vragen.')).toBeVisible();
  await expect(p.timeline.getByText('Vraag eerst naar wat al lukt.')).toBeVisible();
  await expect(page.getByText(CASE_CANARY)).toHaveCount(0);

  // A learning goal.
  await p.tab('Leerdoelen').click();
  await p.addGoal('Ik laat een vader eerst uitpraten');
  await expect(page.getByRole('list', { name: 'Leerdoelen' }).getByText('Ik laat een vader eerst uitpraten')).toBeVisible();
  await expectAccessible(page, 'portfolio goals');

  // A free STARR reflection: a phone number is refused at once, decision language gets a hint.
  await p.newReflection();
  await page.getByLabel('Titel').fill('Na het huisbezoek bij een boze vader');
  await page.getByText('STARR', { exact: true }).click();
  await p.reflectionField('Situatie').fill('Een huisbezoek waarin een vader boos werd; ik belde daarna 06-12345678.');
  await expect(page.getByText(/Bevat mogelijk een telefoonnummer/)).toBeVisible();
  await p.reflectionField('Situatie').fill('Een huisbezoek waarin een vader boos werd.');
  await expect(page.getByText(/Bevat mogelijk een telefoonnummer/)).toHaveCount(0);
  await p.reflectionField('Taak').fill('Het gesprek rustig houden.');
  await p.reflectionField('Actie').fill('Ik liet hem eerst uitpraten en vatte samen.');
  await p.reflectionField('Resultaat').fill('Hij werd rustiger.');
  await p.reflectionField('Reflectie').fill('We besluiten dat de jongen uit huis wordt geplaatst.');
  await expect(page.getByRole('note').getByText('Dit klinkt als een besluit.')).toBeVisible();
  await p.reflectionField('Reflectie').fill('Ik merk dat samenvatten mij rust geeft; dat wil ik vaker doen.');
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Persoonlijk' }).check();
  await page.getByRole('checkbox', { name: 'Ik laat een vader eerst uitpraten' }).check();
  await expectAccessible(page, 'portfolio reflection');
  await page.getByRole('button', { name: 'Reflectie opslaan' }).click();
  await expect(page.getByText('Reflectie opgeslagen.')).toBeVisible();

  // The timeline: six items; filters and search.
  await expect(p.items).toHaveCount(6);
  const mine = p.item('Na het huisbezoek bij een boze vader');
  await expect(mine.getByText('Eigen reflectie', { exact: true })).toBeVisible();
  await expect(mine.getByRole('button', { name: 'Ik laat een vader eerst uitpraten' })).toBeVisible();
  await p.search.fill('samenvatten rust');
  await expect(p.items).toHaveCount(1);
  await p.search.fill('');
  await p.kindFilter.selectOption({ label: 'FFPS-feedback' });
  await expect(p.items).toHaveCount(1);
  await p.kindFilter.selectOption({ label: 'Alles' });
  await p.dimensionFilter.selectOption({ label: 'Normatief' });
  await expect(p.items).toHaveCount(1);
  await p.dimensionFilter.selectOption({ label: 'Alle dimensies' });
  // Link the MLB itself to the goal as well.
  await p.items.filter({ has: page.getByText('Bijeenkomst', { exact: true }) }).filter({ hasText: 'Leervraag' }).getByLabel('Koppel aan leerdoel').selectOption({ label: 'Ik laat een vader eerst uitpraten' });
  await p.goalFilter.selectOption({ label: 'Ik laat een vader eerst uitpraten' });
  await expect(p.items).toHaveCount(2);
  await p.goalFilter.selectOption({ label: 'Alle leerdoelen' });
  await expect(p.items).toHaveCount(6);
  await expectAccessible(page, 'portfolio timeline');
  await shot(page, 'timeline');

  // The reflectieverslag: the chosen reflections by dimension, with the sign-off line; no case text.
  await p.item('Na het huisbezoek bij een boze vader').getByLabel('Kies voor het reflectieverslag').check();
  await p.items.filter({ hasText: 'Ik stelde open vragen.' }).getByLabel('Kies voor het reflectieverslag').check();
  const verslagDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reflectieverslag (pdf)' }).click();
  const verslag = await pdfText(new Uint8Array(fs.readFileSync((await (await verslagDownload).path())!)));
  for (const s of ['Reflectieverslag', 'Bram Okafor', '100234567', 'Technisch-instrumenteel', 'Normatief', 'Persoonlijk', 'Ik stelde open vragen.', 'Wanneer is thuis goed genoeg?', 'Actie: Ik liet hem eerst uitpraten', 'Handtekening begeleider']) {
    expect(verslag).toContain(s);
  }
  for (const s of [CASE_CANARY, NOTE_CANARY, 'Vraag wat school lastig maakt']) expect(verslag).not.toContain(s);

  // The goal page shows its evidence.
  await mine.getByRole('button', { name: 'Ik laat een vader eerst uitpraten' }).click();
  await expect(page.getByRole('heading', { name: 'Ik laat een vader eerst uitpraten' })).toBeVisible();
  await expect(page.getByText('2 bewijsstukken')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Mee bezig' });
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Leerdoel opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'portfolio goal');
  await shot(page, 'goal');

  // Werkbegeleiding: the idea Bram took along, marked besproken with what was agreed.
  await p.tab('Werkbegeleiding').click();
  const item = page.getByRole('listitem', { name: 'Vraag wat school lastig maakt' });
  await expect(item.getByText('Open', { exact: true })).toBeVisible();
  await item.getByLabel('Wat is afgesproken').fill('Eerst met de jongen zelf praten, dan met school.');
  await item.getByRole('button', { name: 'Markeer als besproken' }).click();
  await expect(item.getByText('Besproken', { exact: true })).toBeVisible();
  await expect(item.getByText(/Besproken op/)).toBeVisible();
  await expectAccessible(page, 'portfolio werkbegeleiding');
  await shot(page, 'werkbegeleiding');
  // The agenda for the next werkbegeleiding: what is still open, on paper.
  await page.getByRole('button', { name: 'Agenda afdrukken' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda werkbegeleiding' })).toBeVisible();
  await expect(page.getByText('Hoe bereid ik een gesprek over school voor?')).toBeVisible();
  await expect(page.getByText('Vraag wat school lastig maakt')).toHaveCount(0);
  await expectAccessible(page, 'portfolio agenda');
  await shot(page, 'agenda');
  await page.getByRole('button', { name: '← Terug' }).click();

  // SKJ hours: 1.5 (MLB) + 1 (FFPS); 2.25 outside hours by hand; the chart and the pace warning.
  await p.tab('SKJ-uren').click();
  await expect(page.getByText('2,5 van 60 uur')).toBeVisible();
  // A Dutch decimal comma, as the field shows it.
  await expect(page.getByLabel('Contacturen')).toHaveValue('1,5');
  await page.getByLabel('Contacturen').fill('2,25');
  await page.getByLabel('Toelichting (groep, begeleider, onderwerp)').fill('Intervisie met collega’s van team Zuid');
  await page.getByLabel('Datum').fill('2026-05-12');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByText('4,75 van 60 uur')).toBeVisible();
  await expect(p.chart).toBeVisible();
  await expect(p.chart.locator('rect')).toHaveCount(5);
  await expect(p.paceWarning).toBeVisible();
  await expect(p.paceWarning).toContainText('haal je de 60 uur niet');
  // The pace is an estimate: one decimal at most, not "7,71 uur".
  await expect(p.paceWarning).toHaveText(/verwacht \d+(,\d)? uur\. Nog [\d,]+ uur nodig, ongeveer \d+(,\d)? uur per jaar/);
  await expectAccessible(page, 'portfolio hours');
  await shot(page, 'hours');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Urenoverzicht (csv)' }).click();
  const csv = fs.readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('Datum;Soort;Omschrijving;Begin;Einde;Contacturen;Telt mee');
  expect(csv).toContain('2026-03-02;Methodische Leerbijeenkomst (Vier Vensters);Team Noord · Methodische Leerbijeenkomst – Vier Vensters;10:00;11:30;1,50;1,50');
  expect(csv).toContain('2026-05-12;Intervisie buiten Leertafel;Intervisie met collega’s van team Zuid;;;2,25;2,25');
  expect(csv).toContain('Totaal;2024-01-01 t/m 2028-12-31;;;;4,75');
  expect(csv).not.toContain(CASE_CANARY);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Urenoverzicht (pdf)' }).click();
  const hoursPdf = await pdfText(new Uint8Array(fs.readFileSync((await (await pdfDownload).path())!)));
  for (const s of ['Reflectie-uren SKJ', 'Bram Okafor', '4,75 van 60 uur', 'Intervisie met collega', 'Let op']) expect(hoursPdf).toContain(s);
  for (const s of [CASE_CANARY, NOTE_CANARY]) expect(hoursPdf).not.toContain(s);

  // The presentielijst of the MLB, as CSV.
  const listDownload = page.waitForEvent('download');
  await page.getByRole('row', { name: /Team Noord · Methodische/ }).getByRole('button', { name: 'Presentielijst csv' }).click();
  const list = fs.readFileSync((await (await listDownload).path())!, 'utf8');
  expect(list).toContain('Anna de Vries;gedragswetenschapper;GI Noord;;gespreksleider;aanwezig;10:00;11:30;1,5');
  expect(list).not.toContain(CASE_CANARY);

  // A colleague on the same computer makes her own profile from the Profiel tab: it becomes "dit ben ik",
  // and Bram's portfolio is not shown to her; Bram chooses himself again and finds it all back.
  await p.tab('Profiel').click();
  await page.getByRole('button', { name: 'Nieuw profiel maken' }).click();
  const forms = page.getByRole('form', { name: 'Profiel' });
  await expect(forms).toHaveCount(2);
  const fresh = forms.last();
  await fresh.getByLabel('Naam', { exact: true }).fill('Chris Jansen');
  await fresh.getByLabel('Begin van de huidige registratieperiode').fill('2025-01-01');
  await fresh.getByRole('button', { name: 'Profiel maken' }).click();
  await expect(forms).toHaveCount(1);
  await expect(forms.getByLabel('Naam', { exact: true })).toHaveValue('Chris Jansen');
  await p.tab('Tijdlijn').click();
  await expect(page.getByText('Ik stelde open vragen.')).toHaveCount(0);
  await p.tab('Profiel').click();
  await page.getByRole('listitem').filter({ hasText: 'Bram Okafor' }).getByRole('button', { name: 'Dit ben ik' }).click();
  await expect(forms.getByLabel('Naam', { exact: true })).toHaveValue('Bram Okafor');
  await p.tab('Tijdlijn').click();
  await expect(p.timeline.getByText('Ik stelde open vragen.')).toBeVisible();
});
