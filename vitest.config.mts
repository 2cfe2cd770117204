import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The property tests run thousands of cases; on a busy 2-core machine (CI shares it) 5 s is too tight.
    testTimeout: 30_000,
  },
});
