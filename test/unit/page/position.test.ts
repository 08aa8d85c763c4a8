import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, placeBadge, placePanel } from '../../../lib/page/position';

const view = { width: 1280, height: 800 };

describe('placeBadge', () => {
  it("sits inside the box's bottom-right corner", () => {
    const box = { left: 100, top: 300, width: 600, height: 200 };
    const at = placeBadge(box, view)!;
    expect(at.left + BADGE_SIZE.width).toBeLessThanOrEqual(box.left + box.width);
    expect(at.top + BADGE_SIZE.height).toBeLessThanOrEqual(box.top + box.height);
    expect(at.left).toBeGreaterThan(box.left + box.width / 2);
    expect(at.top).toBeGreaterThan(box.top + box.height / 2);
  });

  it('is centred vertically in a single-line field', () => {
    const box = { left: 100, top: 300, width: 600, height: 32 };
    const at = placeBadge(box, view)!;
    expect(at.top).toBe(302);
  });

  it('hides when the box is scrolled out of view', () => {
    expect(placeBadge({ left: 100, top: -400, width: 600, height: 200 }, view)).toBeNull();
    expect(placeBadge({ left: 100, top: 900, width: 600, height: 200 }, view)).toBeNull();
  });
});

describe('placePanel', () => {
  it('goes to the right of a narrow box', () => {
    const p = placePanel({ left: 100, top: 200, width: 500, height: 300 }, view);
    expect(p.side).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(600);
    expect(p.left + p.width).toBeLessThanOrEqual(view.width);
  });

  it('goes above a full-width box, never over the strip under it where Send is', () => {
    const box = { left: 20, top: 450, width: 1240, height: 250 };
    const p = placePanel(box, view);
    expect(p.side).toBe('above');
    expect(p.bottom).toBeDefined();
    // Its bottom edge is above the box's top edge.
    expect(view.height - p.bottom!).toBeLessThanOrEqual(box.top);
  });

  it('fits a narrow viewport (200 % zoom halves the CSS viewport)', () => {
    const zoomed = { width: 640, height: 400 };
    const p = placePanel({ left: 10, top: 250, width: 620, height: 120 }, zoomed);
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.width).toBeLessThanOrEqual(zoomed.width);
    expect(p.maxHeight).toBeLessThanOrEqual(zoomed.height);
  });
});
