import { expect, test, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'ruta-demo';

/** The sign-in page, `/ingresar`. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/ingresar${query}`);
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByLabel('Correo electrónico').fill(email);
    await this.page.getByRole('textbox', { name: 'Contraseña', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Ingresar', exact: true }).last().click();
  }

  /** Signs in and waits until the header shows the person. */
  async signInAs(email: string, displayName: string): Promise<void> {
    await this.goto();
    await this.signIn(email);
    await expect(this.page.getByRole('button', { name: 'Menú de la cuenta' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Menú de la cuenta' })).toContainText(displayName.split(' ')[0]);
  }
}

/** A second person in a test: a browser context of their own, on the project's screen, signed in. */
export async function signedInPage(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: test.info().project.use.viewport ?? undefined,
  });
  const page = await context.newPage();
  await new SignInPage(page).signInAs(email, name);
  return page;
}
