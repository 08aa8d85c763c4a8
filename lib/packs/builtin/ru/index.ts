import type { RulePack } from '../../types';
import { angryCustomer } from './angryCustomer';
import { complaint } from './complaint';
import { general } from './general';
import { outOfStock } from './outOfStock';
import { refusal } from './refusal';
import { tone } from './tone';
import { transfer } from './transfer';
import { unknownAnswer } from './unknownAnswer';

/** Built-in packs for 'ru': the tone pack and one pack per scenario. */
export const packs: RulePack[] = [
  tone,
  unknownAnswer,
  outOfStock,
  transfer,
  refusal,
  complaint,
  angryCustomer,
  general,
];
