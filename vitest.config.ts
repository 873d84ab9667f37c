import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'rules/**/*.test.ts'],
    environment: 'node',
    // Speed lives in `npm run bench`, not here: property runs and whole-corpus comparisons
    // may take many seconds on a busy 2-core CI machine without anything being wrong.
    testTimeout: 60_000,
  },
});
