import { describe, expect, test } from 'vitest';
import { nginxHeaderLines } from '../../scripts/export/nginx-headers';
import { contentSecurityPolicy, securityHeaders } from '@/lib/site/security-headers';

const HASH = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";

describe('security headers', () => {
  const csp = contentSecurityPolicy([HASH]);

  test('scripts: this site and the listed hashes only, never inline or eval', () => {
    expect(csp).toContain(`script-src 'self' ${HASH} 'wasm-unsafe-eval'`);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  test('the CSP forbids inline styles, framing, plugins and foreign base URLs', () => {
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("default-src 'self'");
  });

  test('the permissions policy denies camera, microphone and geolocation', () => {
    const policy = securityHeaders([]).find((h) => h.key === 'Permissions-Policy')?.value ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`);
  });

  test('nginx gets every header of the list, on every response', () => {
    const headers = securityHeaders([HASH]);
    const lines = nginxHeaderLines(headers)
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(lines).toEqual(headers.map(({ key, value }) => `add_header ${key} "${value}" always;`));
  });
});
