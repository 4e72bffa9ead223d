/**
 * Illustrations drawn for the demo catalogue: no photograph of a demo product can be fetched on an
 * offline machine, and an invented "photo" would mislead a shopper. So each demo product gets simple
 * flat drawings of what kind of thing it is (a tea cup and leaves for tea, a broom for chổi chít, jars
 * for honey and spices…), in a colour taken from the product, and each producer a landscape with its
 * workshop. They are stored through the ordinary upload pipeline and marked as illustrations
 * (`illustration` on the image row), and pages label them as such.
 *
 * Pure and deterministic: the same subject always gives the same SVG (the seed can be re-run and its
 * result compared). The canvas is 4:3 like every picture box, at the largest published width.
 */
export const ILLUSTRATION_WIDTH = 1024;
export const ILLUSTRATION_HEIGHT = 768;

export interface ProductIllustrationSubject {
  /** A stable name of the product (its slug): picks the colour and small variations. */
  seed: string;
  group: string;
  subgroupCode: string | null;
}

/** 32-bit FNV-1a: a stable small hash of a name, the same on every machine. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hues (degrees) that suit each kind of product; the product's hash picks one and nudges it. */
const HUES: Record<string, readonly number[]> = {
  FOOD_TEA: [95, 110, 125, 20],
  FOOD_HONEY: [38, 42, 32],
  FOOD_SPICE: [8, 18, 350, 28],
  FOOD_PROCESSED: [12, 24, 5],
  FOOD_FRESH: [30, 25, 100, 0],
  FOOD_RAW: [40, 50, 30],
  FOOD_COFFEE_COCOA: [22, 18, 28],
  BEVERAGE_ALCOHOL: [45, 200, 35],
  BEVERAGE_NON_ALCOHOLIC: [190, 160, 80],
  HERBAL_MEDICINE: [130, 150, 100],
  HERBAL_COSMETIC: [320, 280, 160],
  HERBAL_ESSENTIAL_OIL: [48, 60, 35],
  HANDICRAFT_FIBRE: [48, 42, 55],
  HANDICRAFT_WOOD: [28, 24, 32],
  HANDICRAFT_TEXTILE: [210, 350, 260, 180],
  ORNAMENTAL_FLOWER: [340, 300, 10, 50],
  ORNAMENTAL_PLANT: [120, 140],
  ORNAMENTAL_ANIMAL: [200, 30],
  TOURISM_COMMUNITY: [140, 200],
};
const GROUP_DEFAULT: Record<string, string> = {
  FOOD: "FOOD_PROCESSED",
  BEVERAGE: "BEVERAGE_NON_ALCOHOLIC",
  HERBAL: "HERBAL_MEDICINE",
  HANDICRAFT: "HANDICRAFT_WOOD",
  ORNAMENTAL: "ORNAMENTAL_PLANT",
  TOURISM: "TOURISM_COMMUNITY",
};

/** The motif drawn for a product: its subgroup's, else its group's. */
export function motifOf(subject: Pick<ProductIllustrationSubject, "group" | "subgroupCode">): string {
  if (subject.subgroupCode && HUES[subject.subgroupCode]) return subject.subgroupCode;
  return GROUP_DEFAULT[subject.group] ?? "FOOD_PROCESSED";
}

interface Palette {
  hue: number;
  main: string;
  dark: string;
  light: string;
  pale: string;
}

function palette(hue: number): Palette {
  const h = ((hue % 360) + 360) % 360;
  return { hue: h, main: `hsl(${h} 55% 45%)`, dark: `hsl(${h} 50% 25%)`, light: `hsl(${h} 60% 72%)`, pale: `hsl(${h} 45% 93%)` };
}

function paletteOf(seed: string, motif: string): Palette {
  const hues = HUES[motif] ?? [30];
  const hash = stableHash(seed);
  return palette(hues[hash % hues.length] + ((hash >>> 8) % 13) - 6);
}

const leaf = (x: number, y: number, size: number, angle: number, fill: string, vein: string) =>
  `<g transform="translate(${x} ${y}) rotate(${angle}) scale(${size / 100})"><path d="M0 0 C30 -45 85 -45 110 0 C85 45 30 45 0 0 Z" fill="${fill}"/><path d="M4 0 L100 0" stroke="${vein}" stroke-width="4" fill="none"/></g>`;

