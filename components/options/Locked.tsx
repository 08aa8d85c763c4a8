import { usePageContext, useSettings } from '../settings/SettingsContext';
import type { SettingKey } from '../../lib/settings/types';

/** Whether policy locks a setting. */
export function useLocked(key: SettingKey): boolean {
  return useSettings((s) => s.locked.includes(key));
}

/** The "set by your organisation" marker next to a locked setting. */
export function LockedNote(props: { setting: SettingKey }) {
  const locked = useLocked(props.setting);
  const { t } = usePageContext();
  if (!locked) return null;
  return (
    <span className="locked" data-setting={props.setting}>
      <span aria-hidden="true">🔒</span> {t('locked')}
    </span>
  );
}
