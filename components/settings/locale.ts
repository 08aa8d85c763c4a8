/** The page's language as a two-letter code ('' when the page does not say), e.g. to open its packs first. */
export function documentLanguage(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang.slice(0, 2).toLowerCase();
}
