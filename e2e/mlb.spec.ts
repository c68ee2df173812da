import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf';
import { AppShell } from './pages/app';
import { CasePage, CasesPage } from './pages/cases';
import { GroupsPage, type MemberData } from './pages/groups';
import { SessionPage } from './pages/session';

/**
 * A gespreksleider plans a Methodische Leerbijeenkomst, leads all seven blocks (time moved by the test
 * clock, not by waiting), fills every venster, meets the decision guard, scores the weging in silence,
 * records the leeropbrengst and reflections, and hands over the learning record as PDF.
 */
let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

const MEMBERS: MemberData[] = [
  { name: 'Anna Gespreksleider', function: 'gedragswetenschapper', organisation: 'GI Noord' },
  { name: 'Bram Inbrenger', function: 'jeugdbeschermer', organisation: 'GI Noord', skj: '100234567' },
  { name: 'Chris Deelnemer', function: 'gezinsvoogd', organisation: 'GI Noord' },
  { name: 'Dewi Deelnemer', function: 'gezinsmanager', organisation: 'GI Noord' },
];
const LEERVRAAG = 'Hoe kan ik moeder beter betrekken bij het plan?';

test('plan, lead and record a Methodische Leerbijeenkomst', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: new Date('2026-11-30T12:00:00Z') });
  app = await startApp(tempDataDir('leertafel-mlb-'));
  await new AppShell(page).open(app.url);

  // A case with a roster, to bring in.
  const cases = new CasesPage(page);
  await cases.open();
  const caseName = await cases.newCase();
  const theCase = new CasePage(page);
  await theCase.addPerson('moeder', 'Moeder');
  await theCase.addPerson('zoon, 9', 'K1');
  await theCase.save();

  // A leergroep with four professionals.
  const groups = new GroupsPage(page);
  await groups.open();
  await expect(groups.emptyHeading).toBeVisible();
  await expectAccessible(page, 'groups (empty)');
  const group = await groups.create('Team Noord');
  for (const member of MEMBERS) await group.addMember(member);
  await group.save();
  await expectAccessible(page, 'group');

  // Plan: the leervraag not in ik-vorm gets a gentle hint.
  let plan = await group.planBijeenkomst();
  await plan.schedule('2026-11-30', '13:00');
  await expect(plan.endTime).toHaveValue('14:30');
  await plan.chooseRoles({ gespreksleider: 'Anna Gespreksleider', inbrenger: 'Bram Inbrenger', tijdbewaker: 'Dewi Deelnemer' });
  await plan.chooseCase(caseName);
  await plan.leervraag.fill('Wat moet er gebeuren met dit gezin?');
  await expect(plan.ikVormTip).toBeVisible();
  await plan.leervraag.fill(LEERVRAAG);
  await expect(plan.ikVormTip).toHaveCount(0);
  await expectAccessible(page, 'plan');
  await plan.submit();
  const session = new SessionPage(page);
  await expect(session.title(/30 nov\.? 2026, 13:00–14:30/)).toBeVisible();
  await expectAccessible(page, 'session');
  // Until it starts, the plan can change; the script snapshot cannot.
  plan = await session.editPlan();
  await expect(plan.leervraag).toHaveValue(LEERVRAAG);
  await expect(plan.script).toBeDisabled();
  await plan.endTime.fill('14:45');
  await plan.save();
  await expect(session.title(/30 nov\.? 2026, 13:00–14:45/)).toBeVisible();

  // Lead it.
  const consoleScreen = await session.lead();
  await expect(consoleScreen.blockHeading('Opening en spelregels')).toBeVisible();
  await expect(consoleScreen.timer).toHaveText('5:00');
  // Start on the planned minute: the installed clock runs with real time, and on a loaded machine the
  // planning above can take more than a minute, which the console would rightly count as late.
  await page.clock.setSystemTime(new Date('2026-11-30T12:00:00Z'));
  await consoleScreen.pressStartPause();
  await page.clock.fastForward('03:00');
  await expect(consoleScreen.timer).toHaveText(/^[12]:\d\d$/);
  await expect(consoleScreen.late).toHaveText('Op schema');

  // The beamer: what the group sees, without the facilitator's instruction.
  const beamer = await consoleScreen.pressBeamer();
  await expect(beamer.blockHeading('Opening en spelregels')).toBeVisible();
  await expect(beamer.timer).toBeVisible();
  const instruction = (await consoleScreen.instruction.textContent())!.trim().slice(0, 40);
  await expect(beamer.text(instruction)).toHaveCount(0);
  await expectAccessible(beamer.page, 'beamer');

  await page.clock.fastForward('02:30');
  await consoleScreen.pressNext(); // inbreng + leervraag
  await expect(consoleScreen.leervraag(LEERVRAAG)).toBeVisible();
  await page.clock.fastForward('10:00');
  await consoleScreen.pressNext(); // venster 1: mensen
  await expect(consoleScreen.vensterHeading('Venster 1 · Mensen')).toBeVisible();
  await consoleScreen.takeOverRoster();
  await consoleScreen.describePerson(1, { relation: 'moeder van K1', perspective: 'wil dat K1 thuis blijft wonen', regie: true });
  await expect(consoleScreen.saveBadge).toHaveText(/Wijzigingen|Opslaan|Opgeslagen/);
  await page.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await expect(beamer.text('wil dat K1 thuis blijft wonen')).toBeVisible();
  await expectAccessible(page, 'console (mensen)');
  await page.clock.fastForward('15:00');
  await consoleScreen.pressNext(); // venster 2: feiten

  await consoleScreen.addFact('het besluit van de rechter vorig jaar was een OTS van een jaar');
  await expect(consoleScreen.guard).toHaveCount(0);
  await consoleScreen.addFact('We besluiten een OTS aan te vragen', 'betwist');
  await expect(consoleScreen.guard).toContainText('Een leerbijeenkomst neemt geen besluiten over cliënten.');
  await consoleScreen.rephraseAsSuggestion();
  await expect(consoleScreen.fact(2)).toHaveValue(/^Suggestie/);
  await expect(consoleScreen.guard).toHaveCount(0);
  await consoleScreen.addToList('Krachten', 'Moeder zoekt zelf hulp');
  await consoleScreen.addToList('Zorgen', 'K1 verzuimt vaak');
  await consoleScreen.addToList('Wat weten we niet?', 'Hoe K1 het zelf ziet');
  await page.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await page.clock.fastForward('15:00');
  await consoleScreen.pressNext(); // venster 3: weging

  await consoleScreen.inbrengerWeging.fill('Goed genoeg zolang het netwerk meekijkt.');
  await consoleScreen.addToList('Gebruikte criteria', 'Gaat K1 naar school?');
  await consoleScreen.silentScaling.check();
  const scores = [6, 4, 7, 5];
  for (const [i, { name }] of MEMBERS.entries()) {
    if (i < 3) await expect(consoleScreen.scoredSoFar(i, 4)).toBeVisible();
    await consoleScreen.score(name).fill(String(scores[i]));
  }
  await expect(consoleScreen.scoreDistribution).toBeVisible();
  await page.clock.fastForward('00:02');
  await expect(beamer.scoreDistribution).toBeVisible();
  // Running late: 27 minutes in a 20-minute block.
  await page.clock.fastForward('27:00');
  await expect(consoleScreen.timer).toHaveText(/^-7:\d\d$/);
  const lateBefore = await consoleScreen.lateMinutes();
  expect(lateBefore).toBeGreaterThanOrEqual(7); // this block's 7 minutes, plus what earlier blocks ran over
  await consoleScreen.pressPlusFive();
  await expect(consoleScreen.timer).toHaveText(/^-2:\d\d$/);
  const lateAfter = await consoleScreen.lateMinutes();
  expect(lateAfter).toBeGreaterThanOrEqual(lateBefore);
  await consoleScreen.pressNext(); // venster 4: volgende stappen

  await consoleScreen.addIdea('Vraag K1 naar de drie huizen', { from: 'Chris Deelnemer', takeAlong: true });
  await consoleScreen.addIdea('Een netwerkberaad plannen met oma');
  await page.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  // Written as a plan, it reads as a decision nobody rephrased: the beamer marks it.
  await expect(beamer.decisionMark('Een netwerkberaad plannen met oma')).toBeVisible();
  await expectAccessible(page, 'console (volgende stappen)');
  await page.screenshot({ path: 'test-results/mlb-consoleScreen.png', fullPage: true });
  await beamer.page.screenshot({ path: 'test-results/mlb-beamer.png' });
  await page.clock.fastForward('15:00');
  await consoleScreen.pressNext(); // leeropbrengst

  await consoleScreen.learning.record({
    learned: 'Dat ik de stem van K1 te weinig hoor.',
    willTry: 'De drie huizen met K1 invullen.',
    participants: { 'Chris Deelnemer': 'Feiten en interpretaties scheiden helpt.' },
    process: 'De weging liep uit; eerder afkappen.',
  });
  await page.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await page.clock.fastForward('10:00');
  await consoleScreen.finish();
  // "Afronden" lists that text first; rephrased as a suggestion, the bijeenkomst ends.
  await expect(consoleScreen.finishCheck.getByRole('listitem')).toHaveText(['Venster 4 · Volgende stappen Een netwerkberaad plannen met oma']);
  await consoleScreen.rephraseAllAndFinish();
  await expect(beamer.finishedHeading).toBeVisible();
  await beamer.close();

  // Reflections, then the learning record.
  await consoleScreen.backToOverview();
  await session.writeReflection('Bram Inbrenger', { technischInstrumenteel: 'Ik stelde te snel oplossingsgerichte vragen.', share: true });
  await session.writeReflection('Chris Deelnemer', { persoonlijk: 'Privé-inzicht dat niet gedeeld wordt.' });
  await expectAccessible(page, 'session (finished)');

  const pdf = await session.exportPdf();
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const text = await pdfText(new Uint8Array(fs.readFileSync((await pdf.path())!)));
  for (const expected of ['Team Noord', LEERVRAAG, 'Dat ik de stem van K1 te weinig hoor.', 'Ik stelde te snel oplossingsgerichte vragen.', 'Vraag K1 naar de drie huizen', 'Bram Inbrenger']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Privé-inzicht dat niet gedeeld wordt.');
  expect(text).not.toContain('Moeder zoekt zelf hulp'); // canvas text only when asked for

  await session.includeCanvas.check();
  const md = fs.readFileSync((await (await session.exportMarkdown()).path())!, 'utf8');
  expect(md).toContain('Moeder zoekt zelf hulp');
  expect(md).toContain('Suggestie');
  expect(md).not.toMatch(/^\s*(we )?besluit/im);
  // The plan was rephrased before finishing: a suggestion, not marked as decision text.
  expect(md).toContain('Suggestie om mee te nemen naar werkbegeleiding: een netwerkberaad plannen met oma');
  expect(md).not.toContain('Besluittaal');

  // The case list shows where the case was discussed.
  await cases.open();
  await expect(cases.row(caseName)).toContainText('Team Noord');
});
