import { getEditorHandle } from '@/lib/editors';
import { liveTranslator } from '@/lib/i18n/live';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { type ReplyAssist, startReplyAssist } from '@/lib/page/replyAssist';
import { DEFAULT_HOSTS } from '@/lib/settings/hosts';
import { editorBridgeOnDemand } from './editorBridge';
import { mountAssistUi } from './mountUi';
import { OwnContext } from './ownContext';
import { answerFromFrameWithBox } from './popupAnswers';
import { whileSiteEnabled } from './siteSwitch';

// Runs on the webmail and helpdesk hosts by default; other sites get it registered at run time once the
// agent turns them on (lib/background/sites.ts). All frames, for reply boxes inside same-origin iframes.
export default defineContentScript({
  matches: DEFAULT_HOSTS,
  allFrames: true,
  runAt: 'document_idle',
  // Styles go into the UI's shadow root as a string (see mountUi.tsx): nothing is injected into the page and
  // no CSS file needs to be web-accessible on sites the agent enables later.
  cssInjectionMode: 'manual',
  // WXT's own context would post its start to the page; everything below runs on OwnContext instead (#13).
  noScriptStartedPostMessage: true,
  main: (wxtContext) => {
    const ctx = new OwnContext('content', wxtContext.options);
    let assist: ReplyAssist | null = null;
    // The badge and panel speak the agent's interface language, not the draft's (#15).
    const i18n = liveTranslator();
    ctx.onInvalidated(i18n.stop);
    whileSiteEnabled(
      ctx,
      () => {
        // Called again on every settings change while the site stays on: the open draft gets a fresh analysis.
        assist?.reanalyze();
        assist ??= startReplyAssist(ctx, {
          analyze: (input) => sendMessage('analyze', input),
          getHandle: (el) => getEditorHandle(el),
          prepareWrite: editorBridgeOnDemand(),
          mountView: (a) => mountAssistUi(ctx, a, i18n),
          translator: i18n.get,
        });
      },
      () => {
        assist?.teardown();
        assist = null;
      },
    );
    // An update or removal of the extension ends this script's context without any event. WXT's context checks
    // its validity on each tick of its timers, so this light tick notices it and the teardown removes the UI
    // even while the agent is not typing.
    ctx.setInterval(() => {}, 1_000);
    // Only the frame whose box has focus answers (and writes): a tab may coach boxes in several frames.
    const answer = answerFromFrameWithBox(ctx, () => assist?.hasFocus() ?? false);
    ctx.onInvalidated(onMessage('getReplyState', () => answer(() => assist?.replyState() ?? null, null)));
    ctx.onInvalidated(
      onMessage('replaceDraft', ({ data }) =>
        answer(
          async () =>
            assist?.replaceDraftWith(data) ?? { ok: false, method: 'none', error: 'no reply box on this page' },
          { ok: false, method: 'none', error: 'no reply box on this page' },
        ),
      ),
    );
  },
});
