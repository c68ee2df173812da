import type { Locator, Page } from '@playwright/test';

/** The Ctrl+K palette and the search screen. */
export class SearchPalette {
  constructor(readonly page: Page) {}
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Zoeken' });
  }
  get input(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Zoek in alles' });
  }
  async open() {
    // The shortcut listens once the app is connected (the button shows then).
    await this.page.getByRole('button', { name: /^Zoeken/ }).waitFor();
    await this.page.keyboard.press('Control+k');
  }
  async search(text: string) {
    await this.open();
    await this.input.fill(text);
  }
  group(kind: string): Locator {
    return this.dialog.getByRole('group', { name: new RegExp(`^${kind}`) });
  }
  hits(): Locator {
    return this.dialog.getByRole('option');
  }
  hit(title: string | RegExp): Locator {
    return this.dialog.getByRole('option').filter({ hasText: title });
  }
  marked(): Locator {
    return this.dialog.locator('mark');
  }
  get nothingFound(): Locator {
    return this.dialog.getByText('Niets gevonden.');
  }
}

export class SearchScreen {
  constructor(readonly page: Page) {}
  get input(): Locator {
    return this.page.getByRole('main').getByRole('combobox', { name: 'Zoek in alles' });
  }
  kindFilter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }
  hits(): Locator {
    return this.page.getByRole('main').getByRole('listbox', { name: 'Resultaten' }).getByRole('option');
  }
}