const jar = (x: number, y: number, w: number, h: number, body: string, lid: string, label: string) =>
  `<g transform="translate(${x} ${y})"><rect x="${w * 0.1}" y="0" width="${w * 0.8}" height="${h * 0.14}" rx="8" fill="${lid}"/><rect x="0" y="${h * 0.12}" width="${w}" height="${h * 0.88}" rx="${w * 0.16}" fill="${body}"/><rect x="${w * 0.12}" y="${h * 0.42}" width="${w * 0.76}" height="${h * 0.3}" rx="10" fill="${label}"/></g>`;

const bottle = (x: number, y: number, w: number, h: number, body: string, cap: string, label: string) =>
  `<g transform="translate(${x} ${y})"><rect x="${w * 0.36}" y="0" width="${w * 0.28}" height="${h * 0.1}" rx="5" fill="${cap}"/><path d="M${w * 0.38} ${h * 0.1} L${w * 0.62} ${h * 0.1} L${w * 0.62} ${h * 0.26} Q${w} ${h * 0.34} ${w} ${h * 0.5} L${w} ${h * 0.94} Q${w} ${h} ${w * 0.92} ${h} L${w * 0.08} ${h} Q0 ${h} 0 ${h * 0.94} L0 ${h * 0.5} Q0 ${h * 0.34} ${w * 0.38} ${h * 0.26} Z" fill="${body}"/><rect x="${w * 0.12}" y="${h * 0.56}" width="${w * 0.76}" height="${h * 0.24}" rx="8" fill="${label}"/></g>`;

