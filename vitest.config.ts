import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once, so process-level tests run exactly what `npm start` and the bin run.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
