import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/site/security-headers';

// BUILD_TARGET=static makes a static export in out/ for any static host; see the README, "Publishing".
const staticExport = process.env.BUILD_TARGET === 'static';
// Next's development server evaluates code for fast refresh, which a strict CSP would block.
const production = process.env.NODE_ENV === 'production';

const nextConfig: NextConfig = {
  // mdx-bundler drives esbuild at build time; both must stay real Node packages, not bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
  ...(staticExport
    ? { output: 'export', images: { unoptimized: true } }
    : production
      ? { headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }] }
      : {}),
};

export default nextConfig;
