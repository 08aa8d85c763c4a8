declare module 'virtual:tact-pack-index' {
  /** The built-in packs' index, written at build time (lib/build/packIndex.ts). */
  export const PACK_INDEX: readonly import('./summary').PackSummary[];
}

declare module 'virtual:tact-compiled-packs' {
  /** Each language's built-in packs compiled at build time (lib/build/compiledPacks.ts), for the service worker. */
  export const PREBUILT_PACK_SETS: readonly import('./compile').PrebuiltPackSet[];
}

declare module 'virtual:tact-pack-index/popup' {
  /** The popup's index: each built-in pack with its 'missing' rules only (lib/build/packIndex.ts). */
  export const PACK_INDEX: readonly import('./summary').PackSummary[];
}
