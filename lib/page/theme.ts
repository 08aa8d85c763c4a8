/** Light or dark UI, matching what is behind the reply box. */
export type Theme = 'light' | 'dark';

/** Parses `rgb(a)` colours as getComputedStyle reports them. */
function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 black … 1 white. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme for Tact's UI next to an element: the first opaque background behind it decides (pages with their
 * own dark mode ignore the OS setting); a fully transparent page falls back to prefers-color-scheme when the
 * page supports a dark colour scheme.
 */
export function themeBehind(el: Element): Theme {
  const view = el.ownerDocument.defaultView;
  let node: Element | null = el;
  while (node && view) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color.a > 0.5) return luminance(color.r, color.g, color.b) < 0.2 ? 'dark' : 'light';
    node = node.parentElement;
  }
  // No opaque background: the canvas shows, which is dark only when the OS asks for it and the page opts in.
  const prefersDark = view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const root = el.ownerDocument.documentElement;
  const scheme = view && root ? view.getComputedStyle(root).colorScheme || '' : '';
  return prefersDark && scheme.includes('dark') ? 'dark' : 'light';
}
