/**
 * Search-as-you-type for the header's search box (loaded on first focus by ./search-box.tsx), after
 * the WAI-ARIA combobox pattern: the input is a combobox controlling a listbox of suggestions grouped
 * as products, producers and communes; Up/Down move the active option (aria-activedescendant), Enter
 * opens it (or, with none active, submits the search form as without JavaScript), Escape closes the
 * list then clears the box; a status region says how many suggestions there are. Plain DOM, no React:
 * a few kB. Suggestions come from /api/v1/suggest (docs/search.md), asked after two characters.
 */

export interface SuggestText {
  listLabel: string;
  products: string;
  producers: string;
  communes: string;
  /** "{count}" is replaced by the number of suggestions. */
  count: string;
  none: string;
  /** Locale-prefixed paths: the catalogue ("/products" or "/en/products") and the producers. */
  productsPath: string;
  producersPath: string;
  english: boolean;
}

interface Suggestions {
  products: { slug: string; nameVi: string; nameEn: string | null; producer: string; commune: { name: string; province: string | null } }[];
  producers: { slug: string; name: string; commune: { name: string; province: string } }[];
  communes: { slug: string; name: string; nameEn: string | null; province: { name: string; nameEn: string | null }; products: number }[];
}

const MIN_CHARS = 2;
const DELAY_MS = 120;

export function attachSuggestions(input: HTMLInputElement, listbox: HTMLElement, text: SuggestText): void {
  // The live region exists from the first focus on, before anything is announced in it; pages where
  // the box is never used carry none.
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  status.className = "sr-only";
  listbox.after(status);
  let options: { element: HTMLElement; href: string }[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request: AbortController | null = null;
  const cache = new Map<string, Suggestions>();

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listbox.id);
  input.setAttribute("aria-expanded", "false");

  const place = (name: string, province: string | null) => (province && province !== name ? `${name}, ${province}` : name);

  function open(isOpen: boolean): void {
    listbox.hidden = !isOpen;
    input.setAttribute("aria-expanded", String(isOpen));
    if (!isOpen) activate(-1);
  }

  function activate(index: number): void {
    if (active >= 0) options[active]?.element.setAttribute("aria-selected", "false");
    active = index;
    if (index < 0) return input.removeAttribute("aria-activedescendant");
    const { element } = options[index];
    element.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", element.id);
    element.scrollIntoView({ block: "nearest" });
  }

  function option(label: string, detail: string, href: string): HTMLElement {
    const element = document.createElement("div");
    element.id = `${listbox.id}-${options.length}`;
    element.setAttribute("role", "option");
    element.setAttribute("aria-selected", "false");
    element.className = "cursor-pointer px-3 py-2 aria-selected:bg-brand-100 hover:bg-brand-50";
    const name = document.createElement("span");
    name.className = "block font-semibold text-brand-800";
    name.textContent = label;
    const more = document.createElement("span");
    more.className = "block text-sm text-slate-700";
    more.textContent = detail;
    element.append(name, more);
    options.push({ element, href });
    return element;
  }

  function group(label: string, children: HTMLElement[]): HTMLElement | null {
    if (children.length === 0) return null;
    const element = document.createElement("div");
    element.setAttribute("role", "group");
    const heading = document.createElement("div");
    heading.id = `${listbox.id}-${label.length}-${options.length}`;
    heading.setAttribute("role", "presentation");
    heading.className = "px-3 pt-2 text-xs font-bold uppercase text-slate-600";
    heading.textContent = label;
    element.setAttribute("aria-labelledby", heading.id);
    element.append(heading, ...children);
    return element;
  }

  function render(found: Suggestions): void {
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const groups = [
      group(
        text.products,
        found.products.map((p) => option(text.english && p.nameEn ? p.nameEn : p.nameVi, `${p.producer} · ${place(p.commune.name, p.commune.province)}`, `${text.productsPath}/${p.slug}`)),
      ),
      group(
        text.producers,
        found.producers.map((p) => option(p.name, place(p.commune.name, p.commune.province), `${text.producersPath}/${p.slug}`)),
      ),
      group(
        text.communes,
        found.communes.map((c) =>
          option(
            place(text.english && c.nameEn ? c.nameEn : c.name, text.english && c.province.nameEn ? c.province.nameEn : c.province.name),
            String(c.products),
            `${text.productsPath}?commune=${encodeURIComponent(c.slug)}`,
          ),
        ),
      ),
    ].filter((element): element is HTMLElement => element !== null);
    listbox.replaceChildren(...groups);
    status.textContent = options.length > 0 ? text.count.replace("{count}", String(options.length)) : text.none;
    open(options.length > 0);
  }

  async function load(q: string): Promise<void> {
    const known = cache.get(q);
    if (known) return render(known);
    request?.abort();
    request = new AbortController();
    try {
      const response = await fetch(`/api/v1/suggest?q=${encodeURIComponent(q)}`, { signal: request.signal });
      if (!response.ok) return open(false);
      const found = (await response.json()) as Suggestions;
      cache.set(q, found);
      if (input.value.trim() === q) render(found);
    } catch {
      // Aborted by a newer keystroke, or offline: the plain search still works.
    }
  }

  function changed(): void {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < MIN_CHARS) {
      request?.abort();
      status.textContent = "";
      return open(false);
    }
    timer = setTimeout(() => void load(q), DELAY_MS);
  }

  input.addEventListener("input", changed);
  input.addEventListener("keydown", (event) => {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      if (listbox.hidden) open(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      activate(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter" && active >= 0 && !listbox.hidden) {
      event.preventDefault();
      window.location.assign(options[active].href);
    } else if (event.key === "Escape") {
      if (!listbox.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        status.textContent = "";
      }
    }
  });
  input.addEventListener("blur", () => open(false));
  // mousedown, not click: it comes before the input's blur closes the list.
  listbox.addEventListener("mousedown", (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[role=option]");
    const chosen = options.find((o) => o.element === target);
    if (!chosen) return;
    event.preventDefault();
    window.location.assign(chosen.href);
  });
  // The box may already hold text (typed before this loaded): suggest for it at once.
  if (input.value.trim().length >= MIN_CHARS) changed();
}
