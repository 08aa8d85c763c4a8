import type { Language } from '../engine/types';

/** A short draft per language to preview templates on: a plain, unpolished reply. */
export const SAMPLE_DRAFTS: Record<Language, { draft: string; customer: string; customerName: string }> = {
  en: {
    customerName: 'Laura',
    customer: 'Hi, my order 48213 still has not arrived. What is going on?',
    draft: 'Order 48213 left our warehouse on 3 May. Not sure where it is now.',
  },
  et: {
    customerName: 'Mari',
    customer: 'Tere, minu tellimus 48213 pole ikka veel kohale jõudnud. Mis toimub?',
    draft: 'Tellimus 48213 lahkus meie laost 3. mail. Ei tea, kus see praegu on.',
  },
  lv: {
    customerName: 'Anna',
    customer: 'Labdien, mans pasūtījums 48213 joprojām nav pienācis. Kas notiek?',
    draft: 'Pasūtījums 48213 izbrauca no noliktavas 3. maijā. Nezinu, kur tas tagad ir.',
  },
  ru: {
    customerName: 'Ольга',
    customer: 'Здравствуйте, мой заказ 48213 до сих пор не пришёл. Что происходит?',
    draft: 'Заказ 48213 отправлен со склада 3 мая. Не знаю, где он сейчас.',
  },
};
