/** What a translator from next-intl offers, seen from a key the compiler cannot know. */
interface AnyTranslator {
  (key: never): string;
  has(key: never): boolean;
}

/**
 * The message for a key that came from outside the code (a query parameter, an error code, a stored
 * warning): its text when the namespace has one, otherwise null. Keys written in the code are checked by
 * the compiler (i18n/app-config.d.ts); only these are looked up when the page runs.
 */
export function optionalMessage(t: AnyTranslator, key: string | null | undefined): string | null {
  if (!key) return null;
  const lookup = t as unknown as { (key: string): string; has(key: string): boolean };
  return lookup.has(key) ? lookup(key) : null;
}
