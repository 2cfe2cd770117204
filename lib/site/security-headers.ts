/**
 * The security headers of every response, in one place: `npm run build` writes them to build/ for the embedded
 * server (scripts/serve.mjs) and for nginx (scripts/export/nginx-headers.ts), with the hashes of the inline
 * scripts the pages carry (scripts/export/allowlist.ts), computed from the built pages.
 *
 * Scripts: only files from this site and those exact inline scripts; no 'unsafe-inline', no 'unsafe-eval';
 * 'wasm-unsafe-eval' only lets the Pagefind search run its WebAssembly. Styles: only the site's stylesheet; the
 * pages carry no style attribute or <style> element (React sets the few computed styles through the DOM, which
 * CSP allows).
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes, "'wasm-unsafe-eval'"].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export type SecurityHeader = { key: string; value: string };

export function securityHeaders(inlineScriptHashes: readonly string[]): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(inlineScriptHashes) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // Nothing about which page a patient read goes to another site.
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
