/**
 * English for the Vietnamese vocabulary inside names and free text the public pages show: legal forms
 * of producers, issuing bodies of decisions, pack units and lab indicators. Proper names stay as they
 * are written ("Hợp tác xã Trà Pèng" → "Trà Pèng Cooperative"); text we do not recognise is returned
 * unchanged, in Vietnamese, rather than guessed.
 */
const NAME_FORMS: [RegExp, (rest: string) => string][] = [
  [/^Hợp tác xã\s+/i, (rest) => `${rest} Cooperative`],
  [/^HTX\s+/, (rest) => `${rest} Cooperative`],
  [/^Tổ hợp tác\s+/i, (rest) => `${rest} Cooperative Group`],
  [/^Hộ kinh doanh\s+/i, (rest) => `${rest} (household business)`],
  [/^Công ty TNHH\s+/i, (rest) => `${rest} Co., Ltd.`],
  [/^Công ty Cổ phần\s+/i, (rest) => `${rest} Joint Stock Company`],
  [/^UBND tỉnh\s+/i, (rest) => `People's Committee of ${rest} Province`],
  [/^UBND thành phố\s+/i, (rest) => `People's Committee of ${rest} City`],
  [/^UBND huyện\s+/i, (rest) => `People's Committee of ${rest} District`],
  [/^UBND xã\s+/i, (rest) => `People's Committee of ${rest} Commune`],
];

/** A producer's or an issuing body's name in English: its legal form or kind translated, the name kept. */
export function englishName(name: string): string {
  for (const [pattern, english] of NAME_FORMS) {
    if (pattern.test(name)) return english(name.replace(pattern, "").trim());
  }
  return name;
}

const UNITS: Record<string, string> = { hộp: "box", gói: "pack", túi: "bag", chai: "bottle", lọ: "jar", bánh: "cake", cái: "piece", bó: "bundle", hũ: "jar", can: "can", thùng: "carton" };

/** "hộp 100 g" → "box 100 g": the container translated, the quantity kept. */
export function englishUnit(unit: string): string {
  const match = /^(\S+)(.*)$/.exec(unit.trim());
  if (!match) return unit;
  const english = UNITS[match[1].toLowerCase()];
  return english ? `${english}${match[2]}` : unit;
}

const INDICATORS: [RegExp, (rest: string) => string][] = [
  [/^Độ ẩm$/i, () => "Moisture"],
  [/^Dư lượng\s+/i, (rest) => `${rest} residue`],
  [/^Tổng số vi sinh vật hiếu khí$/i, () => "Total aerobic microbial count"],
  [/^Chì(?=\s|$)/i, (rest) => `Lead${rest ? ` ${rest}` : ""}`],
  [/^Cadimi(?=\s|$)/i, (rest) => `Cadmium${rest ? ` ${rest}` : ""}`],
  [/^Asen(?=\s|$)/i, (rest) => `Arsenic${rest ? ` ${rest}` : ""}`],
];

/** A lab test's indicator in English ("Dư lượng Cypermethrin" → "Cypermethrin residue"). */
export function englishIndicator(indicator: string): string {
  for (const [pattern, english] of INDICATORS) {
    if (pattern.test(indicator)) return english(indicator.replace(pattern, "").trim());
  }
  return indicator;
}

/** `text` for `locale`: translated vocabulary in English, as written in Vietnamese. */
export function inLocale(locale: string, text: string, translate: (text: string) => string): string {
  return locale === "en" ? translate(text) : text;
}
