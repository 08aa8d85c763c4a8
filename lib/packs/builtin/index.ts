import type { RulePack } from '../types';
import { packs as en } from './en';
import { packs as et } from './et';
import { packs as lv } from './lv';
import { packs as ru } from './ru';

/** Every built-in rule pack, all languages. */
export const BUILTIN_PACKS: readonly RulePack[] = [...en, ...et, ...lv, ...ru];
