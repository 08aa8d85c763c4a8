declare module 'virtual:tact-pack-index' {
  /** The built-in packs' index, written at build time (lib/build/packIndex.ts). */
  export const PACK_INDEX: readonly import('./summary').PackSummary[];
}