/** The object itself, drawn around the canvas centre (512, 420). */
function motifShapes(motif: string, p: Palette, variant: number): string {
  const cream = "#fbf6ea";
  switch (motif) {
    case "FOOD_TEA":
    case "FOOD_COFFEE_COCOA": {
      const drink = motif === "FOOD_TEA" ? `hsl(${p.hue} 45% 38%)` : "hsl(22 45% 24%)";
      const extras =
        motif === "FOOD_TEA"
          ? leaf(640, 300, 150, -30 - variant * 8, p.main, p.dark) + leaf(660, 330, 120, 20, p.light, p.dark) + leaf(300, 330, 110, 200, p.main, p.dark)
          : [0, 1, 2, 3, 4].map((i) => `<ellipse cx="${620 + i * 46}" cy="${560 - (i % 2) * 30}" rx="26" ry="18" fill="hsl(22 45% 28%)" transform="rotate(${-20 + i * 12} ${620 + i * 46} ${560 - (i % 2) * 30})"/>`).join("");
      return (
        `<ellipse cx="470" cy="590" rx="210" ry="36" fill="${p.dark}" opacity="0.25"/>` +
        `<ellipse cx="470" cy="580" rx="200" ry="30" fill="${cream}"/>` +
        `<path d="M320 390 L620 390 Q615 560 520 585 L420 585 Q325 560 320 390 Z" fill="${cream}" stroke="${p.dark}" stroke-width="6"/>` +
        `<path d="M612 430 Q690 430 680 490 Q670 545 598 530" fill="none" stroke="${p.dark}" stroke-width="16"/>` +
        `<ellipse cx="470" cy="392" rx="150" ry="26" fill="${drink}"/>` +
        `<path d="M430 350 Q410 310 440 280 Q470 250 450 215 M500 345 Q480 300 510 270 Q540 240 520 205" fill="none" stroke="${p.light}" stroke-width="10" stroke-linecap="round" opacity="0.8"/>` +
        extras
      );
    }
    case "FOOD_HONEY": {
      const combs = [0, 1, 2, 3, 4, 5]
        .map((i) => {
          const cx = 690 + (i % 3) * 62 + (i >= 3 ? 31 : 0);
          const cy = 300 + (i >= 3 ? 54 : 0);
          return `<polygon points="${[0, 1, 2, 3, 4, 5].map((k) => `${cx + 34 * Math.cos((Math.PI / 3) * k + Math.PI / 6)},${cy + 34 * Math.sin((Math.PI / 3) * k + Math.PI / 6)}`).join(" ")}" fill="${p.light}" stroke="${p.dark}" stroke-width="5"/>`;
        })
        .join("");
      return `<ellipse cx="470" cy="640" rx="230" ry="30" fill="${p.dark}" opacity="0.2"/>` + jar(300, 300, 300, 340, p.main, p.dark, cream) + combs + `<path d="M610 420 Q640 470 625 520" stroke="${p.main}" stroke-width="14" fill="none" stroke-linecap="round"/>`;
    }
    case "FOOD_SPICE":
    case "HERBAL_MEDICINE":
    case "HERBAL_COSMETIC": {
      const pods = [0, 1, 2].map((i) => `<ellipse cx="${690 + i * 70}" cy="${590 - (i % 2) * 24}" rx="40" ry="24" fill="${p.dark}" transform="rotate(${-25 + i * 25} ${690 + i * 70} ${590 - (i % 2) * 24})"/>`).join("");
      return (
        `<ellipse cx="500" cy="650" rx="330" ry="30" fill="${p.dark}" opacity="0.2"/>` +
        jar(220, 330, 210, 310, p.main, p.dark, cream) +
        jar(450, 400, 170, 240, p.light, p.dark, cream) +
        (motif === "HERBAL_MEDICINE" ? leaf(660, 420, 130, -40, "hsl(120 40% 40%)", "hsl(120 40% 22%)") : pods)
      );
    }
    case "BEVERAGE_ALCOHOL":
    case "BEVERAGE_NON_ALCOHOLIC":
    case "HERBAL_ESSENTIAL_OIL": {
      const small = motif === "HERBAL_ESSENTIAL_OIL";
      const w = small ? 170 : 220;
      const h = small ? 300 : 420;
      const cup =
        motif === "BEVERAGE_ALCOHOL"
          ? `<path d="M620 520 L720 520 L705 620 L635 620 Z" fill="${cream}" stroke="${p.dark}" stroke-width="6"/><rect x="630" y="540" width="80" height="20" fill="${p.light}"/>`
          : small
            ? leaf(600, 520, 150, -20, "hsl(40 60% 55%)", "hsl(40 50% 30%)")
            : `<circle cx="680" cy="560" r="60" fill="${p.light}" stroke="${p.dark}" stroke-width="6"/>`;
      return `<ellipse cx="500" cy="650" rx="280" ry="28" fill="${p.dark}" opacity="0.2"/>` + bottle(380, 640 - h, w, h, p.main, p.dark, cream) + cup;
    }
    case "HANDICRAFT_FIBRE": {
      // A chổi chít: a bamboo handle and a fan of grass blades.
      const blades = Array.from({ length: 15 }, (_, i) => {
        const a = -35 + i * 5;
        const rad = (a * Math.PI) / 180;
        return `<path d="M512 420 L${512 + Math.sin(rad) * 250} ${420 + Math.cos(rad) * 250}" stroke="${i % 2 ? p.main : p.light}" stroke-width="22" stroke-linecap="round"/>`;
      }).join("");
      return (
        `<ellipse cx="512" cy="690" rx="200" ry="22" fill="${p.dark}" opacity="0.2"/>` +
        `<g transform="rotate(${variant ? -12 : 10} 512 420)">` +
        blades +
        `<rect x="496" y="110" width="32" height="330" rx="14" fill="hsl(40 45% 55%)" stroke="hsl(40 40% 30%)" stroke-width="5"/>` +
        `<rect x="482" y="380" width="60" height="60" rx="10" fill="${p.dark}"/></g>`
      );
    }
    case "HANDICRAFT_WOOD":
      return (
        `<ellipse cx="512" cy="640" rx="260" ry="30" fill="${p.dark}" opacity="0.2"/>` +
        `<path d="M270 420 L754 420 Q740 640 512 640 Q284 640 270 420 Z" fill="${p.main}"/>` +
        [0, 1, 2, 3].map((i) => `<path d="M${290 + i * 8} ${460 + i * 40} L${734 - i * 8} ${460 + i * 40}" stroke="${p.dark}" stroke-width="6"/>`).join("") +
        `<ellipse cx="512" cy="420" rx="242" ry="40" fill="${p.light}"/>`
      );
    case "HANDICRAFT_TEXTILE":
      return (
        `<rect x="260" y="300" width="500" height="320" rx="16" fill="${p.main}"/>` +
        [0, 1, 2, 3].map((i) => `<path d="M260 ${350 + i * 70} L760 ${350 + i * 70}" stroke="${i % 2 ? cream : p.dark}" stroke-width="14" stroke-dasharray="30 16"/>`).join("") +
        `<rect x="260" y="300" width="500" height="320" rx="16" fill="none" stroke="${p.dark}" stroke-width="8"/>`
      );
    case "ORNAMENTAL_FLOWER":
    case "ORNAMENTAL_PLANT":
    case "ORNAMENTAL_ANIMAL": {
      const flowers = [0, 1, 2]
        .map((i) => {
          const cx = 420 + i * 90;
          const cy = 250 + (i % 2) * 50;
          return [0, 1, 2, 3, 4].map((k) => `<circle cx="${cx + 32 * Math.cos((k * 2 * Math.PI) / 5)}" cy="${cy + 32 * Math.sin((k * 2 * Math.PI) / 5)}" r="26" fill="${p.light}"/>`).join("") + `<circle cx="${cx}" cy="${cy}" r="18" fill="hsl(45 90% 55%)"/>`;
        })
        .join("");
      return (
        `<path d="M512 520 L512 300" stroke="hsl(120 40% 30%)" stroke-width="12"/>` +
        leaf(512, 440, 130, -30, "hsl(120 40% 40%)", "hsl(120 40% 22%)") +
        leaf(512, 470, 120, 210, "hsl(120 40% 45%)", "hsl(120 40% 22%)") +
        (motif === "ORNAMENTAL_FLOWER" ? flowers : leaf(512, 320, 150, -80, "hsl(120 45% 35%)", "hsl(120 40% 20%)")) +
        `<path d="M380 520 L644 520 L610 660 L414 660 Z" fill="${p.main}"/><rect x="370" y="505" width="284" height="30" rx="8" fill="${p.dark}"/>`
      );
    }
    case "TOURISM_COMMUNITY":
      return stiltHouse(512, 560, p, 1.3);
    case "FOOD_FRESH":
      return (
        `<path d="M280 460 L744 460 L700 640 L324 640 Z" fill="hsl(35 45% 50%)" stroke="hsl(35 40% 28%)" stroke-width="6"/>` +
        [0, 1, 2, 3, 4].map((i) => `<circle cx="${360 + i * 76}" cy="${440 - (i % 2) * 30}" r="62" fill="${i % 2 ? p.light : p.main}" stroke="${p.dark}" stroke-width="5"/>`).join("") +
        leaf(560, 360, 90, -50, "hsl(110 45% 38%)", "hsl(110 40% 22%)") +
        [0, 1, 2, 3].map((i) => `<path d="M${300 + i * 10} ${500 + i * 40} L${724 - i * 10} ${500 + i * 40}" stroke="hsl(35 40% 30%)" stroke-width="5"/>`).join("")
      );
    case "FOOD_RAW":
      return (
        `<path d="M340 330 Q512 280 684 330 L720 640 Q512 680 304 640 Z" fill="hsl(38 35% 70%)" stroke="hsl(38 30% 40%)" stroke-width="6"/>` +
        `<ellipse cx="512" cy="335" rx="170" ry="34" fill="${p.main}"/>` +
        [0, 1, 2, 3, 4, 5].map((i) => `<ellipse cx="${430 + i * 32}" cy="${325 + (i % 2) * 14}" rx="12" ry="8" fill="${p.light}"/>`).join("")
      );
    default:
      // Processed food: a sealed pouch.
      return (
        `<ellipse cx="512" cy="660" rx="220" ry="26" fill="${p.dark}" opacity="0.2"/>` +
        `<path d="M350 250 L674 250 L700 650 L324 650 Z" fill="${p.main}"/>` +
        `<rect x="350" y="250" width="324" height="40" fill="${p.dark}"/>` +
        `<rect x="390" y="390" width="244" height="150" rx="16" fill="${cream}"/>` +
        `<circle cx="512" cy="465" r="44" fill="${p.light}"/>`
      );
  }
}

