import type { Locator, Page } from '@playwright/test';

/** The portfolio: its tabs, the welcome/profile form, the timeline, reflections, goals, werkbegeleiding and hours. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Portfolio', exact: true }).click();
  }
  tab(name: 'Tijdlijn' | 'Leerdoelen' | 'Werkbegeleiding' | 'SKJ-uren' | 'Profiel'): Locator {
    return this.page.getByRole('navigation', { name: 'Mijn portfolio' }).getByRole('button', { name, exact: true });
  }

  // ── profile ──
  async createProfile(p: { name: string; fn: string; organisation: string; skj: string; periodStart: string; group: string; member: string; ffpsName: string }) {
    const form = this.page.getByRole('form', { name: 'Profiel' });
    await form.getByLabel('Naam', { exact: true }).fill(p.name);
    await form.getByLabel('Functie').fill(p.fn);
    await form.getByLabel('Organisatie').fill(p.organisation);
    await form.getByLabel('SKJ-registratienummer').fill(p.skj);
    await form.getByLabel('Begin van de huidige registratieperiode').fill(p.periodStart);
    await form.getByLabel(p.group).selectOption({ label: p.member });
    await form.getByLabel('Naam in FFPS-case-notes').fill(p.ffpsName);
    await form.getByRole('button', { name: 'Profiel maken' }).click();
  }

  // ── timeline ──
  get timeline(): Locator {
    return this.page.getByRole('list', { name: 'Tijdlijn' });
  }
  get items(): Locator {
    return this.timeline.getByRole('listitem');
  }
  item(title: string | RegExp): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }
  get search(): Locator {
    return this.page.getByLabel('Zoeken in je portfolio');
  }
  get kindFilter(): Locator {
    return this.page.getByLabel('Soort', { exact: true });
  }
  get dimensionFilter(): Locator {
    return this.page.getByLabel('Dimensie', { exact: true });
  }
  get goalFilter(): Locator {
    return this.page.getByLabel('Leerdoel', { exact: true });
  }

  // ── reflections ──
  async newReflection() {
    await this.page.getByRole('button', { name: '+ Nieuwe reflectie' }).click();
  }
  reflectionField(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  // ── goals ──
  async addGoal(title: string) {
    await this.page.getByLabel('Nieuw leerdoel').fill(title);
    await this.page.getByRole('button', { name: '+ Toevoegen' }).click();
  }

  // ── hours ──
  get paceWarning(): Locator {
    return this.page.locator('.pace-warn');
  }
  get chart(): Locator {
    return this.page.getByRole('img', { name: /Staafdiagram/ });
  }
}
