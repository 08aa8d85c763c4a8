/**
 * Renders the icon set from lib/build/icons/*.svg into public/icon/ (manifest icons 16, 32, 48, 128; toolbar 16,
 * 24, 32; "off for this site" in grey) with resvg, which draws the same PNG bytes on every machine (#15).
 * Run `npm run icons` after editing an SVG and commit the PNGs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'public/icon');
mkdirSync(OUT, { recursive: true });
for (const [name, sizes] of [
  ['tact', [16, 24, 32, 48, 128]],
  ['tact-off', [16, 24, 32]],
] as const) {
  const svg = readFileSync(join(ROOT, 'lib/build/icons', `${name}.svg`), 'utf8');
  for (const size of sizes) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(OUT, `${name === 'tact' ? '' : 'off-'}${size}.png`);
    writeFileSync(file, png);
    console.log(`${file.slice(ROOT.length + 1)} ${png.length} bytes`);
  }
}
