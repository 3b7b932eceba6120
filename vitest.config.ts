import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['jobs/**/*.test.ts', 'src/**/*.test.ts', 'sample/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
