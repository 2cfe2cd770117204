import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (CI, this machine); Playwright's own browser on a developer's laptop.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

const port = Number(process.env.PORT_E2E ?? 3100);
// The suite runs against the production server (scripts/serve.mjs serving out/: run `npm run build` first).
// BASE_URL points it at an already running server instead (nginx in npm run test:nginx).
const externalBaseURL = process.env.BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry in CI, so that a rare race shows up as "flaky" in the report instead of failing the run: seen once in
  // ~140 runs on a machine at load 24, the calcium keyboard test found focus off the age field after the island
  // swapped in (not traced; not seen again in 15 repeated runs on 1 December 2026). The exercise plan's lost early
  // tick was traced and fixed: the carried-over ticks reached React in one batch (mount.tsx, flushSync now).
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Generous: the suite shares a 2-core machine; an axe scan of the long calculator can take 30 s there.
  timeout: 60_000,
  use: {
    baseURL: externalBaseURL ?? `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      grep: /@phone/,
    },
  ],
  webServer: externalBaseURL
    ? undefined
    : {
        command: `node scripts/serve.mjs --port ${port} --host 127.0.0.1`,
        url: `http://127.0.0.1:${port}`,
        reuseExistingServer: !process.env.CI,
        timeout: 15_000,
      },
});