function stiltHouse(cx: number, groundY: number, p: Palette, scale = 1): string {
  return (
    `<g transform="translate(${cx} ${groundY}) scale(${scale})">` +
    [-110, -40, 40, 110].map((x) => `<rect x="${x - 7}" y="-80" width="14" height="80" fill="hsl(30 35% 30%)"/>`).join("") +
    `<rect x="-140" y="-170" width="280" height="95" fill="hsl(32 45% 55%)" stroke="hsl(30 35% 30%)" stroke-width="5"/>` +
    `<path d="M-185 -160 L0 -290 L185 -160 Z" fill="${p.dark}"/>` +
    `<rect x="-30" y="-150" width="60" height="75" fill="hsl(30 35% 30%)"/>` +
    `<rect x="-115" y="-150" width="50" height="40" fill="${p.pale}"/><rect x="65" y="-150" width="50" height="40" fill="${p.pale}"/>` +
    `</g>`
  );
}

/** Sky, sun and layered hills: the backdrop of a "where it comes from" picture. */
function hills(p: Palette, seed: number): string {
  const sunX = 160 + (seed % 700);
  const ridge = (base: number, amp: number, phase: number, fill: string) => {
    const points = Array.from({ length: 9 }, (_, i) => `${i * 128},${base - Math.round(amp * Math.abs(Math.sin(i * 0.9 + phase)))}`);
    return `<polygon points="0,${ILLUSTRATION_HEIGHT} ${points.join(" ")} ${ILLUSTRATION_WIDTH},${ILLUSTRATION_HEIGHT}" fill="${fill}"/>`;
  };
  return (
    `<rect width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" fill="hsl(${(p.hue + 180) % 360} 45% 90%)"/>` +
    `<circle cx="${sunX}" cy="150" r="70" fill="hsl(45 90% 70%)"/>` +
    ridge(380, 120, (seed % 7) / 2, "hsl(150 20% 62%)") +
    ridge(480, 90, (seed % 5) / 3 + 1, "hsl(130 30% 48%)") +
    ridge(600, 60, (seed % 3) / 4 + 2, "hsl(115 35% 38%)")
  );
}

