/** What a translator from next-intl offers, seen from a key the compiler cannot know. */
interface AnyTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

/** A translator for keys known only at run time, with their values. */
export interface RuntimeTranslator {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
}

/**
 * The same translator, for code whose keys are data by design: the form kit turns error codes and the
 * vocabulary of validation issues into messages (server/infra/forms.ts). Everywhere else, name keys in
 * the code, where the compiler checks them.
 */
export function runtimeKeys(t: AnyTranslator): RuntimeTranslator {
  return t as unknown as RuntimeTranslator;
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
