/**
 * The in-memory text index behind catalogue search and suggestions (docs/search.md). Pure: no I/O.
 *
 * Documents carry their words in four fields — the thing's own NAME, its CATEGORY (group, subgroup),
 * its PLACE (commune, area, province) and who makes it (PRODUCER) — so a match can say where each query
 * word was found, and ranking can follow rules a shopper would agree with (`Tier`). Words are folded
 * (`searchWords`): case, Vietnamese marks and punctuation never matter. Synonyms (lib/search-synonyms.ts)
 * are added to a document's name and category words when it is indexed, so "honey" finds "Mật ong …"
 * without an English name. A query word that is no word of the catalogue is corrected against the
 * catalogue's own dictionary (one or two edits), never by fuzzy-matching every document.
 */
import { foldText } from "./text-fold";
import { SmallestKeys } from "./smallest-keys";
import { synonymPhrases } from "./search-synonyms";

const Field = { NAME: 1, CATEGORY: 2, PLACE: 4, PRODUCER: 8 } as const;
/** `best`'s mark of a candidate whose name starts with the query's first word (states use bits 0–2, + 1). */
const HEAD = 16;
/** In `best`'s marks: one of the document's names is the query's words exactly (only these can be tier 0). */
const WHOLE = 32;
const OWN = Field.NAME | Field.CATEGORY | Field.PLACE;

/**
 * How well a document matches, best first:
 * 0 its name is the query (the place named in it aside: "Chổi chít Việt Lâm" for "chổi chít");
 * 1 its name starts with the query; 2 its name holds the query as a phrase; 3 its name holds every
 * word; 4 every word is in its name, group or subgroup; 5 some word needs its commune, area or
 * province; 6 some word is found only in its producer's name (shown after the others, not counted
 * as a match of the product's own words).
 */
export type Tier = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The folded words of a text: lower-case ASCII letters and digits, everything else a separator. */
export function searchWords(text: string): string[] {
  const folded = foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
  return folded ? folded.split(" ") : [];
}

/** The words of a text in lower case with their Vietnamese marks ("chè", "chế"), punctuation a separator. */
function markedWords(text: string): string[] {
  const words = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return words ? words.split(" ") : [];
}

const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * `markedWords` joined by spaces, remembered: groups, subgroups, places and producers' names repeat
 * across thousands of products, and the Unicode-aware split is the costliest step of indexing.
 */
const loweredTexts = new Map<string, string>();
function lowerText(text: string): string {
  let lowered = loweredTexts.get(text);
  if (lowered === undefined) {
    lowered = markedWords(text).join(" ");
    if (loweredTexts.size > 100_000) loweredTexts.clear();
    loweredTexts.set(text, lowered);
  }
  return lowered;
}

