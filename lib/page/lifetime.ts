/**
 * What the reply assistant needs from WXT's content-script context: everything it registers goes through
 * here, so invalidating the context (extension updated or removed) removes every listener and timer.
 */
export interface Lifetime {
  readonly isValid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  addEventListener<TTarget extends EventTarget>(
    target: TTarget,
    ...params: Parameters<TTarget['addEventListener']>
  ): void;
}
