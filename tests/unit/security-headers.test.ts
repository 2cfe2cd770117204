import { describe, expect, test } from 'vitest';
import { nginxHeaderLines } from '../../scripts/export/nginx-headers';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@/lib/site/security-headers';

describe('security headers', () => {
  test('the CSP forbids eval, framing, plugins and foreign base URLs', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });

  test('the permissions policy denies camera, microphone and geolocation', () => {
    const policy = SECURITY_HEADERS.find((h) => h.key === 'Permissions-Policy')?.value ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`);
  });

  test('nginx gets every header of the list, on every response', () => {
    const lines = nginxHeaderLines(SECURITY_HEADERS).split('\n').filter((line) => line.startsWith('add_header'));
    expect(lines).toEqual(SECURITY_HEADERS.map(({ key, value }) => `add_header ${key} "${value}" always;`));
  });
});
