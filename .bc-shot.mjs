import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', fill = '0'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'nl-NL' });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (fill === '1') {
  await page.getByRole('button', { name: 'Meting toevoegen' }).click();
  await page.locator('[name="m1-datum"]').fill('14-11-2026');
  await page.locator('[name="m1-plek"]').selectOption('wervelkolom');
  await page.locator('[name="m1-score"]').fill('-2,7');
  await page.getByRole('button', { name: 'Breuk toevoegen' }).click();
  await page.locator('[name="b1-plek"]').fill('pols');
  await page.locator('[name="b1-datum"]').fill('maart 2024');
  await page.getByRole('button', { name: 'Medicijn toevoegen' }).click();
  await page.locator('[name="med1"]').selectOption('denosumab');
  await page.locator('[name="med1-start"]').fill('mei 2025');
  await page.locator('[name="med1-laatst"]').fill('14-11-2026');
  await page.getByRole('button', { name: 'Medicijn toevoegen' }).click();
  await page.locator('[name="med2"]').selectOption('vitamine-d');
  await page.locator('[name="med2-dosis"]').fill('800 IE per dag');
  await page.getByRole('button', { name: 'Medicijn toevoegen' }).click();
  await page.locator('[name="med3"]').selectOption('alendronaat-week');
  await page.locator('[name="med3-start"]').fill('03-2024');
  await page.locator('[name="med3-dag"]').selectOption('ma');
  await page.locator('[name="calcium"]').fill('850');
  await page.locator('[name="calcium-advies"]').fill('1200');
  await page.getByLabel('Hoe lang moet ik dit medicijn gebruiken?').check();
  await page.getByLabel('Mag ik sporten? Welke oefeningen zijn goed voor mij?').check();
  await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
  await page.locator('[name="vraag1"]').fill('Mag ik nog op wintersport?');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
}
await page.screenshot({ path: out, fullPage: true });
if (process.argv[6] === 'pdf') {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: out.replace('.png', '.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
}
await browser.close();
