import type { Locator, Page } from '@playwright/test';

/** The agenda page: sessions grouped by day or by theme. */
export class AgendaPage {
  constructor(readonly page: Page) {}

  goto(query = ''): Promise<unknown> {
    return this.page.goto(`/agenda${query}`);
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  session(title: string | RegExp): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  get sessions(): Locator {
    return this.page.getByRole('article');
  }

  dayHeading(number: number): Locator {
    return this.page.getByRole('heading', { level: 3, name: new RegExp(`^(Día|Day) ${number}\\b`) });
  }
}
