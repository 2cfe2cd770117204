import { CSP_VIOLATION, expect, test } from './fixtures';

// What the server adds to the exported files. The whole suite runs against scripts/serve.mjs; the tests tagged
// @server run again against nginx with deploy/nginx (npm run test:nginx), so both ways of serving behave alike.
const PATHS = ['/', '/artikelen/medicijnen', '/hulpmiddelen/t-score', '/hulpmiddelen/calcium', '/bestaat-niet'];

for (const path of PATHS) {
  test(`${path} is sent with the security headers @server`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'wasm-unsafe-eval'/);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('a page has one address: clean, without .html, and a trailing slash is redirected away @server', async ({
  request,
}) => {
  const clean = await request.get('/artikelen/medicijnen', { maxRedirects: 0 });
  expect(clean.status()).toBe(200);
  expect(clean.headers()['content-type']).toMatch(/^text\/html/);
  expect(await clean.text()).toContain('<h1');

  const slash = await request.get('/artikelen/medicijnen/?van=brief', { maxRedirects: 0 });
  expect(slash.status()).toBe(301);
  expect(new URL(slash.headers()['location'] ?? '', 'http://x').pathname).toBe('/artikelen/medicijnen');
  expect(slash.headers()['location']).toMatch(/\?van=brief$/);
  expect(slash.headers()['content-security-policy']).toBeTruthy();
});

test('an unknown address gets the Dutch 404 page with status 404 @server', async ({ request }) => {
  const response = await request.get('/artikelen/bestaat-niet');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Deze pagina bestaat niet');
});

test('hashed files are cached for a year, pages are checked again, text is compressed @server', async ({ request }) => {
  const manifest = (await (await request.get('/_islands/manifest.json')).json()) as { mount: string[] };
  const mount = await request.get(manifest.mount[0] ?? '', { headers: { 'accept-encoding': 'gzip' } });
  expect(mount.status()).toBe(200);
  expect(mount.headers()['cache-control']).toMatch(/max-age=31536000/);
  expect(mount.headers()['content-type']).toMatch(/javascript/);
  expect(mount.headers()['content-encoding']).toBe('gzip');

  const page = await request.get('/artikelen/medicijnen', { headers: { 'accept-encoding': 'gzip' } });
  expect(page.headers()['cache-control'] ?? 'no-cache').not.toMatch(/max-age=31536000/);
  expect(page.headers()['content-encoding']).toBe('gzip');

  const preview = await request.get('/artikelen/medicijnen/opengraph-image');
  expect(preview.headers()['content-type']).toBe('image/png');
});

test('an article and a tool work as served @server', async ({ page }) => {
  await page.goto('/artikelen/wat-is-osteoporose');
  await expect(page.getByRole('heading', { level: 1, name: 'Wat is osteoporose?' })).toBeVisible();
  await page.goto('/hulpmiddelen/t-score');
  await page.getByLabel('T-score lendenwervels (wervelkolom)').fill('-2,5');
  await page.getByRole('button', { name: 'Bekijk wat uw score betekent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uitkomst' }).getByRole('heading', { level: 3 })).toHaveText(
    'Uitkomst: Osteoporose',
  );
});

test.describe('odd addresses get a page, a redirect or a 404, never a server error', () => {
  const cases: [string, number[]][] = [
    ['/artikelen/Wat-Is-Osteoporose', [404]],
    ['/ARTIKELEN', [404]],
    ['/artikelen/wat-is-osteoporose/', [301]],
    ['//voorbeeld.nl/', [301]],
    ['/artikelen/wat-is-osteoporose?q=' + 'x'.repeat(2000) + '&%00=%ff', [200]],
    ['/artikelen/%E0%A4%A', [400, 404]],
    ['/artikelen/../../etc/passwd', [404]],
    ['/hulpmiddelen/t-score#wervelkolom=-99', [200]],
    ['/woordenlijst?<script>=1', [200]],
    ['/een/pad/dat/niet/bestaat', [404]],
  ];
  for (const [path, statuses] of cases) {
    test(`${path.slice(0, 60)} @server`, async ({ request, baseURL }) => {
      // Written out in full: a path that starts with // would otherwise be read as another host.
      const response = await request.get(`${new URL(baseURL ?? '').origin}${path}`, { maxRedirects: 0 });
      expect(statuses, `status ${response.status()}`).toContain(response.status());
      // A redirect never leaves the site.
      expect(response.headers()['location'] ?? '/').toMatch(/^\/(?!\/)/);
    });
  }
});

test('an inline script or style attribute that the policy does not list is blocked, and the suite notices', async ({
  page,
  pageProblems,
}) => {
  await page.goto('/artikelen/medicijnen');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    document.body.setAttribute('style', 'outline: 1px solid red');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return 'injected' in window;
  });
  expect(ran).toBe(false);
  const violations = pageProblems.filter((problem) => problem.includes(CSP_VIOLATION));
  expect(violations.join('\n')).toMatch(/script-src/);
  expect(violations.join('\n')).toMatch(/style-src/);
  // Caught on purpose here; every other test fails on such a message.
  pageProblems.splice(0);
});
