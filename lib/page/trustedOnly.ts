/**
 * Events a page could dispatch at Tact's UI to act in the agent's name: presses, clicks, keys and form changes.
 * Focus and scroll are not here (Tact moves focus itself, and neither acts).
 */
export const ACTING_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Stops every acting event that the browser did not create from the person at the keyboard, before it reaches
 * anything in root (capture phase at the root). Tact's closed shadow root keeps page scripts from finding its
 * buttons; this keeps them from working even if a script got hold of one (#13).
 */
export function acceptOnlyTrusted(root: EventTarget, signal?: AbortSignal): void {
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, refuse, { capture: true, signal });
}
