import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { PREACT_ALIASES } from './lib/build/preactAliases.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // Components render with Preact here too, as in the built extension. @testing-library/react is taken as
        // its ES module build (vitest would otherwise load its CommonJS one, whose require() calls no alias
        // reaches), and its react-dom/test-utils import gets Preact's act().
        resolve: {
          alias: [
            ...PREACT_ALIASES,
            { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Packages that import react go through vitest's resolver (not Node's), so the aliases reach them.
          server: { deps: { inline: ['@testing-library/react', 'zustand'] } },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
