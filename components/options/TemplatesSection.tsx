import { Fragment, useEffect, useId, useMemo, useState } from 'react';
import { TEMPLATE_SLOTS, type Template, type TemplatePart } from '../../lib/packs/types';
import { checkTemplateParts } from '../../lib/settings/templateCheck';
import { documentLanguage } from '../settings/locale';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LockedNote, useLocked } from './Locked';

const partText = (p: string | TemplatePart) => (typeof p === 'string' ? p : p.text);

// How long typing in a template pauses before its preview is asked for.
const PREVIEW_PAUSE_MS = 150;

/** Templates per scenario and language: edit the parts, see problems as you type and a live preview. */
export function TemplatesSection() {
  const { t, builtin, platform } = usePageContext();
  const settings = useSettings((s) => s.settings);
  // The editor shows the stored template: it takes typing once the stored settings are read (#15).
  const hydrated = useSettings((s) => s.hasHydrated);
  const setTemplate = useSettings((s) => s.setTemplate);
  const resetTemplate = useSettings((s) => s.resetTemplate);
  const locked = useLocked('templates');
  const scenarioPacks = useMemo(
    () => [...builtin, ...settings.customPacks].filter((p) => p.scenario !== 'tone' && (p.templates?.length ?? 0) > 0),
    [builtin, settings.customPacks],
  );
  // Start with a template in the interface's language: the one the agent most likely writes in.
  const [packId, setPackId] = useState(
    () => (scenarioPacks.find((p) => p.language === documentLanguage()) ?? scenarioPacks[0])?.id ?? '',
  );
  const pack = scenarioPacks.find((p) => p.id === packId);
  // Own keys only: a pack id like "constructor" must not find Object.prototype's members (#13).
  const own = Object.hasOwn(settings.templates, packId) ? settings.templates[packId] : undefined;
  const current: Template | undefined = own ?? pack?.templates?.[0];
  const [parts, setParts] = useState<string[]>(current?.parts.map(partText) ?? []);
  const [saved, setSaved] = useState(false);
  const id = useId();

  useEffect(() => {
    setParts(current?.parts.map(partText) ?? []);
    setSaved(false);
  }, [current]);

  const problems = checkTemplateParts(parts);
  const edited: Template | null = current
    ? {
        id: current.id,
        parts: parts.map((text, i) => {
          const old = current.parts[i];
          if (!old || typeof old === 'string') return text;
          // The plain sentence (without blanks) belongs to the text it was written for: an edited text drops it.
          return old.plain !== undefined && text === old.text
            ? { text, skipIf: old.skipIf, plain: old.plain }
            : { text, skipIf: old.skipIf };
        }),
      }
    : null;

  // The background works the preview out (it has the engine; the page never loads it, #15): for the saved template
  // at once, for an edited one when the typing pauses.
  const [preview, setPreview] = useState<string | null>(null);
  const editedKey = JSON.stringify(edited);
  const changed = current !== undefined && parts.some((text, i) => text !== partText(current.parts[i] ?? ''));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `edited` is a new object each render; its JSON is the dependency
  useEffect(() => {
    let live = true;
    if (!pack || !edited || problems.length > 0) {
      setPreview(null);
      return;
    }
    const timer = setTimeout(
      () =>
        void platform.previewTemplate(pack.id, changed ? edited : null).then(
          (text) => live && setPreview(text),
          () => live && setPreview(null),
        ),
      changed ? PREVIEW_PAUSE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pack, editedKey, changed, problems.length, settings, platform]);

  return (
    <section aria-labelledby="templates-h">
      <h2 id="templates-h">
        {t('sectionTemplates')} <LockedNote setting="templates" />
      </h2>
      <p className="help">
        {t('sectionTemplatesHelp')
          .split('{slots}')
          .map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces around the slot list never reorder
            <Fragment key={i}>
              {i > 0 && (
                <span className="slots">
                  {TEMPLATE_SLOTS.map((slot) => (
                    <code key={slot}>{`{${slot}}`}</code>
                  ))}
                </span>
              )}
              {text}
            </Fragment>
          ))}
      </p>
      <label htmlFor={`${id}-pack`}>
        <span>{t('templatePack')}</span>
        <select id={`${id}-pack`} value={packId} onChange={(e) => setPackId(e.target.value)}>
          {scenarioPacks.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`lang_${p.language}`)} — {t(`sc_${p.scenario}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="template-grid">
        <div className="template-parts">
          {parts.map((text, i) => (
            <textarea
              // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional
              key={i}
              aria-label={`${t('sectionTemplates')} ${i + 1}`}
              // A part that is just a slot needs one line; a sentence gets room to wrap.
              rows={/^\s*\{\w+\}\s*$/.test(text) ? 1 : Math.max(2, Math.ceil(text.length / 60))}
              className={/^\s*\{\w+\}\s*$/.test(text) ? 'slot-only' : undefined}
              value={text}
              disabled={locked}
              readOnly={!hydrated}
              aria-invalid={problems.some((p) => p.part === i + 1)}
              onChange={(e) => {
                const next = [...parts];
                next[i] = e.target.value;
                setParts(next);
                setSaved(false);
              }}
            />
          ))}
          {problems.length > 0 && (
            <ul className="errors" role="alert">
              {problems.map((p) => (
                <li key={`${p.part}-${p.kind}-${p.slot ?? ''}`}>
                  {p.kind === 'unknown-slot'
                    ? `${p.part}: ${t('templateUnknownSlot', p.slot ?? '', TEMPLATE_SLOTS.join(', '))}`
                    : t('templateUnbalanced', p.part)}
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={locked || !hydrated || problems.length > 0 || !edited}
              onClick={() => edited && void setTemplate(packId, edited).then(setSaved)}
            >
              {t('save')}
            </button>
            <button type="button" disabled={locked || !own} onClick={() => void resetTemplate(packId)}>
              {t('templateReset')}
            </button>
            {saved && <span role="status">{t('saved')}</span>}
          </div>
        </div>
        <figure className="preview">
          <figcaption>{t('templatePreview')}</figcaption>
          <pre data-testid="template-preview">{preview ?? '—'}</pre>
        </figure>
      </div>
    </section>
  );
}
