/** C0 control characters and DEL: nothing a visitor types, and a NUL is refused by PostgreSQL. */
const CONTROL = /[\u0000-\u001f\u007f]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Whether a request address carries a control character in its path or a query name or value, once
 * decoded (`?q=%00`). Such a request is malformed: answered 400, never passed to a query.
 */
export function addressHasControlCharacter(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return true;
  }
  if (hasControlCharacter(path)) return true;
  for (const [name, value] of url.searchParams) if (hasControlCharacter(name) || hasControlCharacter(value)) return true;
  return false;
}
