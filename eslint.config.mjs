// ESLint: Next.js's rules (core web vitals, TypeScript) with the full jsx-a11y recommended set. `npm run lint` runs
// it with --max-warnings 0, and `npm test` runs that, so a warning is as much a failure as an error.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // eslint-config-next already registers the jsx-a11y plugin, with a few of its rules: add the whole set.
  { files: ['**/*.{jsx,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A region that scrolls on its own (a wide table) must be reachable by keyboard (WCAG 2.1.1; axe's
      // scrollable-region-focusable), so a named region may take tabIndex={0}.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
      // The static export has no client-side router: every link is a plain page load, and islands render <a>.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    '.next-studio/**',
    'out/**',
    'next-env.d.ts',
    'build/**',
    'lighthouse/**',
    'test-results/**',
    '.cache/**',
    'public/pagefind/**',
  ]),
]);
