import { expect, type Page } from '@playwright/test';

/** The lock screens: set-up, recovery key, lock screen, recovery, failure. */
export class LockPage {
  constructor(private readonly page: Page) {}

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async setUp(password: string, repeat = password): Promise<void> {
    await expect(this.heading('Leertafel beveiligen')).toBeVisible();
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByLabel('Herhaal het wachtwoord').fill(repeat);
    await this.page.getByRole('button', { name: 'Beveiligen' }).click();
  }

  /** The recovery key as shown (groups of four). */
  async recoveryKey(): Promise<string> {
    await expect(this.heading('Je herstelsleutel')).toBeVisible({ timeout: 30_000 });
    const groups = await this.page.getByTestId('recovery-key').locator('span').allTextContents();
    return groups.join('-');
  }

  async confirmRecoveryKeySaved(): Promise<void> {
    const go = this.page.getByRole('button', { name: 'Verder naar Leertafel' });
    await expect(go).toBeDisabled();
    await expect(go).toHaveAccessibleDescription('Vink eerst aan dat je de herstelsleutel hebt bewaard.');
    await this.page.getByLabel('Ik heb de herstelsleutel bewaard').check();
    await go.click();
  }

  async unlock(password: string): Promise<void> {
    await expect(this.heading('Leertafel is vergrendeld')).toBeVisible();
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Ontgrendelen' }).click();
  }

  /** The lock screen's answer to a wrong password. */
  async expectRefused(): Promise<void> {
    await expect(this.page.getByText('Dit wachtwoord klopt niet. Er is niets veranderd.').first()).toBeVisible();
  }

  /** Locks from the top bar; the old password is refused and the new one opens the app again. */
  async lockAndUnlockWithNew(oldPassword: string, newPassword: string): Promise<void> {
    await this.lockFromTopBar();
    await this.unlock(oldPassword);
    await this.expectRefused();
    await this.unlock(newPassword);
  }

  async recover(recoveryKey: string, newPassword: string): Promise<void> {
    await this.page.getByRole('button', { name: /Wachtwoord vergeten/ }).click();
    await expect(this.heading('Openen met de herstelsleutel')).toBeVisible();
    await this.page.getByLabel('Herstelsleutel').fill(recoveryKey);
    await this.page.getByLabel('Nieuw wachtwoord').fill(newPassword);
    await this.page.getByLabel('Herhaal het wachtwoord').fill(newPassword);
    await this.page.getByRole('button', { name: 'Openen en nieuw wachtwoord instellen' }).click();
  }

  async lockFromTopBar(): Promise<void> {
    await this.page.getByRole('button', { name: /Vergrendel/ }).click();
    await expect(this.heading('Leertafel is vergrendeld')).toBeVisible();
  }
}
