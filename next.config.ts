import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // mdx-bundler drives esbuild at build time; both must stay real Node packages, not bundled.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
