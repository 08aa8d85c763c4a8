import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Components render with Preact here too, through the same preset as the extension build (its aliases
        // give react-dom/test-utils Preact's act()); no hot reload or devtools hooks in tests.
        plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
        // @testing-library/react is taken as its ES module build: vitest would otherwise load its CommonJS one,
        // whose require() calls no alias reaches.
        resolve: {
          alias: [
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
