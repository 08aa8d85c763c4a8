/** A rectangle in the top frame's viewport (CSS pixels). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the badge goes: fixed coordinates of its top-left corner, or null when the box is out of view. */
export interface BadgePlacement {
  left: number;
  top: number;
}

/** Where the panel goes: fixed coordinates, with one vertical anchor (top or bottom) and a height limit. */
export interface PanelPlacement {
  left: number;
  top?: number;
  bottom?: number;
  width: number;
  maxHeight: number;
  side: 'right' | 'left' | 'above' | 'below';
}

/** The viewport size (innerWidth/innerHeight of the top frame). */
export interface Viewport {
  width: number;
  height: number;
}

/** Size of the badge as drawn by components/Badge (kept in one place for placement). */
export const BADGE_SIZE = { width: 66, height: 28 } as const;
/** Gap between the box edge and Tact's UI. */
const GAP = 8;
/** Preferred panel width; narrower viewports (200 % zoom, phones) get the viewport minus margins. */
const PANEL_WIDTH = 380;
/** A panel shorter than this is not worth placing above/below; it goes beside or over the top instead. */
const MIN_PANEL_HEIGHT = 220;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The badge sits inside the box's bottom-right corner (where neither the text start nor the toolbar and
 * Send button of the apps we support sit); single-line fields get it at their right end.
 */
export function placeBadge(box: Box, view: Viewport): BadgePlacement | null {
  const bottom = box.top + box.height;
  const right = box.left + box.width;
  if (bottom < 0 || box.top > view.height || right < 0 || box.left > view.width) return null;
  const inset = box.height < BADGE_SIZE.height + 16 ? Math.max(0, (box.height - BADGE_SIZE.height) / 2) : 6;
  const left = clamp(right - BADGE_SIZE.width - 6, 4, view.width - BADGE_SIZE.width - 4);
  const top = clamp(bottom - BADGE_SIZE.height - inset, 4, view.height - BADGE_SIZE.height - 4);
  return { left, top };
}

/**
 * The panel goes beside the box when there is room (right first, then left), else above it. Never below:
 * the Send button and the editor toolbar sit right under the box in Gmail, Outlook and every helpdesk.
 */
export function placePanel(box: Box, view: Viewport): PanelPlacement {
  const width = Math.min(PANEL_WIDTH, view.width - 2 * GAP);
  const right = box.left + box.width;
  const fullHeight = view.height - 2 * GAP;
  const top = clamp(box.top, GAP, Math.max(GAP, view.height - GAP - MIN_PANEL_HEIGHT));
  if (view.width - right >= width + 2 * GAP) {
    return { left: right + GAP, top, width, maxHeight: view.height - top - GAP, side: 'right' };
  }
  if (box.left >= width + 2 * GAP) {
    return { left: box.left - GAP - width, top, width, maxHeight: view.height - top - GAP, side: 'left' };
  }
  const left = clamp(right - width, GAP, view.width - width - GAP);
  const spaceAbove = box.top - 2 * GAP;
  if (spaceAbove >= MIN_PANEL_HEIGHT) {
    return {
      left,
      bottom: view.height - box.top + GAP,
      width,
      maxHeight: Math.min(spaceAbove, fullHeight),
      side: 'above',
    };
  }
  const spaceBelow = view.height - (box.top + box.height) - 2 * GAP;
  if (spaceBelow >= MIN_PANEL_HEIGHT + 64) {
    // Leave a strip under the box for its toolbar and Send button.
    const below = box.top + box.height + 64;
    return { left, top: below, width, maxHeight: view.height - below - GAP, side: 'below' };
  }
  // The box fills the viewport: cover its upper part and keep its bottom strip (toolbar, Send) visible.
  return { left, top: GAP, width, maxHeight: Math.max(160, box.top + box.height - 64 - 2 * GAP), side: 'above' };
}

/**
 * A rectangle of an element in the viewport of `top` (the frame Tact's UI is drawn in), adding the offsets of
 * the same-origin frames between them.
 */
export function rectInTop(el: Element, top: Window): Box {
  return shiftToTop(el, el.getBoundingClientRect(), top);
}

/** Shifts a rectangle measured in el's frame into the viewport of `top`. */
export function shiftToTop(
  el: Element,
  r: { left: number; top: number; width: number; height: number },
  top: Window,
): Box {
  let left = r.left;
  let y = r.top;
  let view = el.ownerDocument.defaultView;
  while (view && view !== top) {
    let frame: Element | null = null;
    try {
      frame = view.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const fr = frame.getBoundingClientRect();
    left += fr.left + (frame as HTMLElement).clientLeft;
    y += fr.top + (frame as HTMLElement).clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return { left, top: y, width: r.width, height: r.height };
}
