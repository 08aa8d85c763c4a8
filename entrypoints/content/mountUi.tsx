// The stylesheet travels inside the script: a separate CSS file must be web-accessible to the page, and that
// list only covers the default hosts, not the sites an agent turns on later.
import css from '@/components/tact.css?inline';
import { type ReactNode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AssistView } from '@/components/AssistView';
import { I18nProvider } from '@/components/i18n';
import type { LiveTranslator } from '@/lib/i18n/live';
import { TACT_UI_ATTR } from '@/lib/page/candidates';
import { acceptOnlyTrusted } from '@/lib/page/trustedOnly';
import type { AssistView as MountedView, ReplyAssist } from '@/lib/page/replyAssist';

function Connected({ assist }: { assist: ReplyAssist }) {
  const state = useSyncExternalStore(assist.subscribe, assist.getState);
  return (
    <AssistView
      state={state}
      actions={{
        togglePanel: () => assist.togglePanel(),
        closePanel: () => assist.closePanel(),
        setScenario: (s) => assist.setScenario(s),
        replaceDraft: () => void assist.replaceDraft(),
        insertAtCursor: () => void assist.insertAtCursor(),
        copyRewrite: () => void assist.copyRewrite(),
        applyFinding: (i) => void assist.applyFinding(i),
        restoreOriginal: () => void assist.restoreOriginal(),
      }}
    />
  );
}

/** The agent's interface language for everything inside, following the settings (#15). */
function Language({ i18n, children }: { i18n: LiveTranslator; children: ReactNode }) {
  return <I18nProvider t={useSyncExternalStore(i18n.subscribe, i18n.get)}>{children}</I18nProvider>;
}

/** Mounts the badge and panel in a shadow root (styles isolated both ways) and returns the highlight layer. */
export async function mountAssistUi(
  ctx: ContentScriptContext,
  assist: ReplyAssist,
  i18n: LiveTranslator,
): Promise<MountedView> {
  const ui = await createShadowRootUi(ctx, {
    name: 'tact-assist',
    // Closed: the page's scripts cannot reach into it and read the suggested reply, the agent's name or
    // signature, or find the buttons (#13).
    mode: 'closed',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in the panel must not reach the page's shortcuts (Gmail acts on single letters).
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'],
    onMount(container) {
      const layer = document.createElement('div');
      layer.className = 'tact-layer';
      const app = document.createElement('div');
      container.append(layer, app);
      const root = createRoot(app);
      root.render(
        <Language i18n={i18n}>
          <Connected assist={assist} />
        </Language>,
      );
      return { root, layer };
    },
    onRemove(mounted) {
      mounted?.root.unmount();
    },
  });
  ui.shadowHost.setAttribute(TACT_UI_ATTR, 'assist');
  acceptOnlyTrusted(ui.shadow, ctx.signal);
  ui.mount();
  return { layer: ui.mounted?.layer ?? null, remove: () => ui.remove() };
}
