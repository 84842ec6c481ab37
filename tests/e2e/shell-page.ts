import { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The shell around every view: header, filter bar, notice, the current view. */
export class Shell {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByTestId('current-view');
  }
  get filtersToggle(): Locator {
    return this.page.getByTestId('filters-toggle');
  }
  /** Opens the filter panel (entity picker, dates, factions, topics) if it is closed. */
  async openFilters(): Promise<void> {
    if ((await this.filtersToggle.getAttribute('aria-expanded')) !== 'true') await this.filtersToggle.click();
    await expect(this.page.locator('#filter-panel')).toBeVisible();
  }
  factionChip(id: string): Locator {
    return this.page.locator(`[data-testid=faction-chip][data-entity="${id}"]`);
  }
  get search(): Locator {
    return this.page.getByTestId('search');
  }
  get picker(): Locator {
    return this.page.getByTestId('entity-picker');
  }
  get suggestions(): Locator {
    return this.page.locator('#entity-picker-list');
  }
  /** Opens the filters, types `text` into the entity picker key by key, and returns
   * its first suggestion. */
  async typeInPicker(text: string): Promise<Locator> {
    await this.openFilters();
    await this.picker.click();
    await this.picker.pressSequentially(text);
    return this.suggestions.getByRole('option').first();
  }
  mention(id: string): Locator {
    return this.page.locator(`[data-testid=mention][data-entity="${id}"]`);
  }
  get notice(): Locator {
    return this.page.getByTestId('url-notice');
  }

  async expectView(view: string): Promise<void> {
    await expect(this.view).toHaveAttribute('data-view', view);
  }

  /** Waits until the URL's query string is exactly `search` (with its `?`, or ''). */
  async expectSearch(search: string): Promise<void> {
    await expect.poll(() => new URL(this.page.url()).search).toBe(search);
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  /** The page has no horizontal scrollbar at its current width. */
  async expectNoHorizontalScroll(width: number): Promise<void> {
    const scrollWidth = await this.page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `document scrollWidth at ${width} px`).toBeLessThanOrEqual(width);
  }
}
