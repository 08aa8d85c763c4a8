import { useId, useState } from 'react';
import type { PackError } from '../../lib/packs/api';
import { usePageContext, useSettings } from '../settings/SettingsContext';
import { LockedNote, useLocked } from './Locked';

/** Import and export rule packs as JSON; a bad file shows where it is wrong and changes nothing. */
export function CustomPacksSection() {
  const { t, builtin, platform } = usePageContext();
  const custom = useSettings((s) => s.settings.customPacks);
  const importPack = useSettings((s) => s.importPack);
  const removePack = useSettings((s) => s.removePack);
  const locked = useLocked('customPacks');
  const [errors, setErrors] = useState<PackError[]>([]);
  const [message, setMessage] = useState('');
  const id = useId();

  async function onFile(file: File) {
    setErrors([]);
    setMessage('');
    const text = await file.text();
    const errs = await importPack(text, builtin);
    if (errs.length > 0) setErrors(errs);
    else {
      try {
        setMessage(t('importOk', (JSON.parse(text) as { id: string }).id));
      } catch {
        setMessage(t('importOk', file.name));
      }
    }
  }

  return (
    <section aria-labelledby="custom-h">
      <h2 id="custom-h">
        {t('sectionCustomPacks')} <LockedNote setting="customPacks" />
      </h2>
      <div className="row">
        <label htmlFor={`${id}-file`} className={locked ? 'button disabled' : 'button'}>
          {t('importPack')}
        </label>
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          disabled={locked}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
            e.target.value = '';
          }}
        />
        <button
          type="button"
          onClick={() =>
            // The full packs are loaded when asked for, not to draw the page (#15).
            void import('./fullPacks').then(({ builtinPacks }) =>
              platform.download('tact-packs.json', JSON.stringify([...builtinPacks(), ...custom], null, 2)),
            )
          }
        >
          {t('exportPacks')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {errors.length > 0 && (
        <div role="alert" className="errors">
          <p>{t('importFailed')}</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {custom.length > 0 && (
        <ul className="pack-list" aria-label={t('sectionCustomPacks')}>
          {custom.map((p) => (
            <li key={p.id} className="pack">
              <span className="pack-name">{p.name}</span>
              <span className="pack-meta">
                <code>{p.id}</code> · {t(`lang_${p.language}`)} · {t.count('rules', p.rules.length)}
              </span>
              <button type="button" disabled={locked} onClick={() => void removePack(p.id)}>
                {t('removePack')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
