import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The studio's tests: a development server with the studio (STUDIO=1) on a scratch copy of content/. Separate from
// playwright.config.ts, so they never run against the production server or the static export.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env.PORT_STUDIO ?? 3120);
process.env.STUDIO_SCRATCH ??= path.join(process.cwd(), '.cache', 'studio-test');

export default defineConfig({
  testDir: 'tests/studio',
  // The tests share one scratch folder and one development server; they run one after another.
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  // The first test compiles the studio, and then the article page, in the development server: on a fresh 2-core
  // machine that alone took over 3 minutes in CI (1 December 2026), so the first journey gets 7.
  timeout: 420_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
  projects: [{ name: 'studio', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: 'bash scripts/studio/test-server.sh',
    url: `http://127.0.0.1:${port}/keystatic`,
    env: { PORT_STUDIO: String(port), STUDIO_SCRATCH: process.env.STUDIO_SCRATCH },
    // STUDIO_REUSE=1 uses a studio already started with scripts/studio/test-server.sh (same port and scratch folder).
    reuseExistingServer: process.env.STUDIO_REUSE === '1',
    timeout: 180_000,
  },
});
