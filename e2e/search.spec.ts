import { expect, test, type Page } from '@playwright/test';
import { startApp, tempDataDir, type RunningApp } from './support/server';
import { expectAccessible } from './support/axe';
import { apiCall } from './support/api';
import { AppShell } from './pages/app';
import { SearchPalette, SearchScreen } from './pages/search';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

interface Detail { id: string; codeName: string; retentionUntil: string; members: Array<{ id: string }>; people: Array<{ id: string }> }

/** A case whose timeline holds the compound, and a bijeenkomst with a reflection that holds the diaeresis. */
async function seed(page: Page) {
  const c = await apiCall<Detail>(page, 'cases.create', { format: 'mlb' });
  await apiCall(page, 'cases.update', {
    id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: c.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'oma', pseudonym: 'Oma' }],
    timeline: [{ period: 'voorjaar', event: 'Ruzie over de grootoudersregeling en de omgangsregeling' }],
  });
  const g = await apiCall<Detail>(page, 'groups.save', {
    name: 'Leergroep Noord', description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
  const s = await apiCall<Detail>(page, 'sessions.plan', {
    scriptId: 'mlb-vier-vensters',
    plan: { groupId: g.id, date: '2030-03-04', startTime: '19:00', endTime: '20:30', roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: 'Hoe blijf ik rustig als een vader boos wordt?' },
  });
  await apiCall(page, 'sessions.saveReflection', { sessionId: s.id, memberId: s.members[2].id, technischInstrumenteel: 'Ik wilde het gesprek te snel beëindigen.', normatief: '', persoonlijk: '', shared: false });
  return { c, s };
}

/** Screenshots for a person to look at, when asked for (LEERTAFEL_SCREENS=<folder>). */
async function shot(page: Page, name: string) {
  const dir = process.env.LEERTAFEL_SCREENS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

test('search: Ctrl+K finds a case by a compound part and a reflection without its diaeresis, opens each at its place; a purged case disappears', async ({ page }) => {
  // Two backend starts (the purge happens at start) and seeding: more than the default minute.
  test.setTimeout(180_000);
  const dataDir = tempDataDir();
  app = await startApp(dataDir);
  await new AppShell(page).open(app.url);
  const { c, s } = await seed(page);
  const palette = new SearchPalette(page);

  // A part of a Dutch compound: "grootouders" inside "grootoudersregeling".
  await palette.search('grootouders');
  await expect(palette.group('Casussen')).toBeVisible();
  await expect(palette.hit(c.codeName)).toHaveCount(1);
  await expect(palette.marked().first()).toHaveText(/grootouders/i);
  await shot(page, 'palette-grootouders');
  await expectAccessible(page, 'search palette');
  // Enter opens the active result at its place: the case's timeline gets the focus.
  await palette.input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/cases/${c.id}$`));
  await expect(page.getByRole('heading', { name: 'Tijdlijn' })).toBeFocused();
  await shot(page, 'landed-on-timeline');
  await expect(palette.dialog).toBeHidden();

  // A word without its diaeresis finds the reflection; arrows and Enter open it on its bijeenkomst.
  await palette.search('beeindigen');
  await expect(palette.group('Reflecties')).toBeVisible();
  await expect(palette.marked().first()).toHaveText('beëindigen');
  await shot(page, 'palette-beeindigen');
  await palette.input.press('ArrowDown');
  await palette.input.press('ArrowUp');
  await palette.input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/sessions/${s.id}$`));
  await expect(page.getByRole('heading', { name: 'Reflecties (SKJ)' })).toBeFocused();

  // Short queries say to type on; Escape closes and gives the focus back.
  await palette.search('gr');
  await expect(palette.dialog.getByText('Typ minstens drie tekens.')).toBeVisible();
  await palette.input.press('Escape');
  await expect(palette.dialog).toBeHidden();

  // The search screen: filters by kind; the same query is there.
  await palette.search('omgang');
  await palette.dialog.getByRole('button', { name: 'Alle resultaten en filters' }).click();
  const screen = new SearchScreen(page);
  await expect(screen.input).toHaveValue('omgang');
  await expect(screen.hits()).toHaveCount(1);
  await screen.kindFilter('Reflecties').check();
  await expect(page.getByRole('main').getByText('Niets gevonden.')).toBeVisible();
  await screen.kindFilter('Reflecties').uncheck();
  await expect(screen.hits()).toHaveCount(1);
  await shot(page, 'search-screen');
  await expectAccessible(page, 'search screen');

  // The case's retention ends; at the next start it is purged, and with it its text in the index.
  await apiCall(page, 'cases.update', {
    id: c.id, codeName: c.codeName, format: 'mlb', retentionUntil: '2020-01-01',
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'oma', pseudonym: 'Oma' }],
    timeline: [{ period: 'voorjaar', event: 'Ruzie over de grootoudersregeling en de omgangsregeling' }],
  });
  await app.stop();
  app = await startApp(dataDir);
  await new AppShell(page).open(app.url);
  await palette.search('grootouders');
  await expect(palette.nothingFound).toBeVisible();
  await palette.input.fill('beeindigen');
  await expect(palette.hits()).toHaveCount(1);
});
