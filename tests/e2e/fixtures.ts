import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/**
 * Every page is scanned with the WCAG 2.0/2.1/2.2 A and AA rules, and with heading-order (a best practice that
 * Lighthouse's accessibility score counts: a screen-reader user moves by headings); any violation fails.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'heading-order': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

type Fixtures = {
  /** Console errors and warnings, CSP violations and requests to other origins, collected and checked after each test. */
  pageProblems: string[];
};

/** Prefix of the console message that reports a Content-Security-Policy violation from inside the page. */
export const CSP_VIOLATION = 'CSP-schending';

/**
 * The shared test: it fails any test in which the page logged a console error or warning, broke the
 * Content-Security-Policy (a new inline script or style is caught the day it is added), or asked anything of
 * another origin (the site promises no third-party requests and no data that leaves the browser).
 */
export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      await page.addInitScript((prefix) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`${prefix}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim());
        });
      }, CSP_VIOLATION);
      page.on('console', (msg) => {
        // A test that opens a missing page on purpose sees the browser report the document's own 404.
        const ownDocument404 = msg.text().includes('status of 404') && msg.location().url === page.url();
        if ((msg.type() === 'error' || msg.type() === 'warning') && !ownDocument404) {
          problems.push(`console ${msg.type()}: ${msg.text()} (${msg.location().url})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      await use(problems);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});
