// Minimal types for the comparison libraries that ship none.
declare module 'write-good' {
  /** Suggestions for a text. */
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
declare module 'sentiment' {
  /** AFINN-based sentiment analysis. */
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
