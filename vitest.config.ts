import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // generous: catches a hang or catastrophic backtracking, not a speed test
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
