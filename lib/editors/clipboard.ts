import type { WritePlan, WriteTarget } from './ladder';

/**
 * The last resort: put the text on the clipboard and select the span it should replace, so the agent's own
 * Ctrl+V (a trusted paste every editor accepts) finishes the job. Resolves false when the clipboard refused.
 */
export async function clipboardFallback(target: WriteTarget, plan: WritePlan): Promise<boolean> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(plan.text);
  } catch {
    return false;
  }
  target.select(plan.start, plan.end);
  return true;
}
