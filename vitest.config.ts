import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests read every labelled page or spawn the CLI: on a loaded 2-core machine 5 s is not enough.
    testTimeout: 30_000,
  },
});
