/**
 * `fn` remembered by its string argument: each argument is computed once, and after `max` arguments the memory
 * starts afresh, so it stays bounded whatever texts come. `fn` must be pure and never return undefined; a call
 * that throws is not remembered (it throws again next time).
 */
export function rememberByString<T>(fn: (s: string) => T, max: number): (s: string) => T {
  const memory = new Map<string, T>();
  return (s) => {
    let value = memory.get(s);
    if (value === undefined) {
      value = fn(s);
      if (memory.size >= max) memory.clear();
      memory.set(s, value);
    }
    return value;
  };
}
