import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long the top frame waits for a frame that holds the reply box to answer first. */
const TOP_FRAME_GRACE_MS = 150;

/**
 * The popup's messages reach every frame of the tab and the first answer wins: the frame with the active
 * reply box answers at once, other subframes stay silent, and the top frame answers the fallback after a grace
 * period when no frame has a box.
 */
export function answerFromFrameWithBox(ctx: ContentScriptContext, hasBox: () => boolean) {
  return <T>(run: () => T | Promise<T>, fallback: T): Promise<T> => {
    if (hasBox()) return Promise.resolve(run());
    if (window !== window.top) return new Promise<T>(() => {});
    return new Promise<T>((resolve) => {
      ctx.setTimeout(() => resolve(hasBox() ? run() : fallback), TOP_FRAME_GRACE_MS);
    });
  };
}
