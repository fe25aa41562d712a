import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Vitest runs from the repository root; the config lives in tests/ to keep the top level small. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
