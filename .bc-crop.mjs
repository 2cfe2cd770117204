import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [,, file, outPrefix, width, ...ys] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"></body>`);
for (const [i, y] of ys.entries()) {
  await page.screenshot({ path: `${outPrefix}-${i}.png`, clip: { x: 0, y: Number(y), width: Number(width), height: 1000 }, fullPage: true });
}
await browser.close();
