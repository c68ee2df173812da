import type { Locator, Page } from '@playwright/test';

/** The areas in the main navigation, by the name of their button. */
const AREAS = {
  home: 'Overzicht',
  library: 'Scriptbibliotheek',
  cases: 'Casussen',
  groups: 'Leergroepen',
  ffps: 'FFPS',
} as const;
export type Area = keyof typeof AREAS;

/** What every screen shares: the main navigation and the toasts that confirm a save. */
export class AppShell {
  constructor(readonly page: Page) {}
  async open(url: string) {
    await this.page.goto(url);
  }
  navButton(area: Area): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: AREAS[area], exact: true });
  }
  async goTo(area: Area) {
    await this.navButton(area).click();
  }
  /** A confirmation such as "Wijzigingen opgeslagen." (a toast; several can be on screen at once). */
  notice(text: string): Locator {
    return this.page.getByText(text);
  }
}

export const SAVED = 'Wijzigingen opgeslagen.';
