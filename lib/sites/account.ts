/** An e-mail address anywhere in a string. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The first e-mail address in a string, lower-cased. */
export function emailIn(text: string | null | undefined): string | null {
  const match = EMAIL.exec(text ?? '');
  return match ? match[0].toLowerCase() : null;
}

/** The signed-in account's address, from the first place that shows it (title, then the given elements). */
export function accountEmail(doc: Document, selectors: readonly string[]): string | null {
  const fromTitle = emailIn(doc.title);
  if (fromTitle) return fromTitle;
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const found =
      emailIn(el?.getAttribute('aria-label')) ?? emailIn(el?.getAttribute('title')) ?? emailIn(el?.textContent);
    if (found) return found;
  }
  return null;
}
