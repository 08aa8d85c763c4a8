/**
 * A tiny corpus of our own for the model tests: enough signal that a model trained on it must learn which
 * words make a sentence rude, a greeting or an out-of-stock answer, small enough to train in milliseconds.
 */
import type { Conversation } from '../../../lib/model/corpus';

type S = [text: string, role: string, tone: string];

function conv(id: number, batch: string, scenario: string, customer: string, sentences: S[]): Conversation {
  return {
    id: `fx-${id}`,
    batch,
    lang: 'en',
    customer,
    scenario,
    draft: sentences.map(([t]) => t).join(' '),
    sentences: sentences.map(([text, role, tone]) => ({ text, role, tone })),
  };
}

const greet = (n: string): S => [`Hi ${n},`, 'greeting', 'fine'];
const close: S = ['Best regards, Tom', 'closing', 'fine'];

/** Sixteen conversations in four batches: out-of-stock and complaint, rude and polite. */
export const FIXTURE: Conversation[] = [
  conv(1, 'fx-b1', 'out_of_stock', 'Is the blue kettle back in stock?', [
    greet('Ann'),
    ['The blue kettle is sold out until Friday.', 'answer', 'fine'],
    close,
  ]),
  conv(2, 'fx-b1', 'complaint', 'My kettle arrived broken!!', [
    greet('Bob'),
    ['Calm down, shouting will not fix your kettle.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(3, 'fx-b1', 'out_of_stock', 'When do the red mugs come back?', [
    greet('Cy'),
    ['Red mugs are out of stock, the next delivery is on Monday.', 'answer', 'fine'],
    close,
  ]),
  conv(4, 'fx-b1', 'complaint', 'The lid of my pot cracked.', [
    greet('Di'),
    ['Whatever, read the manual before you write to us.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(5, 'fx-b2', 'out_of_stock', 'Do you have the green teapot?', [
    greet('Ed'),
    ['The green teapot is sold out, it is back in stock next week.', 'answer', 'fine'],
    close,
  ]),
  conv(6, 'fx-b2', 'complaint', 'My toaster burnt the bread and smokes.', [
    greet('Flo'),
    ['Calm down and stop writing in capitals.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(7, 'fx-b2', 'out_of_stock', 'Any news on the grey blender stock?', [
    greet('Gus'),
    ['The grey blender is out of stock until the delivery in May.', 'answer', 'fine'],
    close,
  ]),
  conv(8, 'fx-b2', 'complaint', 'The blender broke after a day.', [
    greet('Hal'),
    ['Whatever, just read the manual again.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(9, 'fx-b3', 'out_of_stock', 'Is the steel pan in stock again?', [
    greet('Ida'),
    ['The steel pan is sold out, we expect new stock on the 3rd.', 'answer', 'fine'],
    close,
  ]),
  conv(10, 'fx-b3', 'complaint', 'The pan handle came off!!', [
    greet('Jo'),
    ['Calm down, it is only a handle.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(11, 'fx-b3', 'out_of_stock', 'Will the oak board come back in stock?', [
    greet('Kai'),
    ['The oak board is out of stock, the next delivery arrives in June.', 'answer', 'fine'],
    close,
  ]),
  conv(12, 'fx-b3', 'complaint', 'My board split in two.', [
    greet('Lu'),
    ['Whatever, read the care guide next time.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(13, 'fx-b4', 'out_of_stock', 'Is the copper jug sold out?', [
    greet('Mo'),
    ['The copper jug is sold out until next month.', 'answer', 'fine'],
    close,
  ]),
  conv(14, 'fx-b4', 'complaint', 'The jug leaks from the bottom.', [
    greet('Ned'),
    ['Calm down, leaks happen.', 'other', 'rude_imperative'],
    close,
  ]),
  conv(15, 'fx-b4', 'out_of_stock', 'Do you still have the glass bowl?', [
    greet('Oz'),
    ['The glass bowl is out of stock, new stock comes on Tuesday.', 'answer', 'fine'],
    close,
  ]),
  conv(16, 'fx-b4', 'complaint', 'My bowl has a chip in it.', [
    greet('Pam'),
    ['Whatever, read the label before buying.', 'other', 'rude_imperative'],
    close,
  ]),
];
