import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lint/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}', 'assets/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites open real databases and sockets; two cores do not like many at once.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
