import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['emu-core/**/*.test.ts', 'src/**/*.test.ts', 'guests/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
