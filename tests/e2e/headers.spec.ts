import { expect, test } from './fixtures';

// Runs against `next start` and, in the static smoke run, against nginx serving out/ (BASE_URL).
const PATHS = ['/', '/artikelen/medicijnen', '/hulpmiddelen/t-score', '/hulpmiddelen/calcium', '/bestaat-niet'];

for (const path of PATHS) {
  test(`${path} is sent with the security headers @smoke`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test.describe('odd addresses get a page or a 404, never a server error', () => {
  const cases: [string, number[]][] = [
    ['/artikelen/Wat-Is-Osteoporose', [404]],
    ['/ARTIKELEN', [404]],
    ['/artikelen/wat-is-osteoporose/', [200, 301, 308]],
    ['/artikelen/wat-is-osteoporose?q=' + 'x'.repeat(2000) + '&%00=%ff', [200]],
    ['/artikelen/%E0%A4%A', [400, 404]],
    ['/artikelen/../../etc/passwd', [404]],
    ['/hulpmiddelen/t-score#wervelkolom=-99', [200]],
    ['/woordenlijst?<script>=1', [200]],
    ['/een/pad/dat/niet/bestaat', [404]],
  ];
  for (const [path, statuses] of cases) {
    test(`${path.slice(0, 60)} @smoke`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(statuses, `status ${response.status()}`).toContain(response.status());
    });
  }
});