/** Folding is the costliest step of indexing, and the catalogue has a few thousand distinct words. */
const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldText(word);
    if (foldedWords.size > 100_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

function foldPhrase(phrase: string): string {
  return phrase.split(" ").map(foldWord).join(" ");
}

export interface DocumentText {
  name: readonly (string | null | undefined)[];
  category?: readonly (string | null | undefined)[];
  place?: readonly (string | null | undefined)[];
  producer?: readonly (string | null | undefined)[];
}

interface Posting {
  slots: number[];
  masks: number[];
}

interface Doc {
  key: string;
  /** " name words | other name words | synonym phrases " (folded) — for phrase checks. */
  nameText: string;
  /** Each of the name's texts as folded words, for "starts with". */
  nameStarts: string[];
  /** Every field's folded text, " | "-separated — for words found next to each other. */
  allText: string;
}

export interface MatchOptions {
  /** The last word is still being typed: it matches words that start with it. */
  prefixLast?: boolean;
}

export interface Match {
  /** Slots of the matching documents (see `key`), in no particular order. */
  slots: Int32Array;
  tiers: Uint8Array;
  /** How many neighbouring query words the document does not hold side by side (0–7): "cao bồ" as a place beats "cao" and "bồ" apart. */
  apart: Uint8Array;
  /** The query as searched when a word was corrected ("che shan tuyet" for "che shan tuyat"). */
  corrected: string | null;
  /** The folded query words as searched. */
  words: string[];
}

/** The documents holding every word of a query, before any is ranked (`SearchEngine.find`). */
export interface Found {
  /** Slots of the matching documents, in no particular order. */
  candidates: Int32Array;
  /** Per candidate: where its words were found (see `matchWords`); `ownWords` reads it. */
  states: Uint8Array;
  words: string[];
  corrected: string | null;
  /** The last word was still being typed. */
  typing: boolean;
}

/** Whether a candidate's words are all its own (name, category, place), not only its producer's name. */
export function ownWords(state: number): boolean {
  return (state & 4) !== 0;
}

const EMPTY_MATCH: Match = { slots: new Int32Array(0), tiers: new Uint8Array(0), apart: new Uint8Array(0), corrected: null, words: [] };

/** English plurals also index their singular ("mushrooms" → "mushroom"); Vietnamese words never end in s. */
function withSingulars(word: string): string[] {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? [word, word.slice(0, -1)] : [word];
}

/**
 * Optimal-string-alignment distance (a swap of neighbours is one edit), or `max + 1` once it is clear
 * the distance exceeds `max`.
 */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = [new Array<number>(b.length + 1), new Array<number>(b.length + 1), new Array<number>(b.length + 1)];
  for (let j = 0; j <= b.length; j++) rows[1][j] = j;
  for (let i = 1; i <= a.length; i++) {
    const [beforePrevious, previous] = [rows[0], rows[1]];
    const current = rows[2];
    current[0] = i;
    let best = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    rows[0] = previous;
    rows[1] = current;
    rows[2] = beforePrevious;
  }
  return rows[1][b.length];
}

