// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { luminance, themeBehind } from '../../../lib/page/theme';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

describe('themeBehind', () => {
  it('is dark over a dark page background and light over a light one', () => {
    document.body.innerHTML =
      '<div style="background-color: rgb(23, 24, 27)"><textarea id="a"></textarea></div><div style="background-color: rgb(250, 250, 250)"><textarea id="b"></textarea></div>';
    expect(themeBehind(document.getElementById('a')!)).toBe('dark');
    expect(themeBehind(document.getElementById('b')!)).toBe('light');
  });

  it('looks past transparent ancestors to the first opaque background', () => {
    document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    document.body.innerHTML =
      '<div style="background-color: rgba(255, 255, 255, 0)"><textarea id="a"></textarea></div>';
    expect(themeBehind(document.getElementById('a')!)).toBe('dark');
  });
});

describe('luminance', () => {
  it('runs from black to white', () => {
    expect(luminance(0, 0, 0)).toBe(0);
    expect(luminance(255, 255, 255)).toBeCloseTo(1);
    expect(luminance(128, 128, 128)).toBeGreaterThan(0.15);
  });
});
