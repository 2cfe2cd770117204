import type { Page } from '@playwright/test';

/** On a phone the header menu is folded behind "Menu"; open it the way a reader would before using it. */
export async function openMenuIfFolded(page: Page) {
  const button = page.getByRole('banner').getByText('Menu', { exact: true });
  if (await button.isVisible()) {
    const menu = page.locator('details.site-menu');
    if ((await menu.getAttribute('open')) === null) await button.click();
  }
}