function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" viewBox="0 0 ${ILLUSTRATION_WIDTH} ${ILLUSTRATION_HEIGHT}">${body}</svg>`;
}

/**
 * A product's illustrations: its object on a plain background in the product's colour, then (when
 * `count` is 2) the same object smaller before the hills it comes from.
 */
export function productIllustrations(subject: ProductIllustrationSubject, count: 1 | 2 = 2): string[] {
  const motif = motifOf(subject);
  const p = paletteOf(subject.seed, motif);
  const hash = stableHash(subject.seed);
  const still = svg(
    `<rect width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" fill="${p.pale}"/>` +
      `<circle cx="512" cy="420" r="330" fill="${p.light}" opacity="0.35"/>` +
      `<rect y="640" width="${ILLUSTRATION_WIDTH}" height="128" fill="${p.light}" opacity="0.5"/>` +
      motifShapes(motif, p, hash % 2),
  );
  const scene = svg(hills(p, hash) + `<g transform="translate(205 250) scale(0.6)">${motifShapes(motif, p, (hash >>> 1) % 2)}</g>`);
  return count === 2 ? [still, scene] : [still];
}

/** A producer's illustration: its workshop (a stilt house) among terraced hills. */
export function producerIllustration(seed: string): string {
  const hash = stableHash(seed);
  const p = palette([15, 25, 200, 140, 0][hash % 5]);
  const terraces = [0, 1, 2, 3].map((i) => `<path d="M0 ${640 + i * 32} Q512 ${600 + i * 32} ${ILLUSTRATION_WIDTH} ${650 + i * 32}" stroke="hsl(100 35% ${52 - i * 4}%)" stroke-width="8" fill="none"/>`).join("");
  return svg(hills(p, hash) + terraces + stiltHouse(300 + (hash % 400), 600, p, 0.9));
}
