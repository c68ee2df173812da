import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';

/** The FFPS hub: my name and fingerprint, the supervisor's inbox, notes ter bespreking, bundle import. */
export class FfpsHub {
  readonly heading: Locator;
  readonly fingerprint: Locator;
  readonly inbox: Locator;
  readonly importProblem: Locator;
  readonly preview: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'FFPS' });
    this.fingerprint = page.getByTestId('my-fingerprint');
    this.inbox = page.getByRole('region', { name: 'Inbox: vragen om feedback' }).or(page.locator('section[aria-labelledby="inbox-title"]'));
    this.importProblem = page.locator('.import-panel .notice-error');
    this.preview = page.getByRole('region', { name: 'Inhoud van de bundel' });
  }
  async open() {
    await new AppShell(this.page).navButton('ffps').click();
    await expect(this.heading).toBeVisible();
  }
  async setName(name: string) {
    await this.page.getByLabel('Je naam op case-notes en feedback').fill(name);
    await this.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(this.page.getByText('Je naam is opgeslagen.')).toBeVisible();
  }
  async myFingerprint(): Promise<string> {
    await expect(this.fingerprint).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    return (await this.fingerprint.textContent())!.trim();
  }
  /** Chooses a bundle file; the preview (or the refusal) appears. */
  async chooseBundle(file: string) {
    await this.page.locator('.import-panel input[type=file]').setInputFiles(file);
  }
  get confirmFingerprint() {
    return this.page.getByLabel(/De code klopt met wat/);
  }
  get importButton() {
    return this.page.getByRole('button', { name: 'Importeren', exact: true });
  }
  previewFingerprint() {
    return this.preview.getByLabel('Vingerafdruk van de sleutel');
  }
  noteLink(text: string | RegExp) {
    return this.page.getByRole('button', { name: text });
  }
}

/** A case's case-notes and phase timeline. */
export class CaseNotesPage {
  readonly timelineWarning: Locator;
  constructor(readonly page: Page) {
    this.timelineWarning = page.locator('.timeline .notice-warn');
  }
  heading(codeName: string) {
    return this.page.getByRole('heading', { level: 1, name: `Case-notes ${codeName}` });
  }
  async newNote(): Promise<NoteForm> {
    await this.page.getByRole('button', { name: '+ Nieuwe case-note' }).click();
    const form = new NoteForm(this.page);
    await expect(form.heading).toBeVisible();
    return form;
  }
  phaseLane(n: 1 | 2 | 3) {
    return this.page.locator('.phase-lane').nth(n - 1);
  }
}

export interface NoteData {
  contact?: number;
  week?: number;
  present?: string[];
  goals?: Array<[string, string]>;
  interventions?: string;
  techniques?: string[];
  responses?: Record<string, string>;
  function?: 'Nabijheid' | 'Afstand' | 'Midpointing (beide)';
  behaviour?: string;
  nobleIntent?: string;
  nextPlan?: string;
  forDiscussion?: boolean;
}

