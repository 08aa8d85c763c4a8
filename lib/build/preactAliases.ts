/**
 * The UI is written against React's API (and typed by @types/react) but ships with Preact through preact/compat:
 * the content script is loaded into every matching tab, and React DOM alone would be about two thirds of it.
 * The JSX compiler (@vitejs/plugin-react, automatic runtime) imports react/jsx-runtime, so that is aliased too.
 * Exact matches only, so no other package whose name starts with "react" is caught.
 *
 * Used by the extension build (wxt.config.ts) and by the unit tests (vitest.config.ts), so the component tests
 * render with what ships. Not by the editor test pages (test/pages), whose slate-react needs real React.
 * This file imports nothing, so both configs can load it as it is.
 */
export const PREACT_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
];
