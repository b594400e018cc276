import { expect, type Page } from '@playwright/test';

/** The frame every page shares: navigation and the language switch. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async switchLanguage(language: 'ES' | 'EN'): Promise<void> {
    await this.page.getByText(language, { exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language.toLowerCase());
  }

  async navigateTo(name: string | RegExp): Promise<void> {
    const burger = this.page.getByRole('button', { name: /navegación|navigation/i });
    if (await burger.isVisible()) await burger.click();
    await this.page.getByRole('navigation').getByRole('link', { name }).click();
  }
}
