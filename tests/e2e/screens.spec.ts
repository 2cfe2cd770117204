import { expect, expectNoAxeViolations, test } from './fixtures';
import { openMenuIfFolded } from './menu';

// Issue 17, "every screen used well": the desktop's width, the phone's bottom edge, dark mode and high contrast.

test('on a desktop "Op deze pagina" stays beside the text while reading and marks the current section', async ({
  page,
}) => {
  await page.goto('/artikelen/medicijnen');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const text = page.locator('article .prose');
  const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
  expect(tocBox!.x, 'a column to the right of the text').toBeGreaterThan(textBox!.x + textBox!.width);

  const links = toc.getByRole('link');
  const third = links.nth(2);
  const id = ((await third.getAttribute('href')) ?? '').slice(1);
  await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 1500);
  await expect(toc).toBeInViewport();
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);

  await page.goto(`/artikelen/medicijnen#${id}`);
  await expect(third).toHaveAttribute('aria-current', 'location');
  await expect(toc).toBeInViewport();
});

test('"Deel dit stuk" opens a small panel with the section\'s share choices @phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/artikelen/medicijnen');
  const share = page.locator('summary', { hasText: /^Deel dit stuk: / }).first();
  await share.click();
  const copy = page.getByRole('button', { name: 'Kopieer link naar dit stuk' }).first();
  await expect(copy).toBeInViewport();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // It closes like a menu: Escape, and focus is back on its button.
  await copy.focus();
  await page.keyboard.press('Escape');
  await expect(copy).toBeHidden();
  await expect(share).toBeFocused();
});

test('on a phone the calcium total stays in view after changing the last food on the list @phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/hulpmiddelen/calcium');
  const status = page.getByRole('status').filter({ hasText: /U krijgt ongeveer/ });
  const more = page.getByRole('button', { name: /^Eén .* meer$/ });
  await more.last().click();
  await more.last().click();
  // Taps made before the calculator has started are replayed when it starts; read the total once they count.
  await expect(status).not.toContainText(/ongeveer 0\smg/);
  const total = ((await status.textContent()) ?? '').match(/ongeveer ([\d.]+)\smg/)?.[1];
  expect(total).toBeTruthy();
  await expect(status).not.toBeInViewport();
  const bar = page.getByText(new RegExp(`^Totaal ${total}\\smg$`));
  await expect(bar).toBeInViewport();

  // The field being edited is never under the bar: reaching it from the top of the page scrolls it clear of the bar.
  const lastFood = more.last().locator('xpath=preceding-sibling::input[1]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await lastFood.focus();
  await expect(bar).toBeVisible();
  const [fieldBox, barBox] = [await lastFood.boundingBox(), await page.locator('.calcium-total-bar').boundingBox()];
  expect(fieldBox!.y + fieldBox!.height).toBeLessThanOrEqual(barBox!.y);

  // Only one live region speaks; the bar repeats it silently.
  await expect(page.locator('[aria-live]').filter({ hasText: /mg/ })).toHaveCount(1);

  // Once the result itself is in view, the bar goes.
  await status.scrollIntoViewIfNeeded();
  await expect(bar).toBeHidden();
});

test('a reader chooses Donker, and the choice holds on the next page before it is painted @phone', async ({ page }) => {
  await page.goto('/');
  await openMenuIfFolded(page);
  const colours = page.getByRole('group', { name: 'Kleuren' });
  await expect(colours.getByRole('radio', { name: 'Zoals mijn apparaat' })).toBeChecked();
  await colours.getByText('Donker').click();
  await expect(page.locator('html')).toHaveAttribute('data-thema', 'donker');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe('rgb(255, 255, 255)');

  await page.goto('/artikelen/wat-is-osteoporose');
  await expect(page.locator('html')).toHaveAttribute('data-thema', 'donker');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await expectNoAxeViolations(page);

  // Licht wins over a dark device.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMenuIfFolded(page);
  await page.getByRole('group', { name: 'Kleuren' }).getByText('Licht').click();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('in Windows high contrast the focus ring, the chosen option and the pictures stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/hulpmiddelen/t-score#wervelkolom=-2,7&groep=t&breuk=nee');
  const scale = page.getByTestId('tscore-marker');
  await expect(scale).toBeVisible();
  // The scale keeps its own drawing colours (its patterns carry meaning) on its own white ground.
  const figure = scale.locator('xpath=ancestor::figure[1]');
  expect(await figure.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none');
  expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
