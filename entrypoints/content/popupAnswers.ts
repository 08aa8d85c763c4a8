import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long the top frame waits for a frame that holds the reply box to answer first. */
const TOP_FRAME_GRACE_MS = 150;
/**
 * The same while the keyboard focus is in a child frame: the frame with the focused box answers a write only
 * once it is done, which takes longer than a read, and the top frame's "no reply box" must not come first (#13).
 */
const CHILD_FRAME_GRACE_MS = 10_000;

/** Whether the keyboard focus is inside a child frame of this document. */
function focusInChildFrame(): boolean {
  const tag = document.activeElement?.tagName;
  return tag === 'IFRAME' || tag === 'FRAME';
}

/**
 * The popup's messages reach every frame of the tab and the first answer wins: the frame whose reply box has
 * focus answers at once (and alone writes), other subframes stay silent, and the top frame answers the fallback
 * after a grace period when no frame has a focused box (a longer one while the focus is in a child frame).
 */
export function answerFromFrameWithBox(ctx: ContentScriptContext, hasBox: () => boolean) {
  return <T>(run: () => T | Promise<T>, fallback: T): Promise<T> => {
    if (hasBox()) return Promise.resolve(run());
    if (window !== window.top) return new Promise<T>(() => {});
    return new Promise<T>((resolve) => {
      const grace = focusInChildFrame() ? CHILD_FRAME_GRACE_MS : TOP_FRAME_GRACE_MS;
      ctx.setTimeout(() => resolve(hasBox() ? run() : fallback), grace);
    });
  };
}
