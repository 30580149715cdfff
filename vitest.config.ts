import { defineConfig } from 'vitest/config';

// Unit tests import plain modules only (the Astro content layer is not loaded inside vitest).
// Browser, PDF and dist tests (tests/e2e, tests/pdf.test.ts) run against the built dist/.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
  },
});
