import { type Locator, type Page } from '@playwright/test';

/**
 * The leeropbrengst and attendance form. The same form is on the session screen and, in the
 * leeropbrengst block, in the console.
 */
export class LearningForm {
  readonly learned: Locator;
  readonly willTry: Locator;
  readonly processFeedback: Locator;
  constructor(readonly page: Page) {
    this.learned = page.getByLabel('Wat heb ik geleerd?');
    this.willTry = page.getByLabel('Wat ga ik uitproberen?');
    this.processFeedback = page.getByLabel('Wat werkte, wat kan beter in hoe de bijeenkomst liep?');
  }
  /** One learning per participant (not the inbrenger), labelled with their name. */
  participantLearning(name: string) {
    return this.page.getByLabel(name, { exact: true });
  }
  present(name: string) {
    return this.page.getByLabel(`Aanwezig: ${name}`);
  }
  arrived(name: string) {
    return this.page.getByLabel(`Aankomst: ${name}`);
  }
  left(name: string) {
    return this.page.getByLabel(`Vertrek: ${name}`);
  }
  /** Fills what is given, in this order: inbrenger learned, will try, participants, process feedback. */
  async record(l: { learned?: string; willTry?: string; participants?: Record<string, string>; process?: string }) {
    if (l.learned !== undefined) await this.learned.fill(l.learned);
    if (l.willTry !== undefined) await this.willTry.fill(l.willTry);
    for (const [name, text] of Object.entries(l.participants ?? {})) await this.participantLearning(name).fill(text);
    if (l.process !== undefined) await this.processFeedback.fill(l.process);
  }
}
