import type { NextConfig } from 'next';

// The site is a static export (out/), which scripts/build-islands.mts then frees of the Next.js runtime and
// scripts/serve.mjs (or nginx, deploy/nginx) serves with the security headers. `next dev` is for editors only.
const nextConfig: NextConfig = {
  output: 'export',
  images: { unoptimized: true },
  // mdx-bundler drives esbuild at build time; both must stay real Node packages, not bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
