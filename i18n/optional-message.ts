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
  const lookup = runtimeKeys(t);
  return lookup.has(key) ? lookup(key) : null;
}

/**
 * The translator seen with string keys, for code whose keys are data by design: the form kit turns
 * error codes, notices and the vocabulary of validation issues into messages (server/infra/forms.ts),
 * each looked up with `has` first or an error code every catalogue has. Everywhere else, name keys in
 * the code, where the compiler checks them.
 */
export function runtimeKeys(t: unknown): { (key: string, params?: Record<string, string | number | Date>): string; has(key: string): boolean } {
  return t as ReturnType<typeof runtimeKeys>;
}
