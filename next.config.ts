import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/site/security-headers';

// BUILD_TARGET=static makes a static export in out/ for any static host; see the README, "Publishing".
const staticExport = process.env.BUILD_TARGET === 'static';
// Next's development server evaluates code for fast refresh, which a strict CSP would block.
const production = process.env.NODE_ENV === 'production';
// `npm run studio` (STUDIO=1 next dev) adds the editing studio: its route files end in .studio.tsx/.studio.ts, which
// Next.js only treats as routes here. Any build (production or static export) never sees them.
const studio = process.env.STUDIO === '1' && !production;

const nextConfig: NextConfig = {
  // mdx-bundler drives esbuild at build time; both must stay real Node packages, not bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Its own build folder, so the studio's generated route types never meet `next build`'s type check.
  ...(studio ? { pageExtensions: ['studio.tsx', 'studio.ts', 'tsx', 'ts'], distDir: '.next-studio' } : {}),
  ...(staticExport
    ? { output: 'export', images: { unoptimized: true } }
    : production
      ? { headers: async () => [{ source: '/:path*', headers: SECURITY_HEADERS }] }
      : {}),
};

export default nextConfig;
