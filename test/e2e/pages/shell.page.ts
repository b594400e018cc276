import { expect, type Page } from '@playwright/test';

/** The frame every page shares: navigation and the language switch. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async switchLanguage(language: 'ES' | 'EN'): Promise<void> {
    await this.page.getByText(language, { exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language.toLowerCase());
  }

  /** Opens the navigation where it folds away (phone-sized screens). */
  async openNavigation(): Promise<void> {
    const burger = this.page.getByRole('button', { name: /navegación|navigation/i });
    if (await burger.isVisible()) await burger.click();
  }

  async navigateTo(name: string | RegExp): Promise<void> {
    await this.openNavigation();
    await this.page.getByRole('navigation').getByRole('link', { name }).click();
  }

  /** The names of the navigation's entries, as the person sees them. */
  async navigationEntries(): Promise<string[]> {
    await this.openNavigation();
    const links = this.page.getByRole('navigation').getByRole('link');
    await expect(links.first()).toBeVisible();
    return (await links.allInnerTexts()).map((text) => text.trim());
  }
}
