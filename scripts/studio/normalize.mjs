// Brings every article into the form the studio writes, so that a later edit in the studio changes only the lines
// the editor changed. Keystatic writes only when something changed, so each article is saved twice through the
// studio itself: once with `order` raised by one, once with it back. Needs a running studio:
//   npm run studio            (in another terminal; or STUDIO_URL=http://127.0.0.1:3220)
//   node scripts/studio/normalize.mjs [slug ...]
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const base = process.env.STUDIO_URL ?? 'http://127.0.0.1:3000';
const articles = path.join(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'), 'articles');
const slugs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(articles)
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => n.slice(0, -4));

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());

async function saveOrder(value) {
  const order = page.getByRole('textbox', { name: 'Volgorde' });
  await order.fill(String(value));
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/keystatic/update') && r.ok());
  await page.getByRole('button', { name: 'Redden' }).click();
  await saved;
}

for (const slug of slugs) {
  await page.goto(`${base}/keystatic/collection/artikelen/item/${slug}`, { timeout: 180_000 });
  const order = page.getByRole('textbox', { name: 'Volgorde' });
  await order.waitFor({ timeout: 120_000 });
  const value = Number(await order.inputValue());
  await saveOrder(value + 1);
  await saveOrder(value);
  console.log(`${slug}: opgeslagen in de vorm van de studio`);
}
await browser.close();
