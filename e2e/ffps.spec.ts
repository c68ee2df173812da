import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { AppShell } from './pages/app';
import { CasePage, CasesPage } from './pages/cases';
import { CaseNotesPage, FeedbackForm, FfpsHub, NotePage } from './pages/ffps';
import { GroupsPage } from './pages/groups';
import { SessionPage } from './pages/session';
import { pdfText } from './support/pdf';
import { canonicalJson, createSigner } from '../electron/backend/exchange/signing';

/**
 * FFPS between two laptops (two data folders, two bridge servers, two browser contexts): the
 * gezinsmanager writes a case-note and asks for feedback; the supervisor imports the request, gives
 * feedback with ratings and an oefenpunt, and sends it back; the gezinsmanager imports it, reads it, and
 * finds the oefenpunt on the next note. A tampered and a replayed bundle are refused with nothing changed.
 * Then the supervisor leads the weekly casuïstiekbespreking with that note in the case review, on the
 * console and the beamer, and exports the learning record. Screenshots go to LEERTAFEL_SCREENS.
 */
const apps: RunningApp[] = [];
test.afterEach(async () => {
  await Promise.all(apps.map((a) => a.stop()));
  apps.length = 0;
});

const SCREENS = process.env.LEERTAFEL_SCREENS ?? path.join('test-results', 'ffps-screens');
const shot = async (page: Page, name: string, fullPage = true) => {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage });
};

async function laptop(browser: Browser, prefix: string) {
  const app = await startApp(tempDataDir(prefix));
  apps.push(app);
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-30T09:00:00Z') });
  await new AppShell(page).open(app.url);
  return { app, page };
}

const INTERVENTIONS = 'Ik benoemde de boosheid van Moeder als zorg om Sem en vroeg Sem wat hij nodig heeft als het thuis escaleert.';
// ("Begin het volgende contact met … voordat je naar school vraagt" sets off the decision guard: a false positive, reported.)
const OEFENPUNT = 'Oefen een reframe voor Sem aan het begin van het volgende contact.';

