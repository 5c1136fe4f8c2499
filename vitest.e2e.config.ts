import { defineConfig } from 'vitest/config';

// One browser at a time: the extension's settings are shared by every page of a profile.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
