/**
 * Chrome's managed-storage schema (manifest `storage.managed_schema`): what a team lead may push to every
 * agent's browser by enterprise policy. Firefox reads the same keys from the `3rdparty` policy. Templates and
 * custom packs are JSON text, since policy schemas cannot describe free-form objects.
 */
export const MANAGED_SCHEMA = {
  type: 'object',
  properties: {
    packToggles: {
      title: 'Rule packs on or off',
      description: 'Pack id → true (on) or false (off), e.g. {"en.refusal": false}.',
      type: 'object',
      additionalProperties: { type: 'boolean' },
    },
    silencedRules: {
      title: 'Silenced rules',
      description: 'Full rule ids that are never flagged.',
      type: 'array',
      items: { type: 'string' },
    },
    language: {
      title: 'Language',
      description: '"auto" to detect, or one of en, et, lv, ru.',
      type: 'string',
    },
    uiLanguage: {
      title: 'Language of the interface',
      description: '"auto" for the browser\'s language, or one of en, et, lv, ru.',
      type: 'string',
    },
    profile: {
      title: 'Agent profile',
      type: 'object',
      properties: {
        name: { type: 'string' },
        company: { type: 'string' },
        signature: { type: 'string' },
      },
    },
    templates: {
      title: 'Templates',
      description: 'JSON text: pack id → template {"id": "default", "parts": [...]}.',
      type: 'string',
    },
    customPacks: {
      title: 'Team rule packs',
      description: 'Each entry is the JSON text of one rule pack.',
      type: 'array',
      items: { type: 'string' },
    },
    sites: {
      title: 'Sites',
      type: 'object',
      properties: {
        enabled: { type: 'array', items: { type: 'string' } },
        disabled: { type: 'array', items: { type: 'string' } },
      },
    },
  },
} as const;

/** Turns a policy value into the shape stored settings have (policies carry JSON text for objects). */
export function fromPolicy(key: string, value: unknown): unknown {
  const parse = (s: unknown) => {
    if (typeof s !== 'string') return s;
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return s; // left as text: the setting's check reports it as invalid
    }
  };
  if (key === 'templates') return parse(value);
  if (key === 'customPacks' && Array.isArray(value)) return value.map(parse);
  return value;
}
