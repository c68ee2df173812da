import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app';
import { ConsolePage } from './console';
import { PlanPage } from './plan';
import { LearningForm } from './learning';

export { LearningForm };


export interface ReflectionData {
  technischInstrumenteel?: string;
  normatief?: string;
  persoonlijk?: string;
  /** Shared in the learning record. */
  share?: boolean;
}

/** One bijeenkomst: its plan, the learning record, SKJ reflections and the export. */
export class SessionPage {
  readonly learning: LearningForm;
  readonly reflectionBy: Locator;
  readonly includeCanvas: Locator;
  constructor(readonly page: Page) {
    this.learning = new LearningForm(page);
    this.reflectionBy = page.getByLabel('Reflectie van');
    this.includeCanvas = page.getByLabel('Geanonimiseerd canvas (de vier vensters) opnemen');
  }
  /** The heading: date and times, e.g. "30 nov. 2026, 13:00–14:30". */
  title(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }
  /** Opens the plan of a bijeenkomst that has not started. */
  async editPlan(): Promise<PlanPage> {
    await this.page.getByRole('button', { name: 'Plan wijzigen' }).click();
    return new PlanPage(this.page);
  }
  /** Opens the console for a planned bijeenkomst. */
  async lead(): Promise<ConsolePage> {
    await this.page.getByRole('button', { name: 'Bijeenkomst leiden' }).click();
    return new ConsolePage(this.page);
  }
  reflectionField(dimension: 'technischInstrumenteel' | 'normatief' | 'persoonlijk') {
    const label = { technischInstrumenteel: 'Technisch-instrumenteel', normatief: 'Normatief', persoonlijk: 'Persoonlijk' }[dimension];
    return this.page.getByLabel(label);
  }
  /** Picks the member, fills what is given, saves and waits for the confirmation (the newest toast). */
  async writeReflection(member: string, r: ReflectionData) {
    await this.reflectionBy.selectOption({ label: member });
    for (const dimension of ['technischInstrumenteel', 'normatief', 'persoonlijk'] as const) {
      const text = r[dimension];
      if (text !== undefined) await this.reflectionField(dimension).fill(text);
    }
    if (r.share) await this.page.getByLabel('Delen in het leerverslag').check();
    await this.page.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await expect(new AppShell(this.page).notice('Reflectie opgeslagen.').last()).toBeVisible();
  }
  async exportPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'PDF' }).click();
    return download;
  }
  async exportMarkdown(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Markdown (.md)' }).click();
    return download;
  }
}