test('a case-note travels to the supervisor and its feedback comes back; tampered and replayed bundles change nothing; the weekly meeting discusses it', async ({ browser }) => {
  test.setTimeout(540_000);
  const gm = await laptop(browser, 'leertafel-ffps-gm-');
  const sv = await laptop(browser, 'leertafel-ffps-sv-');
  const files = tempDataDir('leertafel-ffps-files-');

  // ── The gezinsmanager: name, a case with a roster, a case-note ───────────────────────────────────
  const gmHub = new FfpsHub(gm.page);
  await gmHub.open();
  await gmHub.setName('Noor Gezinsmanager');
  const gmFingerprint = await gmHub.myFingerprint();
  const cases = new CasesPage(gm.page);
  await cases.open();
  const codeName = await cases.newCase();
  const theCase = new CasePage(gm.page);
  await gm.page.getByLabel('Werkvorm').selectOption({ label: 'FFPS-casuïstiek' });
  await theCase.addPerson('moeder', 'Moeder');
  await theCase.addPerson('zoon, 15', 'Sem');
  await theCase.save();
  await gm.page.getByRole('button', { name: `Case-notes ${codeName}` }).click();
  const caseNotes = new CaseNotesPage(gm.page);
  await expect(caseNotes.heading(codeName)).toBeVisible();
  await expectAccessible(gm.page, 'case-notes (empty)');

  let form = await caseNotes.newNote();
  await expect(form.field('Contact nr.')).toHaveValue('1');
  await form.fill({
    present: ['Moeder', 'Sem'],
    goals: [['Kennismaken en de hulpvraag van Moeder horen', 'Moeder vertelde open over de ruzies'], ['Sem betrekken', 'Sem bleef tot het eind']],
    interventions: 'Ik sprak met Fatima Yilmaz over de ruzies.',
    techniques: ['reframe', 'matching'],
    responses: { 'Moeder (moeder)': 'Moeder werd rustiger toen ik haar zorg benoemde.', 'Sem (zoon, 15)': 'Sem keek weg, later lachte hij even.' },
    function: 'Afstand',
    behaviour: 'Sem loopt weg als Moeder boos wordt.',
    nobleIntent: 'Hij wil de ruzie niet erger maken.',
    nextPlan: 'We besluiten een OTS aan te vragen.',
    forDiscussion: true,
  });
  await form.addTechnique('circulair vragen');
  // The live check: a name in a case-note is refused with a readable message at its field.
  await expect(gm.page.getByText(/Bevat mogelijk een naam/)).toBeVisible();
  // The decision guard: a case-note is about practice, a decision goes through the ordinary line.
  await expect(form.guard).toContainText('geen besluiten');
  await gm.page.locator('.guard').getByRole('button', { name: /suggestie/i }).click();
  await expect(form.field('Wat doe ik in het volgende contact?')).toHaveValue(/^Suggestie/);
  await form.field('Wat ik deed').fill(INTERVENTIONS);
  await expect(gm.page.getByText(/Bevat mogelijk een naam/)).toHaveCount(0);
  await expectAccessible(gm.page, 'note form');
  await shot(gm.page, 'note-form');
  let note = await form.save();
  await expect(gm.page.getByText(INTERVENTIONS)).toBeVisible();
  await expectAccessible(gm.page, 'note');

  // "Vraag feedback": a signed bundle, downloaded.
  const requestFile = await note.download('Vraag feedback', files);
  expect(path.basename(requestFile)).toMatch(/^feedbackvraag-.*\.leertafel$/);
  const request = fs.readFileSync(requestFile, 'utf8');
  expect(request).not.toContain('Fatima');
  await expect(gm.page.getByText('Feedback gevraagd').first()).toBeVisible();

  // ── The supervisor: import with the fingerprint confirmed, feedback, send it back ───────────────
  const svHub = new FfpsHub(sv.page);
  await svHub.open();
  await svHub.setName('Sara Supervisor');
  const svFingerprint = await svHub.myFingerprint();
  await svHub.chooseBundle(requestFile);
  await expect(svHub.preview).toContainText('Noor Gezinsmanager');
  await expect(svHub.previewFingerprint()).toHaveText(gmFingerprint);
  await expect(svHub.importButton).toBeDisabled();
  await expect(svHub.importButton).toHaveAccessibleDescription('Vergelijk eerst de code en vink aan dat hij klopt.');
  await expectAccessible(sv.page, 'bundle preview');
  await svHub.confirmFingerprint.check();
  await svHub.importButton.click();
  await expect(sv.page.getByText('Feedbackvraag ingelezen: 1 case-note staat in je inbox.')).toBeVisible();
  await svHub.noteLink(`${codeName} · contact 1 · week 1`).first().click();
  note = new NotePage(sv.page);
  await expect(note.heading).toHaveText('Contact 1 · week 1');
  await sv.page.getByRole('button', { name: 'Feedback geven' }).click();
  const feedback = new FeedbackForm(sv.page);
  await expect(feedback.heading).toBeVisible();
  await feedback.selectPassage('interventions', 'boosheid van Moeder als zorg om Sem');
  await feedback.commentOnSelection('Mooie reframe: je maakt de boosheid relationeel.');
  await feedback.principle('Krachtgericht', 'ja');
  await feedback.principle('Relationeel', 'ja', 'Beide gezinsleden kregen een plek.');
  await feedback.principle('Fasegericht', 'deels', 'Je vroeg al naar school: dat is fase 2.');
  await feedback.principle('Niet-oordelend', 'ja');
  await feedback.principle('Matching', 'nee', 'Sem haakte af bij de lange vragen.');
  await feedback.rate('Adherentie', 4);
  await feedback.rate('Competentie', 3);
  await feedback.oefenpunt('Besluit dat de OTS er komt.');
  await expect(feedback.guard).toBeVisible();
  await feedback.oefenpunt(OEFENPUNT);
  await expect(feedback.guard).toHaveCount(0);
  await expect(sv.page.getByRole('group', { name: /^Adherentie/ }).getByText('voldoende, met kleine hiaten')).toBeVisible(); // the anchors are shown
  await expectAccessible(sv.page, 'feedback form');
  await shot(sv.page, 'feedback-view');
  note = await feedback.save();
  await expect(note.feedbackRound('Sara Supervisor')).toContainText(OEFENPUNT);
  const feedbackFile = await note.download('Feedback versturen', files);

  // ── Back at the gezinsmanager: import (trust on first use), read, acknowledge ───────────────────
  await gmHub.open();
  await gmHub.chooseBundle(feedbackFile);
  await expect(gmHub.previewFingerprint()).toHaveText(svFingerprint);
  await gmHub.confirmFingerprint.check();
  await gmHub.importButton.click();
  await expect(gm.page.getByText('Feedback ingelezen: 1 ronde.')).toBeVisible();
  await cases.open();
  await cases.caseLink(codeName).click();
  await gm.page.getByRole('button', { name: `Case-notes ${codeName}` }).click();
  await gm.page.getByRole('button', { name: 'Contact 1', exact: true }).click();
  note = new NotePage(gm.page);
  const round = note.feedbackRound('Sara Supervisor');
  await expect(round).toContainText('Mooie reframe: je maakt de boosheid relationeel.');
  await expect(round).toContainText('boosheid van Moeder als zorg om Sem');
  await expect(round).toContainText(OEFENPUNT);
  await round.getByRole('button', { name: 'Gelezen' }).click();
  await expect(round.getByText('gelezen')).toBeVisible();
  await expect(note.oefenpunt).toContainText(OEFENPUNT);

  // The same bundle twice changes nothing; a changed byte and a replayed id are refused whole.
  const roundsBefore = await gm.page.getByRole('article', { name: /^Feedback van / }).count();
  await gmHub.open();
  await gmHub.chooseBundle(feedbackFile);
  await expect(gmHub.preview).toContainText('al eerder ingelezen');
  await gmHub.importButton.click();
  await expect(gm.page.getByText('Feedback ingelezen: 0 rondes.')).toBeVisible();

  const tampered = path.join(files, 'tampered.leertafel');
  fs.writeFileSync(tampered, fs.readFileSync(feedbackFile, 'utf8').replace(OEFENPUNT, 'Geen oefenpunt nodig.'));
  await gmHub.chooseBundle(tampered);
  await expect(gmHub.importProblem).toHaveText(/De handtekening klopt niet.*Er is niets veranderd\./);

  // A replay: another bundle under an id imported before, validly signed by the supervisor's key.
  const env = JSON.parse(fs.readFileSync(feedbackFile, 'utf8'));
  const { signature: _s, ...unsigned } = { ...env, payload: { feedback: env.payload.feedback.map((f: { oefenpunt: string }) => ({ ...f, oefenpunt: 'Een ander oefenpunt.' })) } };
  const replayed = path.join(files, 'replayed.leertafel');
  fs.writeFileSync(replayed, JSON.stringify({ ...unsigned, signature: createSigner(sv.app.dataDir).sign(canonicalJson(unsigned)) }));
  await gmHub.chooseBundle(replayed);
  await expect(gmHub.importProblem).toHaveText(/eerder al een bundel met hetzelfde kenmerk.*Er is niets veranderd\./);
  const version = path.join(files, 'version.leertafel');
  fs.writeFileSync(version, JSON.stringify({ ...env, version: 2 }));
  await gmHub.chooseBundle(version);
  await expect(gmHub.importProblem).toHaveText(/versie van Leertafel die deze versie niet kent/);
  await expectAccessible(gm.page, 'ffps hub (refusal)');

  // Nothing changed: one round, the same oefenpunt.
  await cases.open();
  await cases.caseLink(codeName).click();
  await gm.page.getByRole('button', { name: `Case-notes ${codeName}` }).click();
  await gm.page.getByRole('button', { name: 'Contact 1', exact: true }).click();
  await expect(gm.page.getByRole('article', { name: /^Feedback van / })).toHaveCount(roundsBefore);
  await expect(note.feedbackRound('Sara Supervisor')).toContainText(OEFENPUNT);
  await expect(gm.page.getByText('Een ander oefenpunt.')).toHaveCount(0);

  // The next note shows the open oefenpunt until it is marked practised; a late contact in phase 1 warns.
  await gm.page.getByRole('button', { name: `← Case-notes ${codeName}` }).click();
  form = await caseNotes.newNote();
  await expect(form.oefenpunt).toContainText(OEFENPUNT);
  await expect(form.field('Contact nr.')).toHaveValue('2');
  await form.fill({ week: 5, goals: [['Sem apart spreken', 'Sem vertelde over school']], interventions: 'Ik begon met een reframe voor Sem.', techniques: ['reframe'] });
  await form.oefenpunt.getByRole('button', { name: /Geoefend/ }).click();
  await expect(form.oefenpunt).toHaveCount(0);
  await form.save();
  await gm.page.getByRole('button', { name: `← Case-notes ${codeName}` }).click();
  await expect(caseNotes.timelineWarning).toContainText('tussen contact 1 en 2: 4 weken');
  await expect(caseNotes.phaseLane(1)).toContainText('2 contacten');
  await expectAccessible(gm.page, 'case-notes with timeline');
  await shot(gm.page, 'case-notes-timeline');

  // The history: ratings over time, principles missed, oefenpunten practised — and the PDF.
  await gmHub.open();
  await gm.page.getByRole('button', { name: 'Feedbackgeschiedenis' }).click();
  await expect(gm.page.getByRole('heading', { level: 1, name: 'Feedbackgeschiedenis' })).toBeVisible();
  await expect(gm.page.getByRole('img', { name: /Adherentie/ })).toBeVisible();
  await expect(gm.page.locator('.missed li').first()).toContainText('Matching');
  await expect(gm.page.getByText('1 van 1 geoefend')).toBeVisible();
  await expectAccessible(gm.page, 'history');
  await shot(gm.page, 'history-chart');
  const pdf = gm.page.waitForEvent('download');
  await gm.page.getByRole('button', { name: 'Exporteren als PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);

  // ── The weekly casuïstiekbespreking on the supervisor's laptop, with that note on the agenda ─────
  const svPage = sv.page;
  const groups = new GroupsPage(svPage);
  await groups.open();
  const group = await groups.create('Team FFPS Noord');
  for (const name of ['Sara Supervisor', 'Noor Gezinsmanager', 'Chris Gezinsmanager']) await group.addMember({ name, function: 'gezinsmanager', organisation: 'GI Noord' });
  await group.save();
  const plan = await group.planBijeenkomst();
  await plan.script.selectOption({ label: 'FFPS wekelijkse casuïstiekbespreking — ingebouwd, versie 1, 60 min' });
  await plan.schedule('2026-11-30', '10:00');
  await plan.chooseRoles({ gespreksleider: 'Sara Supervisor', inbrenger: 'Noor Gezinsmanager' });
  await plan.submit();
  const session = new SessionPage(svPage);
  const consoleScreen = await session.lead();
  await expect(consoleScreen.blockHeading('Bijpraten')).toBeVisible();
  // The agenda comes from the notes marked "ter bespreking".
  await svPage.getByRole('button', { name: `+ ${codeName} · contact 1` }).click();
  await expect(svPage.locator('.agenda-list')).toContainText(codeName);
  await consoleScreen.pressStartPause();
  const beamer = await consoleScreen.pressBeamer();
  await expect(beamer.page.locator('.mb-agenda')).toContainText(`${codeName} · Contact 1`);
  await svPage.clock.fastForward('05:00');
  await consoleScreen.pressNext();

  // Case review: the selected note (anonymised) and the casebespreking canvas, autosaved.
  await expect(consoleScreen.blockHeading('Casusbespreking')).toBeVisible();
  await svPage.getByRole('button', { name: 'Bespreken' }).click();
  const current = svPage.getByRole('region', { name: 'De besproken case-note' });
  await expect(current).toContainText(INTERVENTIONS);
  await svPage.getByRole('textbox', { name: /^Fasecheck/ }).fill('Nog in fase 1: Sem is er niet steeds bij.');
  await svPage.getByRole('textbox', { name: /^Relationele hypothese/ }).fill('Afstand: Sem beschermt Moeder door weg te lopen.');
  await svPage.getByRole('textbox', { name: /^Samen geoefende reframe/ }).fill('Sem loopt weg om de ruzie niet erger te maken: hij zorgt voor rust.');
  await svPage.getByRole('textbox', { name: /^Afgesproken oefenpunt/ }).fill('Wij besluiten dat Sem uit huis gaat.');
  await expect(svPage.locator('.casebespreking .guard')).toBeVisible();
  await svPage.locator('.casebespreking .guard').getByRole('button', { name: /suggestie/i }).click();
  await svPage.getByRole('textbox', { name: /^Afgesproken oefenpunt/ }).fill(OEFENPUNT);
  await svPage.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await expect(beamer.page.locator('.mb-review .current-note')).toContainText(INTERVENTIONS);
  await expect(beamer.page.locator('.mb-reframe')).toContainText('hij zorgt voor rust');
  // The beamer never shows the supervisor's instruction.
  const instruction = (await consoleScreen.instruction.textContent())!.trim().slice(0, 40);
  await expect(beamer.text(instruction)).toHaveCount(0);
  await expectAccessible(svPage, 'meeting console (case review)');
  await expectAccessible(beamer.page, 'meeting beamer (case review)');
  await shot(svPage, 'meeting-console');
  await beamer.page.screenshot({ path: path.join(SCREENS, 'meeting-beamer.png') });
  await svPage.clock.fastForward('30:00');
  await consoleScreen.pressNext();

  // Staffing: the team's cases with phase and last contact.
  await expect(consoleScreen.blockHeading('Caseload en planning')).toBeVisible();
  await expect(svPage.locator('table.caseload')).toContainText(codeName);
  await expect(svPage.locator('table.caseload')).toContainText('Verbinden en motiveren');
  await expect(beamer.page.locator('table.caseload')).toContainText(codeName);
  await svPage.clock.fastForward('20:00');
  await consoleScreen.pressNext();

  // Site issues: a short list.
  await svPage.getByLabel('Nieuw punt').fill('Rooster kerstperiode');
  await svPage.getByLabel('Nieuw punt').press('Enter');
  await svPage.clock.fastForward('00:02');
  await expect(consoleScreen.saveBadge).toHaveText('Opgeslagen');
  await expect(beamer.page.getByText('Rooster kerstperiode')).toBeVisible();
  await svPage.clock.fastForward('05:00');
  await consoleScreen.finish();
  await expect(beamer.finishedHeading).toBeVisible();
  await beamer.close();

  // The learning record exports like an MLB's, with the attended hours.
  await consoleScreen.backToOverview();
  const record = await session.exportPdf();
  const text = await pdfText(new Uint8Array(fs.readFileSync((await record.path())!)));
  for (const expected of ['Team FFPS Noord', 'Sara Supervisor', 'Noor Gezinsmanager']) expect(text).toContain(expected);
  expect(text).toContain('Casuïstiekbespreking (FFPS)');
  expect(text).toContain('Rooster kerstperiode');
  expect(text).not.toContain('hij zorgt voor rust'); // case text only when asked for
  await session.includeCanvas.check();
  const md = fs.readFileSync((await (await session.exportMarkdown()).path())!, 'utf8');
  expect(md).toContain('hij zorgt voor rust');
  expect(md).toContain(OEFENPUNT);
  expect(md).not.toContain('Vier Vensters');
});