/** The case-note form. Labels are the screen's own words. */
export class NoteForm {
  readonly heading: Locator;
  readonly guard: Locator;
  readonly oefenpunt: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /case-note/i });
    this.guard = page.locator('.guard');
    this.oefenpunt = page.getByRole('complementary', { name: 'Open oefenpunt' });
  }
  field(label: string | RegExp) {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }
  async fill(d: NoteData) {
    if (d.contact !== undefined) await this.field('Contact nr.').fill(String(d.contact));
    if (d.week !== undefined) await this.field('Week').fill(String(d.week));
    for (const p of d.present ?? []) await this.page.locator('fieldset.checks').first().getByLabel(p).check();
    for (const [i, [goal, progress]] of (d.goals ?? []).entries()) {
      if ((await this.page.getByLabel(/^Doel \d+$/).count()) <= i) await this.page.getByRole('button', { name: '+ Doel toevoegen' }).click();
      await this.field(`Doel ${i + 1}`).fill(goal);
      await this.page.getByLabel('Voortgang').nth(i).fill(progress);
    }
    if (d.interventions !== undefined) await this.field('Wat ik deed').fill(d.interventions);
    for (const x of d.techniques ?? []) await this.page.getByRole('checkbox', { name: x, exact: true }).check();
    for (const [who, text] of Object.entries(d.responses ?? {})) await this.page.locator('.responses').getByLabel(who).fill(text);
    if (d.function) await this.page.getByRole('radio', { name: d.function }).check();
    if (d.behaviour !== undefined) await this.field('Gedrag').fill(d.behaviour);
    if (d.nobleIntent !== undefined) await this.field('Goede bedoeling (noble intent)').fill(d.nobleIntent);
    if (d.nextPlan !== undefined) await this.field('Wat doe ik in het volgende contact?').fill(d.nextPlan);
    if (d.forDiscussion !== undefined) await this.page.getByRole('checkbox', { name: /Ter bespreking/ }).setChecked(d.forDiscussion);
  }
  async addTechnique(name: string) {
    await this.field('Eigen techniek toevoegen aan de lijst van het team').fill(name);
    await this.page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(this.page.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  async save(): Promise<NotePage> {
    await this.page.getByRole('button', { name: 'Case-note opslaan' }).click();
    const note = new NotePage(this.page);
    await expect(note.heading).toBeVisible();
    return note;
  }
}

/** One case-note with its feedback and the bundle actions. */
export class NotePage {
  readonly heading: Locator;
  readonly oefenpunt: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Contact \d+ · week \d+$/ });
    this.oefenpunt = page.getByRole('complementary', { name: 'Open oefenpunt' });
  }
  feedbackRound(supervisor: string) {
    return this.page.getByRole('article', { name: `Feedback van ${supervisor}` });
  }
  /** Clicks a bundle button and saves the download under `dir`; resolves with the file path. */
  async download(button: 'Vraag feedback' | 'Feedback versturen', dir: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const d = await download;
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    expect(fs.statSync(file).size).toBeGreaterThan(100);
    return file;
  }
}

/** The supervisor's feedback form beside the note. */
export class FeedbackForm {
  readonly heading: Locator;
  readonly guard: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Feedback voor / });
    this.guard = page.locator('.feedback-form .guard');
  }
  /** Selects a passage inside a field of the note, as a mouse would. */
  async selectPassage(field: string, passage: string) {
    await this.page.locator(`.note-pane [data-field="${field}"]`).evaluate((el, text) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(text);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + text.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(r);
          return;
        }
      }
      throw new Error(`passage not found: ${text}`);
    }, passage);
  }
  async commentOnSelection(text: string) {
    await this.page.getByRole('button', { name: /^Opmerking bij “/ }).click();
    const n = await this.page.getByLabel(/^Opmerking \d+$/).count();
    await this.page.getByLabel(`Opmerking ${n}`, { exact: true }).fill(text);
  }
  async principle(name: string, score: 'ja' | 'deels' | 'nee', comment?: string) {
    // click, not check(): the form sets the radio from its state just after the click event.
    const radio = this.page.getByRole('group', { name, exact: true }).getByRole('radio', { name: score, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
    if (comment) await this.page.getByLabel(`Toelichting ${name}`).fill(comment);
  }
  async rate(scale: 'Adherentie' | 'Competentie', value: number) {
    const radio = this.page.getByRole('group', { name: new RegExp(`^${scale}`) }).getByRole('radio').nth(value - 1);
    await radio.click({ force: true });
    await expect(radio).toBeChecked();
  }
  async oefenpunt(text: string) {
    await this.page.getByLabel('Eén afgesproken oefenpunt voor het volgende contact').fill(text);
  }
  async save(): Promise<NotePage> {
    await this.page.getByRole('button', { name: 'Feedback opslaan' }).click();
    const note = new NotePage(this.page);
    await expect(note.heading).toBeVisible();
    return note;
  }
}
