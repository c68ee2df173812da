import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser';
import { TEST_PASSWORD, startApp, tempDataDir, type RunningApp } from './support/server';
import { applyKey } from '../electron/backend/core/db';
import { readKeyFile, unwrapWithPasswordSync } from '../electron/backend/core/keyfile';
import { scanForCanaries } from './support/scan';
import { api } from './support/seed';
import { AppShell } from './pages/app';
import { CasePage, CasesPage } from './pages/cases';

/**
 * The privacy guarantee, proven: identifying text typed or pasted into Leertafel never reaches disk —
 * not the database, its WAL or SHM, backups, exports, logs, nor the browser profile. The canaries are
 * invented and unusual, so any byte-level occurrence anywhere is a leak.
 */
const CANARIES = {
  name: 'Xandravelia',
  surname: 'Quormby',
  bsn: '123456782',
  phone: '06-98765432',
  street: 'Vlonderkade',
  postcode: '3316 GK',
  email: 'x.quormby@voorbeeldmail.nl',
  birthDate: '14-03-2016',
  school: 'Klimopranker',
};
const TYPED = 'Huisbezoek bij mw. Xandravelia Quormby en haar zoon. ';
const PASTED =
  'Geboortedatum van de zoon: 14-03-2016. BSN 123456782. Adres: Vlonderkade 17b, 3316 GK Dordrecht. ' +
  'Telefoon 06-98765432, e-mail x.quormby@voorbeeldmail.nl. De zoon zit op basisschool De Klimopranker. ' +
  'Xandravelia vertelt dat het beter gaat.';

let app: RunningApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('no canary reaches disk: database, WAL, backups, exports, logs or browser profile', async () => {
  test.setTimeout(120_000);
  const dataDir = tempDataDir('leertafel-canary-data-');
  const profileDir = tempDataDir('leertafel-canary-profile-');
  app = await startApp(dataDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions(),
    acceptDownloads: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await new AppShell(page).open(app.url);

  // A new case with one person on the roster.
  const cases = new CasesPage(page);
  await cases.open();
  await cases.newCase();
  const theCase = new CasePage(page);
  await theCase.addPerson('moeder', 'Moeder');
  await theCase.save();

  // Type part of the note and paste the rest, then resolve every finding with the keyboard only.
  let notes = await theCase.writeNotes();
  await notes.type(TYPED);
  await notes.paste(PASTED);
  await expect(notes.text).toHaveValue(TYPED + PASTED);
  await expect(notes.statusSaying('bevindingen open')).toBeVisible();
  await expect(notes.saveButton).toBeDisabled();
  await notes.resolveAllByKeyboard('Moeder');
  const anonymised = await notes.text.inputValue();
  for (const c of Object.values(CANARIES)) expect(anonymised).not.toContain(c);
  await notes.saveByKeyboard();
  await expect(notes.saved).toBeVisible();
  await expect(theCase.title).toBeVisible();

  // Edit again: the name is typed anew and recognised from the case's keyed hashes.
  notes = await theCase.editNotes();
  await notes.typeAtEnd(' Later belde Xandravelia nog even.');
  await expect(notes.activeFinding).toContainText('Xandravelia');
  await expect(notes.recognisedHint).toBeVisible();
  await notes.acceptByKeyboard();
  await expect(notes.allResolved).toBeVisible();
  await notes.saveByKeyboard();
  await expect(theCase.title).toBeVisible();
  await expect(theCase.notes).toContainText('Later belde Moeder nog even.');

  // Export for a supervisor, into the data folder so the scan covers it.
  const download = await theCase.exportMarkdown();
  const exportPath = path.join(dataDir, 'exports', download.suggestedFilename());
  await download.saveAs(exportPath);
  expect(fs.readFileSync(exportPath, 'utf8')).toContain('Moeder');

  // A manual backup after the case was written (the daily one was made at start): the scan covers backups/.
  await api(app.url, 'backup.create', {});

  // Close the app and the browser, then look at every byte they left behind.
  await context.close();
  await app.stop();
  app = null;
  const scan = scanForCanaries([dataDir, profileDir], Object.values(CANARIES));
  expect(scan.filesScanned).toBeGreaterThan(10);
  expect(fs.existsSync(path.join(dataDir, 'leertafel.db'))).toBe(true);
  expect(scan.hits, 'canaries found on disk').toEqual([]);
  // The installation is encrypted (issue 12): no file in the data folder is a plain SQLite file.
  expect(scanForCanaries([dataDir], ['SQLite format 3']).hits).toEqual([]);
  // Backups too, also read with the key: every row of every table, decrypted, holds no canary.
  const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.endsWith('.db'));
  expect(backups.length).toBeGreaterThanOrEqual(2);
  const dataKey = unwrapWithPasswordSync(readKeyFile(dataDir), TEST_PASSWORD);
  let withCase = 0;
  for (const name of backups) {
    const b = new Database(path.join(dataDir, 'backups', name), { readonly: true });
    applyKey(b, dataKey);
    const tables = b.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
    const text = tables.map((t) => JSON.stringify(b.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
    b.close();
    if (text.includes('Later belde Moeder nog even.')) withCase++;
    for (const c of Object.values(CANARIES)) expect([name, c, text.includes(c)]).toEqual([name, c, false]);
  }
  // Control: the decrypted read does see the case's (anonymised) text in the manual backup.
  expect(withCase).toBeGreaterThanOrEqual(1);

  // Negative control: a canary stored on purpose, through a test-only path, in the database and in the
  // browser profile, is found by the very same scan — so the scan looks in the right places. In the
  // encrypted database (opened with the test password) it stays invisible; the same row in a plain SQLite
  // file in the data folder is found.
  const key = unwrapWithPasswordSync(readKeyFile(dataDir), TEST_PASSWORD);
  const db = new Database(path.join(dataDir, 'leertafel.db'));
  applyKey(db, key);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('negative-control', JSON.stringify(CANARIES.surname));
  db.close();
  expect(scanForCanaries([dataDir], [CANARIES.surname]).hits).toEqual([]);
  const plain = new Database(path.join(dataDir, 'negative-control.db'));
  plain.exec('CREATE TABLE settings (key TEXT, value TEXT)');
  plain.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('negative-control', JSON.stringify(CANARIES.surname));
  plain.close();
  const control = await chromium.launchPersistentContext(profileDir, chromiumLaunchOptions());
  app = await startApp(dataDir);
  const controlPage = control.pages()[0] ?? (await control.newPage());
  await controlPage.goto(app.url);
  await controlPage.evaluate((c) => localStorage.setItem('negative-control', c), CANARIES.name);
  await control.close();
  await app.stop();
  app = null;
  const again = scanForCanaries([dataDir, profileDir], Object.values(CANARIES));
  expect(again.hits.some((h) => h.canary === CANARIES.surname && h.file.startsWith(dataDir))).toBe(true);
  expect(again.hits.some((h) => h.canary === CANARIES.name && h.file.startsWith(profileDir))).toBe(true);
});
