import type { Language } from '../engine/types';
import type { RulePack, Template } from '../packs/types';

/** The agent's profile, used by template slots ({agentName}, {company}, {signature}). */
export interface Profile {
  name: string;
  company: string;
  signature: string;
}

/** Where Tact runs besides the default webmail and helpdesk hosts, and where the agent turned it off. */
export interface SiteRules {
  /** Origins like 'https://support.example.com' where the agent turned Tact on. */
  enabled: string[];
  /** Origins where the agent turned Tact off (wins over the defaults). */
  disabled: string[];
}

/** Everything an agent (or their team lead, by policy) can set. */
export interface Settings {
  /** Pack id → on/off; a pack missing here is on. */
  packToggles: Record<string, boolean>;
  /** Full rule ids the agent silenced ("never flag this"). */
  silencedRules: string[];
  /** Detect the draft's language, or always use one. */
  language: 'auto' | Language;
  /** The language of the badge, panel, popup and settings page: the browser's, or one the agent chose (#15). */
  uiLanguage: 'auto' | Language;
  profile: Profile;
  /** Pack id → the template that replaces the pack's 'default' template. */
  templates: Record<string, Template>;
  /** Rule packs imported by the agent or pushed by policy. */
  customPacks: RulePack[];
  sites: SiteRules;
}

/** A settings key. */
export type SettingKey = keyof Settings;

/** Settings as the extension uses them: local values with managed (policy) values on top. */
export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by enterprise policy: shown as locked, not editable. */
  locked: SettingKey[];
  /** Things the agent should know, e.g. a corrupted value that was reset to its default. */
  notices: string[];
}

/** What the pages need from the browser, given by the entry point (components never call `browser.*`). */
export interface Platform {
  /** Asks for access to an origin (optional host permission); resolves whether it was granted. */
  requestOrigin(origin: string): Promise<boolean>;
  /** Offers a file for download. */
  download(fileName: string, text: string): void;
  /** Copies text to the clipboard. */
  copy(text: string): Promise<void>;
  /**
   * The template preview: the sample reply of the pack's language with the template (the saved one when null),
   * worked out by the background, which has the engine (#15); null when there is none.
   */
  previewTemplate(packId: string, template: Template | null): Promise<string | null>;
}
