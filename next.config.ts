import type { NextConfig } from 'next';
// `npm run dev` is for editors only. `npm run studio` (STUDIO=1 next dev) adds the editing studio: its route files
// end in .studio.tsx/.studio.ts, which Next.js only treats as routes here. Any build never sees them.
const studio = process.env.STUDIO === '1' && process.env.NODE_ENV !== 'production';

// The site is a static export (out/), which scripts/build-islands.mts then frees of the Next.js runtime and
// scripts/serve.mjs (or nginx, deploy/nginx) serves with the security headers. `next dev` is for editors only.
const nextConfig: NextConfig = {
  // mdx-bundler drives esbuild at build time; both must stay real Node packages, not bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The studio has its own build folder, so its generated route types never meet `next build`'s type check; it
  // runs route handlers, which a static export cannot have.
  ...(studio
    ? { pageExtensions: ['studio.tsx', 'studio.ts', 'tsx', 'ts'], distDir: '.next-studio' }
    : { output: 'export' as const, images: { unoptimized: true } }),
};

export default nextConfig;
