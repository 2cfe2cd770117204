import { readFileSync } from 'node:fs';
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

  test('the committed nginx headers are generated from the same list (run npm run nginx:headers if not)', () => {
    const committed = readFileSync('deploy/nginx/botwijzer-security-headers.conf', 'utf8');
    expect(committed).toBe(nginxHeaderLines());
  });
});
