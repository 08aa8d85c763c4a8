/**
 * Default pause after typing before analysing: short enough that the badge follows typing within ~150 ms (the
 * round trip to the background, the analysis and the render take a few tens of milliseconds), long enough not to
 * analyse every key of a fast typist; only the latest draft is ever in flight.
 */
export const DEBOUNCE_MS = 100;