/** How many edits a typed word of this length may need to be corrected: none under 4 letters. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

export class SearchEngine {
  /**
   * @param compactAfter dead slots (left by updates and removals) that start a compaction, when they
   *   are also a quarter of all slots: rare enough to cost nothing, soon enough to bound the waste.
   */
  constructor(private readonly compactAfter = 1000) {}

  private docs: (Doc | null)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, Posting>();
  private dead = 0;
  /** Words in sorted order, for prefixes and corrections; rebuilt after words were added. */
  private sortedWords: string[] | null = null;
  private corrections = new Map<string, string | null>();
  private scratch = new Uint8Array(0);
  /** Slots whose scratch byte was set, to clear them after (sized with `scratch`). */
  private touched = new Int32Array(0);
  /** Per slot, while `best` walks an order: 0 not a candidate, else 1 + its state, + `HEAD`, + `WHOLE`. */
  private candidateState = new Uint8Array(0);
  /**
   * Slots by the first word of each of their names: only these can be a query's tiers 0 and 1 (their
   * name is, or starts with, the query's words), so `best` knows every other candidate ranks 2 or worse.
   */
  private firstWords = new Map<string, number[]>();
  /** `firstWords`' keys in sorted order, for the first words a typed word begins; rebuilt after keys changed. */
  private sortedFirstWords: string[] | null = null;
  /**
   * Slots by each of their whole folded names: only a name that is exactly the query's words is tier 0,
   * so `best` knows every other name that starts with the first word ranks 1 or worse.
   */
  private wholeNames = new Map<string, number[]>();

  get size(): number {
    return this.slotOf.size;
  }

  /** Slot → document key (a product id, say). */
  key(slot: number): string {
    return this.docs[slot]!.key;
  }

  slot(key: string): number | undefined {
    return this.slotOf.get(key);
  }

  /** Adds a document, replacing one with the same key. Returns its slot. */
  add(key: string, text: DocumentText): number {
    this.remove(key);
    const slot = this.docs.length;
    const fields = new Map<string, number>();
    // Each word goes in folded ("che") and, when it has marks, as written ("chè"): a query typed with
    // marks then finds what is spelt that way, and one typed without finds both.
    const put = (phrases: readonly string[], field: number) => {
      for (const phrase of phrases) {
        // Phrases here are already lower-case words separated by single spaces (`lower`, the synonyms' data).
        for (const word of phrase.split(" ")) {
          for (const form of withSingulars(word)) fields.set(form, (fields.get(form) ?? 0) | field);
          const folded = foldWord(word);
          if (folded !== word) for (const form of withSingulars(folded)) fields.set(form, (fields.get(form) ?? 0) | field);
        }
      }
    };
    const lower = (texts: readonly (string | null | undefined)[] | undefined) =>
      (texts ?? []).filter((t): t is string => !!t).map(lowerText).filter(Boolean);
    const places = lower(text.place);
    // A place named inside the name is where the product comes from, not what it is: "Mật ong rừng
    // Trà Vinh" is honey found under its place, not tea.
    const placeForms = [...places, ...places.map(foldPhrase)];
    const names = lower(text.name).map((name) => stripPhrases(name, placeForms) || name);
    const categories = lower(text.category);
    const producers = lower(text.producer);
    const nameSynonyms = synonymPhrases(names.join(" | "));
    const categorySynonyms = synonymPhrases(categories.join(" | "));
    put(names, Field.NAME);
    put(nameSynonyms, Field.NAME);
    put(categories, Field.CATEGORY);
    put(categorySynonyms, Field.CATEGORY);
    put(places, Field.PLACE);
    put(producers, Field.PRODUCER);
    for (const [word, mask] of fields) {
      let posting = this.postings.get(word);
      if (!posting) {
        posting = { slots: [], masks: [] };
        this.postings.set(word, posting);
        this.sortedWords = null;
      }
      posting.slots.push(slot);
      posting.masks.push(mask);
    }
    const fold = (texts: string[]) => texts.map(foldPhrase);
    const nameStarts = fold(names);
    for (const first of new Set(nameStarts.map((name) => name.split(" ", 1)[0]))) {
      if (!this.firstWords.has(first)) this.sortedFirstWords = null;
      addTo(this.firstWords, first, slot);
    }
    for (const whole of new Set(nameStarts)) addTo(this.wholeNames, whole, slot);
    this.docs.push({
      key,
      nameText: ` ${fold([...names, ...nameSynonyms]).join(" | ")} `,
      nameStarts,
      allText: ` ${fold([...names, ...categories, ...places, ...producers]).join(" | ")} `,
    });
    this.slotOf.set(key, slot);
    return slot;
  }

  /** Removes a document (its postings are skipped, and dropped at the next compaction). */
  remove(key: string): boolean {
    const slot = this.slotOf.get(key);
    if (slot == null) return false;
    this.docs[slot] = null;
    this.slotOf.delete(key);
    this.dead++;
    this.corrections.clear();
    if (this.dead > this.compactAfter && this.dead > this.docs.length / 4) this.compact();
    return true;
  }

  /** Whether a slot still holds a live document (an update leaves the old slot dead). */
  alive(slot: number): boolean {
    return this.docs[slot] != null;
  }

  private compact(): void {
    const renumber = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    this.docs.forEach((doc, slot) => {
      if (doc) {
        renumber[slot] = docs.length;
        docs.push(doc);
      }
    });
    for (const [word, posting] of this.postings) {
      const slots: number[] = [];
      const masks: number[] = [];
      posting.slots.forEach((slot, i) => {
        if (renumber[slot] >= 0) {
          slots.push(renumber[slot]);
          masks.push(posting.masks[i]);
        }
      });
      if (slots.length === 0) {
        this.postings.delete(word);
        this.sortedWords = null;
      } else this.postings.set(word, { slots, masks });
    }
    for (const bySlot of [this.firstWords, this.wholeNames]) {
      for (const [text, slots] of bySlot) {
        const kept = slots.map((slot) => renumber[slot]).filter((slot) => slot >= 0);
        if (kept.length === 0) bySlot.delete(text);
        else bySlot.set(text, kept);
      }
    }
    this.sortedFirstWords = null;
    this.docs = docs;
    this.slotOf = new Map(docs.map((doc, slot) => [doc.key, slot]));
    this.dead = 0;
    this.onCompact?.(renumber);
  }

  /** Called with old slot → new slot (-1: gone) after dead slots were dropped. */
  onCompact?: (renumber: Int32Array) => void;

  private words(): string[] {
    if (!this.sortedWords) {
      this.sortedWords = [...this.postings.keys()].sort();
      this.corrections.clear();
    }
    return this.sortedWords;
  }

  private withPrefix(prefix: string, limit = 200): string[] {
    return startingWith(this.words(), prefix, limit);
  }

  /** The catalogue's word closest to `word` within the allowed edits (the commonest on a tie), or null. */
  correct(word: string): string | null {
    const known = this.corrections.get(word);
    if (known !== undefined) return known;
    const max = allowedEdits(word.length);
    let best: string | null = null;
    let bestDistance = max + 1;
    let bestCount = 0;
    if (max > 0) {
      for (const candidate of this.words()) {
        if (Math.abs(candidate.length - word.length) > max || !ASCII_WORD.test(candidate)) continue;
        const distance = editDistance(word, candidate, Math.min(max, bestDistance));
        const count = this.postings.get(candidate)!.slots.length;
        if (distance < bestDistance || (distance === bestDistance && distance <= max && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    const corrected = bestDistance <= max ? best : null;
    if (this.corrections.size > 10_000) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  /**
   * The words a query word stands for: itself as typed, with its marks, when the catalogue spells a
   * word that way (unless `folded`); else folded: itself, or when typing (or, failing that, for a
   * word of 3+ letters) the words it begins; else its correction.
   */
  private resolve(typed: string, typing: boolean, folded: boolean): { words: string[]; as: string } | null {
    const word = foldText(typed);
    if (!folded && typed !== word) {
      if (typing) {
        const started = this.withPrefix(typed);
        if (started.length > 0) return { words: started, as: word };
      } else if (this.postings.has(typed)) return { words: [typed], as: word };
    }
    if (typing) {
      const started = this.withPrefix(word);
      if (started.length > 0) return { words: started, as: word };
    } else if (this.postings.has(word)) {
      return { words: [word], as: word };
    }
    if (!typing && word.length >= 3) {
      const started = this.withPrefix(word);
      if (started.length > 0) return { words: started, as: word };
    }
    const corrected = this.correct(word);
    return corrected ? { words: [corrected], as: corrected } : null;
  }

  /**
   * Every document holding every word of the query (in any field), with its tier and how many of the
   * query's neighbouring words it holds side by side. Words typed with marks match that spelling;
   * when that finds nothing (a wrong mark), they match folded.
   */
  match(query: string, options: MatchOptions = {}): Match {
    const found = this.find(query, options);
    const { candidates, states, words, corrected } = found;
    if (candidates.length === 0) return { ...EMPTY_MATCH, corrected, words };
    const rank = this.ranker(words, found.typing);
    const tiers = new Uint8Array(candidates.length);
    const apart = new Uint8Array(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const ranked = rank(candidates[i], states[i]);
      tiers[i] = ranked >> 3;
      apart[i] = ranked & 7;
    }
    return { slots: candidates, tiers, apart, corrected, words };
  }

  /**
   * The `limit` best of the found documents, best first: fewer tiers, then fewer words apart, then
   * earlier in `order` (every live slot once, e.g. the catalogue's global order) — the same as sorting
   * `match`'s result by that key. Candidates whose byte in `skip` (by index in `found`) is not 0 take no
   * part: a search passes its filters' failures as they are, with no call per candidate.
   *
   * A broad query matches thousands of documents and a page shows a few, so tiers are worked out only
   * for those that could still enter. Each candidate's best possible place is known without its phrase
   * tests: its state says whether the words are all in its name (tiers 0–3) or not (4, 5, 6 exactly),
   * only a name whose first word is the query's first word can be tier 0 or 1 (`firstWords`), and only a
   * name that is exactly the query's words tier 0 (`wholeNames`). The
   * order is walked from its start; a candidate whose best possible place cannot beat the page's worst
   * is skipped, and the walk stops once no candidate left could.
   */
  best(found: Found, limit: number, order: Int32Array, skip?: Uint8Array): { slot: number; tier: Tier }[] {
    const { candidates, states, words, typing } = found;
    if (candidates.length === 0 || limit <= 0) return [];
    const rank = this.ranker(words, typing);
    if (this.candidateState.length < this.docs.length) this.candidateState = new Uint8Array(Math.max(this.docs.length * 2, 1024));
    const marks = this.candidateState;
    for (let i = 0; i < candidates.length; i++) if (!skip || skip[i] === 0) marks[candidates[i]] = states[i] + 1;
    // Only a name whose first word is the query's first word can start with the query; while a lone
    // word is still typed, a name whose first word begins with it ("chè …" for "ch"). Suggestions are
    // mostly such short prefixes, whose thousands of candidates would otherwise all floor at tier 1 and
    // each need its phrase tests.
    const heads = typing && words.length === 1 ? startingWith((this.sortedFirstWords ??= [...this.firstWords.keys()].sort()), words[0]) : [words[0]];
    for (const head of heads) for (const slot of this.firstWords.get(head) ?? []) if (marks[slot] !== 0) marks[slot] |= HEAD;
    if (!typing) for (const slot of this.wholeNames.get(words.join(" ")) ?? []) if (marks[slot] !== 0) marks[slot] |= WHOLE;
    // The best tier each candidate can still reach, counted per tier so the walk knows when to stop.
    const floorOf = (mark: number) => {
      const state = (mark & 15) - 1;
      if (!(state & 4)) return 6;
      if (!(state & 2)) return 5;
      if (!(state & 1)) return 4;
      if (!(mark & HEAD)) return 2;
      return mark & WHOLE ? 0 : 1;
    };
    const left = new Int32Array(7);
    let remaining = 0;
    for (let i = 0; i < candidates.length; i++) {
      const mark = marks[candidates[i]];
      if (mark === 0) continue;
      left[floorOf(mark)]++;
      remaining++;
    }
    let lowest = left.findIndex((count) => count > 0);
    const top = new SmallestKeys(limit);
    for (let position = 0; position < order.length && remaining > 0; position++) {
      if (top.full && top.worst < lowest * 8 * 0x1000000 + position) break;
      const slot = order[position];
      const mark = marks[slot];
      if (mark === 0) continue;
      const floor = floorOf(mark);
      remaining--;
      if (--left[floor] === 0 && floor === lowest) lowest = left.findIndex((count) => count > 0);
      if (top.full && floor * 8 * 0x1000000 + position >= top.worst) continue;
      top.offer(rank(slot, (mark & 15) - 1) * 0x1000000 + position);
    }
    for (let i = 0; i < candidates.length; i++) marks[candidates[i]] = 0;
    return top.kept.map((key) => ({ slot: order[key % 0x1000000], tier: Math.floor(key / 0x1000000 / 8) as Tier }));
  }

  /**
   * The documents holding every word of the query (marked spelling first, then folded), with their
   * states, unranked: what `best` ranks, and enough to count and filter them.
   */
  find(query: string, options: MatchOptions = {}): Found {
    const typing = !!options.prefixLast;
    const typed = markedWords(query).slice(0, 12);
    if (typed.length === 0) return { candidates: new Int32Array(0), states: new Uint8Array(0), words: [], corrected: null, typing };
    const marked = this.matchWords(typed, options, false);
    if (marked.candidates.length > 0 || typed.every((word) => ASCII_WORD.test(word))) return { ...marked, typing };
    return { ...this.matchWords(typed, options, true), typing };
  }

  /**
   * A document's place for these query words, as `tier * 8 + apart`: the tier (0 best) and, for tiers
   * 3 and above, how many neighbouring query words it does not hold side by side (0–7). The phrase strings are
   * built once here, not per candidate: a broad word matches thousands of documents.
   */
  private ranker(words: string[], typing: boolean): (slot: number, state: number) => number {
    const phrase = words.join(" ");
    const phraseThenSpace = `${phrase} `;
    const phraseInName = typing ? ` ${phrase}` : ` ${phrase} `;
    const pairs = words.slice(1).map((word, i) => ` ${words[i]} ${word}${typing && i === words.length - 2 ? "" : " "}`);
    return (slot, state) => {
      const doc = this.docs[slot]!;
      let tier: Tier;
      if (!(state & 4)) tier = 6;
      else if (!(state & 2)) tier = 5;
      else if (!(state & 1)) tier = 4;
      else if (!typing && doc.nameStarts.some((name) => name === phrase)) return 0;
      else if (doc.nameStarts.some((name) => (typing ? name.startsWith(phrase) : name === phrase || name.startsWith(phraseThenSpace)))) return 1 * 8;
      else if (doc.nameText.includes(phraseInName)) return 2 * 8;
      else tier = 3;
      let missing = 0;
      for (const pair of pairs) if (!doc.allText.includes(pair)) missing++;
      return tier * 8 + Math.min(missing, 7);
    };
  }

  private matchWords(typed: string[], options: MatchOptions, folded: boolean): { candidates: Int32Array; states: Uint8Array; words: string[]; corrected: string | null } {
    const resolved: { words: string[]; as: string; size: number }[] = [];
    for (const [index, word] of typed.entries()) {
      const found = this.resolve(word, !!options.prefixLast && index === typed.length - 1, folded);
      if (!found) return { candidates: new Int32Array(0), states: new Uint8Array(0), words: typed.map((w) => foldText(w)), corrected: null };
      const size = found.words.reduce((sum, w) => sum + this.postings.get(w)!.slots.length, 0);
      resolved.push({ ...found, size });
    }
    const words = resolved.map((r) => r.as);
    const corrected = words.some((word, i) => word !== foldText(typed[i]) && !(options.prefixLast && i === typed.length - 1)) ? words.join(" ") : null;
    if (this.scratch.length < this.docs.length) {
      const size = Math.max(this.docs.length * 2, 1024);
      this.scratch = new Uint8Array(size);
      this.touched = new Int32Array(size);
    }
    const { scratch, touched } = this;
    // Start from the rarest word; each further word narrows the candidates. `state` keeps, per
    // candidate, whether every word so far was in its name (1), its name or category (2), its own
    // words, i.e. not only the producer's name (4). Typed buffers: a broad word has thousands of postings.
    const order = [...resolved].sort((a, b) => a.size - b.size);
    let candidates = new Int32Array(0);
    let states = new Uint8Array(0);
    for (const [step, word] of order.entries()) {
      let touchedCount = 0;
      for (const w of word.words) {
        const posting = this.postings.get(w)!;
        const { slots: postingSlots, masks } = posting;
        for (let i = 0; i < postingSlots.length; i++) {
          const slot = postingSlots[i];
          if (scratch[slot] === 0) touched[touchedCount++] = slot;
          scratch[slot] |= masks[i];
        }
      }
      if (step === 0) {
        candidates = new Int32Array(touchedCount);
        states = new Uint8Array(touchedCount);
        let kept = 0;
        for (let i = 0; i < touchedCount; i++) {
          const slot = touched[i];
          if (this.docs[slot] == null) continue;
          candidates[kept] = slot;
          states[kept++] = stateOf(scratch[slot]);
        }
        candidates = candidates.subarray(0, kept);
        states = states.subarray(0, kept);
      } else {
        let kept = 0;
        for (let i = 0; i < candidates.length; i++) {
          const mask = scratch[candidates[i]];
          if (mask === 0) continue;
          candidates[kept] = candidates[i];
          states[kept++] = states[i] & stateOf(mask);
        }
        candidates = candidates.subarray(0, kept);
        states = states.subarray(0, kept);
      }
      for (let i = 0; i < touchedCount; i++) scratch[touched[i]] = 0;
      if (candidates.length === 0) break;
    }

    return { candidates, states, words, corrected };
  }

  /** Distinct words and postings, for the memory figures in docs/search.md. */
  stats(): { documents: number; words: number; postings: number } {
    let postings = 0;
    for (const posting of this.postings.values()) postings += posting.slots.length;
    return { documents: this.size, words: this.postings.size, postings };
  }
}

/** The words of a sorted list that start with `prefix`, at most `limit`. */
function startingWith(sorted: readonly string[], prefix: string, limit = Infinity): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  const out: string[] = [];
  for (let i = low; i < sorted.length && sorted[i].startsWith(prefix) && out.length < limit; i++) out.push(sorted[i]);
  return out;
}

function addTo(bySlot: Map<string, number[]>, text: string, slot: number): void {
  const slots = bySlot.get(text);
  if (slots) slots.push(slot);
  else bySlot.set(text, [slot]);
}

function stateOf(mask: number): number {
  return (mask & Field.NAME ? 1 : 0) | (mask & (Field.NAME | Field.CATEGORY) ? 2 : 0) | (mask & OWN ? 4 : 0);
}

/** `text` without any of `phrases` as whole words. */
function stripPhrases(text: string, phrases: readonly string[]): string {
  let out = ` ${text} `;
  for (const phrase of phrases) {
    if (!phrase) continue;
    out = out.split(` ${phrase} `).join(" ");
  }
  return out.trim();
}
