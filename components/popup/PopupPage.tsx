import { useEffect, useId, useMemo, useState } from 'react';
import type { WriteResult } from '../../lib/editors/types';
import type { Analysis, AnalyzeInput } from '../../lib/engine/types';
import type { ReplyState } from '../../lib/messaging/protocol';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { AnalysisView } from './AnalysisView';
import { SiteHealthView } from './SiteHealthView';

/** What the popup asks of the browser, given by its entry point. */
export interface PopupApi {
  /** The active tab's focused reply box, or null (no box, no content script, Tact off). */
  getReplyState(): Promise<ReplyState | null>;
  analyze(input: AnalyzeInput): Promise<Analysis>;
  replaceDraft(text: string): Promise<WriteResult>;
  /** The active tab's site and whether Tact runs there; null on pages Tact can never run on. */
  site(): Promise<{ origin: string; on: boolean; byDefault: boolean } | null>;
  setSiteEnabled(on: boolean): Promise<boolean>;
  openOptions(): void;
}

/** The popup: the focused box's analysis, or a paste box; the site switch; a link to the settings. */
export function PopupPage(props: { api: PopupApi }) {
  const { api } = props;
  const { t, platform, builtin } = usePageContext();
  const custom = useSettings((st) => st.settings.customPacks);
  const notices = useSettings((st) => st.notices);
  const missingRules = useMemo(
    () =>
      new Set(
        [...builtin, ...custom].flatMap((p) =>
          p.rules.filter((r) => r.kind === 'missing').map((r) => `${p.id}.${r.id}`),
        ),
      ),
    [builtin, custom],
  );
  const [state, setState] = useState<ReplyState | null | undefined>(undefined);
  const [pasted, setPasted] = useState({ draft: '', customer: '' });
  const [result, setResult] = useState<{ analysis: Analysis; draft: string } | null>(null);
  const [message, setMessage] = useState('');
  const [site, setSite] = useState<Awaited<ReturnType<PopupApi['site']>>>(null);
  const [siteOn, setSiteOn] = useState(false);
  const id = useId();

  useEffect(() => {
    let current = true;
    void api.site().then((s) => {
      if (!current) return;
      setSite(s);
      setSiteOn(s?.on ?? false);
    });
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    api.getReplyState().then(
      async (s) => {
        setState(s);
        if (s && !s.analysis && s.draft.trim()) {
          const analysis = await api.analyze({ draft: s.draft, customer: s.customer, customerName: s.customerName });
          setState({ ...s, analysis });
        }
      },
      () => setState(null),
    );
  }, [api]);

  async function check() {
    const analysis = await api.analyze({ draft: pasted.draft, customer: pasted.customer || undefined });
    setResult({ analysis, draft: pasted.draft });
  }

  async function replace(text: string) {
    const r = await api.replaceDraft(text);
    setMessage(r.ok ? t('noticeReplaced') : t('noticeWriteFailed'));
  }

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>
          <span className="logo" aria-hidden="true">
            T
          </span>
          {t('popupTitle')}
        </h1>
        <button type="button" className="link" onClick={() => api.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>
      {/* Packs and templates refused from the settings or the policy are named here too, not dropped silently (#13). */}
      {notices.length > 0 && (
        <div role="status" className="notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {site && !site.byDefault && (
        <button
          type="button"
          className="site-toggle"
          onClick={() =>
            void api.setSiteEnabled(!siteOn).then((ok) => {
              if (ok) setSiteOn(!siteOn);
            })
          }
        >
          {siteOn ? t('popupDisableSite') : t('popupEnableSite')}
        </button>
      )}
      {state === undefined ? (
        <p aria-busy="true">…</p>
      ) : state?.analysis ? (
        <AnalysisView
          analysis={state.analysis}
          draft={state.draft}
          t={t}
          onReplace={(text) => void replace(text)}
          onCopy={platform.copy}
          missingRules={missingRules}
        />
      ) : (
        <form
          className="paste"
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <p className="muted">{t('popupNoBox')}</p>
          <label htmlFor={`${id}-draft`}>
            <span>{t('popupDraft')}</span>
            <textarea
              id={`${id}-draft`}
              rows={5}
              value={pasted.draft}
              onChange={(e) => setPasted({ ...pasted, draft: e.target.value })}
            />
          </label>
          <label htmlFor={`${id}-customer`}>
            <span>{t('popupCustomer')}</span>
            <textarea
              id={`${id}-customer`}
              rows={3}
              value={pasted.customer}
              onChange={(e) => setPasted({ ...pasted, customer: e.target.value })}
            />
          </label>
          <button type="submit" className="primary" disabled={!pasted.draft.trim()}>
            {t('popupAnalyze')}
          </button>
        </form>
      )}
      {result && (
        <AnalysisView
          analysis={result.analysis}
          draft={result.draft}
          t={t}
          onCopy={platform.copy}
          missingRules={missingRules}
        />
      )}
      {state?.health && <SiteHealthView health={state.health} t={t} />}
      {message && <p role="status">{message}</p>}
    </main>
  );
}
