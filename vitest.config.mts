import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and whole-library checks take seconds on a busy 2-core machine; 5 s (the default) is too tight.
    testTimeout: 30_000,
  },
});
