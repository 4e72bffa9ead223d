/**
 * Fills a migrated database with SYNTHETIC national-scale data for benchmarks: ~60 provinces with
 * their communes, producers, published products with OCOP certificates (valid 3★/4★/5★, upgrades,
 * expired, a few revoked), batches and trace events, trade fairs with their exhibitors, and a year of orders
 * (prisma/seed/national-orders.ts). Names are built from Vietnamese vocabularies
 * (chè, mật ong, gạo, chổi chít, thảo quả, rượu, miến, nấm, cam, bưởi, mắm … + place names) and the
 * folded searchText is computed exactly as the app does, so trigram search benchmarks are meaningful.
 * Nothing here is real: names, codes, decisions and GTINs are generated.
 *
 * Speed: rows are built in JS with generated ids and written with `INSERT … SELECT * FROM unnest(…)`,
 * one array parameter per column and a few thousand rows per statement, in one transaction;
 * ANALYZE runs once at the end. The products' badge columns (badgeStars, badgeStarsUntil,
 * certifiedUntil) are filled by the certificates' trigger, once per inserted chunk.
 */
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { BANKS } from "../../lib/banks";
import { addMonths, dateToDay, nowMs, today } from "../../lib/clock";
import { buildProducerSearchText, buildProductSearchText } from "../../lib/search-text";
import { LEGAL_FORM_LABELS, OCOP_GROUP_LABELS } from "../../lib/ocop-groups";
import type { CertificateLevel, LegalForm, OcopGroup, TraceEventType } from "../../generated/prisma/enums";
import { DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_SUBGROUPS, certificateValidUntil } from "./demo-data";
import { gtinCheckDigit } from "../../lib/gtin";
import { slugify } from "../../lib/text-fold";
import { BulkInsert, isoTimestamp } from "./bulk-insert";
import { insertNationalOrders, type OrderSeller } from "./national-orders";

export interface GenerateOptions {
  producers: number;
  products: number;
  batches: number;
  /** Orders over the 12 months before `today`. */
  orders: number;
  communesPerProvince: number;
  /** Seed of the pseudo-random generator: the same seed gives the same data (ids aside). */
  seed: number;
  /** Run even when the database already holds more than the demo data. */
  force: boolean;
  /** Reference "today" (ISO date) for certificate validity; default: the app clock's today (lib/clock.ts). */
  today: string;
  chunkSize: number;
  log: (message: string) => void;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  producers: 8_000,
  products: 20_000,
  batches: 100_000,
  orders: 30_000,
  // About as many communes as before the reform's merger of provinces (34 × 55 ≈ 63 × 30).
  communesPerProvince: 55,
  seed: 20_261_128,
  force: false,
  // A getter: read when the options are spread, so a pinned clock (CLOCK_NOW, pinClock) is honoured.
  get today() {
    return today();
  },
  chunkSize: 5_000,
  log: () => {},
};

export interface GenerateResult {
  regions: number;
  producers: number;
  products: number;
  certificates: number;
  batches: number;
  traceEvents: number;
  fairs: number;
  /** Approved booth requests across the generated fairs. */
  exhibitors: number;
  orders: number;
  /** Parts of those orders (one per producer of an order). */
  orderParts: number;
  orderItems: number;
  /** Steps in the parts' histories. */
  orderEvents: number;
  payments: number;
  /** Products with a valid 3★+ certificate on `today`. */
  certifiedProducts: number;
  seconds: number;
}

export class RefusedError extends Error {}

// ───────────────────────────── Vocabularies ─────────────────────────────

/**
 * The 34 provinces since 01/07/2025 (Resolution 202/2025/QH15), each with the former provinces merged
 * into it (its own former self first). A producer lives in a former province's commune; certificates
 * decided before the reform come from the former province, later ones from the province it is now in.
 */
const PROVINCES_SINCE_REFORM: readonly { name: string; former: readonly string[] }[] = [
  { name: "Hà Nội", former: ["Hà Nội"] },
  { name: "Huế", former: ["Huế"] },
  { name: "Lai Châu", former: ["Lai Châu"] },
  { name: "Điện Biên", former: ["Điện Biên"] },
  { name: "Sơn La", former: ["Sơn La"] },
  { name: "Lạng Sơn", former: ["Lạng Sơn"] },
  { name: "Quảng Ninh", former: ["Quảng Ninh"] },
  { name: "Thanh Hóa", former: ["Thanh Hóa"] },
  { name: "Nghệ An", former: ["Nghệ An"] },
  { name: "Hà Tĩnh", former: ["Hà Tĩnh"] },
  { name: "Cao Bằng", former: ["Cao Bằng"] },
  { name: "Tuyên Quang", former: ["Tuyên Quang", "Hà Giang"] },
  { name: "Lào Cai", former: ["Lào Cai", "Yên Bái"] },
  { name: "Thái Nguyên", former: ["Thái Nguyên", "Bắc Kạn"] },
  { name: "Phú Thọ", former: ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"] },
  { name: "Bắc Ninh", former: ["Bắc Ninh", "Bắc Giang"] },
  { name: "Hưng Yên", former: ["Hưng Yên", "Thái Bình"] },
  { name: "Hải Phòng", former: ["Hải Phòng", "Hải Dương"] },
  { name: "Ninh Bình", former: ["Ninh Bình", "Hà Nam", "Nam Định"] },
  { name: "Quảng Trị", former: ["Quảng Trị", "Quảng Bình"] },
  { name: "Đà Nẵng", former: ["Đà Nẵng", "Quảng Nam"] },
  { name: "Quảng Ngãi", former: ["Quảng Ngãi", "Kon Tum"] },
  { name: "Gia Lai", former: ["Gia Lai", "Bình Định"] },
  { name: "Khánh Hòa", former: ["Khánh Hòa", "Ninh Thuận"] },
  { name: "Lâm Đồng", former: ["Lâm Đồng", "Đắk Nông", "Bình Thuận"] },
  { name: "Đắk Lắk", former: ["Đắk Lắk", "Phú Yên"] },
  { name: "Hồ Chí Minh", former: ["Hồ Chí Minh", "Bình Dương", "Bà Rịa – Vũng Tàu"] },
  { name: "Đồng Nai", former: ["Đồng Nai", "Bình Phước"] },
  { name: "Tây Ninh", former: ["Tây Ninh", "Long An"] },
  { name: "Cần Thơ", former: ["Cần Thơ", "Sóc Trăng", "Hậu Giang"] },
  { name: "Vĩnh Long", former: ["Vĩnh Long", "Bến Tre", "Trà Vinh"] },
  { name: "Đồng Tháp", former: ["Đồng Tháp", "Tiền Giang"] },
  { name: "Cà Mau", former: ["Cà Mau", "Bạc Liêu"] },
  { name: "An Giang", former: ["An Giang", "Kiên Giang"] },
];

/** Centrally governed cities: "thành phố Hà Nội", not "tỉnh Hà Nội". */
const CITIES = new Set(["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]);
const provinceTitle = (name: string) => `${CITIES.has(name) ? "thành phố" : "tỉnh"} ${name}`;

/** The day the two-tier government began: provinces decide 3★ and 4★ alone, districts no longer exist. */
const REFORM_DAY = "2025-07-01";
/** 148/QĐ-TTg: from this day until the reform, districts recognised 3★ (the province did before). */
const DISTRICT_LEVEL_FROM = "2023-02-24";
/** The Ministry of Agriculture and Rural Development became the Ministry of Agriculture and Environment. */
const MINISTRY_MERGED_ON = "2025-03-01";

const COMMUNE_FIRST = [
  "Tân", "Phú", "An", "Hòa", "Bình", "Thạnh", "Long", "Minh", "Đông", "Tây", "Xuân", "Hưng", "Thuận", "Lộc", "Phước", "Sơn",
  "Thanh", "Vĩnh", "Quang", "Trung", "Đại", "Kim", "Ngọc", "Bảo", "Yên", "Mỹ", "Cẩm", "Nghĩa", "Đồng", "Hồng",
];
const COMMUNE_SECOND = [
  "Lâm", "Hà", "Sơn", "Thủy", "Phong", "Lợi", "Thịnh", "Tiến", "Hòa", "Bình", "Phú", "An", "Xuyên", "Linh", "Tân", "Hưng",
  "Long", "Điền", "Khánh", "Mỹ", "Thành", "Lạc", "Quý", "Trạch", "Giang", "Cương", "Văn", "Ninh", "Hải", "Nguyên",
];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Triệu", "Sùng", "Giàng", "Ma", "Nông", "Vi"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quốc", "Thanh", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phương", "Quang", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Páo", "Chỉn", "Dế", "Sính"];

interface ProductKind {
  vi: string;
  en: string;
  subgroup: string;
  unit: string;
  unitEn: string;
  price: [number, number];
  weight: number;
  theme: string;
}

/** What producers make, with rough weights (tea, rice, honey and processed food are the commonest). */
const PRODUCT_KINDS: readonly ProductKind[] = [
  { vi: "Chè Shan tuyết", en: "Shan tuyet tea", subgroup: "FOOD_TEA", unit: "hộp 200 g", unitEn: "box 200 g", price: [120, 600], weight: 8, theme: "Chè" },
  { vi: "Chè búp", en: "Green tea buds", subgroup: "FOOD_TEA", unit: "gói 500 g", unitEn: "bag 500 g", price: [80, 300], weight: 5, theme: "Chè" },
  { vi: "Hồng trà", en: "Red tea", subgroup: "FOOD_TEA", unit: "hộp 100 g", unitEn: "box 100 g", price: [150, 500], weight: 2, theme: "Chè" },
  { vi: "Trà túi lọc", en: "Tea bags", subgroup: "FOOD_TEA", unit: "hộp 25 túi", unitEn: "box of 25 bags", price: [50, 150], weight: 2, theme: "Chè" },
  { vi: "Mật ong bạc hà", en: "Mint-flower honey", subgroup: "FOOD_HONEY", unit: "chai 500 ml", unitEn: "bottle 500 ml", price: [250, 600], weight: 3, theme: "Mật ong" },
  { vi: "Mật ong rừng", en: "Wild forest honey", subgroup: "FOOD_HONEY", unit: "chai 500 ml", unitEn: "bottle 500 ml", price: [200, 500], weight: 3, theme: "Mật ong" },
  { vi: "Mật ong hoa nhãn", en: "Longan-flower honey", subgroup: "FOOD_HONEY", unit: "chai 1 lít", unitEn: "bottle 1 l", price: [180, 400], weight: 2, theme: "Mật ong" },
  { vi: "Gạo tám thơm", en: "Fragrant tam rice", subgroup: "FOOD_RAW", unit: "túi 5 kg", unitEn: "bag 5 kg", price: [100, 250], weight: 4, theme: "Nông sản" },
  { vi: "Gạo nếp cái hoa vàng", en: "Yellow-flower sticky rice", subgroup: "FOOD_RAW", unit: "túi 2 kg", unitEn: "bag 2 kg", price: [70, 160], weight: 2, theme: "Nông sản" },
  { vi: "Gạo ST25", en: "ST25 rice", subgroup: "FOOD_RAW", unit: "túi 5 kg", unitEn: "bag 5 kg", price: [150, 220], weight: 3, theme: "Nông sản" },
  { vi: "Gạo Séng Cù", en: "Seng Cu rice", subgroup: "FOOD_RAW", unit: "túi 5 kg", unitEn: "bag 5 kg", price: [120, 200], weight: 1, theme: "Nông sản" },
  { vi: "Miến dong", en: "Arrowroot vermicelli", subgroup: "FOOD_PROCESSED", unit: "gói 500 g", unitEn: "pack 500 g", price: [40, 90], weight: 3, theme: "Thực phẩm" },
  { vi: "Bò khô", en: "Dried beef", subgroup: "FOOD_PROCESSED", unit: "gói 250 g", unitEn: "pack 250 g", price: [150, 300], weight: 2, theme: "Thực phẩm" },
  { vi: "Nước mắm", en: "Fish sauce", subgroup: "FOOD_PROCESSED", unit: "chai 500 ml", unitEn: "bottle 500 ml", price: [60, 250], weight: 3, theme: "Thực phẩm" },
  { vi: "Mắm tôm", en: "Shrimp paste", subgroup: "FOOD_PROCESSED", unit: "hũ 300 g", unitEn: "jar 300 g", price: [40, 120], weight: 1, theme: "Thực phẩm" },
  { vi: "Nem chua", en: "Fermented pork rolls", subgroup: "FOOD_PROCESSED", unit: "hộp 10 cái", unitEn: "box of 10", price: [60, 120], weight: 1, theme: "Thực phẩm" },
  { vi: "Lạp xưởng", en: "Chinese-style sausage", subgroup: "FOOD_PROCESSED", unit: "gói 500 g", unitEn: "pack 500 g", price: [120, 250], weight: 1, theme: "Thực phẩm" },
  { vi: "Măng khô", en: "Dried bamboo shoots", subgroup: "FOOD_PROCESSED", unit: "gói 500 g", unitEn: "pack 500 g", price: [100, 250], weight: 1, theme: "Nông sản" },
  { vi: "Nấm hương khô", en: "Dried shiitake mushrooms", subgroup: "FOOD_PROCESSED", unit: "gói 200 g", unitEn: "pack 200 g", price: [90, 250], weight: 2, theme: "Nông sản" },
  { vi: "Nấm sò", en: "Oyster mushrooms", subgroup: "FOOD_FRESH", unit: "kg", unitEn: "kg", price: [40, 80], weight: 1, theme: "Nông sản" },
  { vi: "Cam sành", en: "King mandarin oranges", subgroup: "FOOD_FRESH", unit: "kg", unitEn: "kg", price: [20, 50], weight: 2, theme: "Nông sản" },
  { vi: "Bưởi da xanh", en: "Green-skin pomelo", subgroup: "FOOD_FRESH", unit: "quả", unitEn: "fruit", price: [40, 90], weight: 2, theme: "Nông sản" },
  { vi: "Bưởi Diễn", en: "Dien pomelo", subgroup: "FOOD_FRESH", unit: "quả", unitEn: "fruit", price: [30, 70], weight: 1, theme: "Nông sản" },
  { vi: "Vải thiều", en: "Thieu lychees", subgroup: "FOOD_FRESH", unit: "kg", unitEn: "kg", price: [30, 70], weight: 1, theme: "Nông sản" },
  { vi: "Gà đồi", en: "Hill chicken", subgroup: "FOOD_FRESH", unit: "kg", unitEn: "kg", price: [120, 200], weight: 2, theme: "Chăn nuôi" },
  { vi: "Thảo quả khô", en: "Dried black cardamom", subgroup: "FOOD_SPICE", unit: "túi 500 g", unitEn: "bag 500 g", price: [100, 200], weight: 1, theme: "Nông sản" },
  { vi: "Quế", en: "Cinnamon", subgroup: "FOOD_SPICE", unit: "túi 500 g", unitEn: "bag 500 g", price: [50, 150], weight: 1, theme: "Nông sản" },
  { vi: "Tiêu đen", en: "Black pepper", subgroup: "FOOD_SPICE", unit: "hũ 200 g", unitEn: "jar 200 g", price: [60, 150], weight: 1, theme: "Nông sản" },
  { vi: "Cà phê Robusta", en: "Robusta coffee", subgroup: "FOOD_COFFEE_COCOA", unit: "gói 500 g", unitEn: "pack 500 g", price: [120, 300], weight: 2, theme: "Cà phê" },
  { vi: "Rượu ngô", en: "Corn liquor", subgroup: "BEVERAGE_ALCOHOL", unit: "chai 500 ml", unitEn: "bottle 500 ml", price: [80, 250], weight: 2, theme: "Rượu" },
  { vi: "Rượu táo mèo", en: "Wild apple liquor", subgroup: "BEVERAGE_ALCOHOL", unit: "chai 500 ml", unitEn: "bottle 500 ml", price: [100, 300], weight: 1, theme: "Rượu" },
  { vi: "Nước cốt gừng", en: "Ginger concentrate", subgroup: "BEVERAGE_NON_ALCOHOLIC", unit: "chai 300 ml", unitEn: "bottle 300 ml", price: [50, 120], weight: 1, theme: "Thực phẩm" },
  { vi: "Tinh dầu quế", en: "Cinnamon essential oil", subgroup: "HERBAL_ESSENTIAL_OIL", unit: "lọ 10 ml", unitEn: "bottle 10 ml", price: [60, 200], weight: 1, theme: "Dược liệu" },
  { vi: "Trà giảo cổ lam", en: "Jiaogulan tea", subgroup: "HERBAL_MEDICINE", unit: "hộp 200 g", unitEn: "box 200 g", price: [80, 200], weight: 1, theme: "Dược liệu" },
  { vi: "Cao atiso", en: "Artichoke extract", subgroup: "HERBAL_MEDICINE", unit: "hũ 200 g", unitEn: "jar 200 g", price: [100, 250], weight: 1, theme: "Dược liệu" },
  { vi: "Xà phòng thảo dược", en: "Herbal soap", subgroup: "HERBAL_COSMETIC", unit: "bánh 100 g", unitEn: "bar 100 g", price: [30, 90], weight: 1, theme: "Dược liệu" },
  { vi: "Chổi chít", en: "Tiger grass broom", subgroup: "HANDICRAFT_FIBRE", unit: "cái", unitEn: "piece", price: [25, 60], weight: 1, theme: "Thủ công mỹ nghệ" },
  { vi: "Mây tre đan", en: "Rattan and bamboo basket", subgroup: "HANDICRAFT_WOOD", unit: "cái", unitEn: "piece", price: [60, 400], weight: 1, theme: "Thủ công mỹ nghệ" },
  { vi: "Khăn thổ cẩm", en: "Brocade scarf", subgroup: "HANDICRAFT_TEXTILE", unit: "chiếc", unitEn: "piece", price: [150, 600], weight: 1, theme: "Thủ công mỹ nghệ" },
  { vi: "Lan hồ điệp", en: "Moth orchids", subgroup: "ORNAMENTAL_FLOWER", unit: "chậu", unitEn: "pot", price: [300, 1500], weight: 0.5, theme: "Sinh vật cảnh" },
  { vi: "Homestay trải nghiệm", en: "Homestay experience", subgroup: "TOURISM_COMMUNITY", unit: "đêm", unitEn: "night", price: [300, 900], weight: 0.3, theme: "Du lịch cộng đồng" },
];

const QUALIFIERS = ["", "", "", "đặc biệt", "hữu cơ", "truyền thống", "thượng hạng", "loại 1", "hộp quà", "cổ truyền", "sạch", "đặc sản"];
const QUALIFIERS_EN: Record<string, string> = {
  "": "",
  "đặc biệt": "special",
  "hữu cơ": "organic",
  "truyền thống": "traditional",
  "thượng hạng": "premium",
  "loại 1": "grade 1",
  "hộp quà": "gift box",
  "cổ truyền": "heritage",
  sạch: "clean",
  "đặc sản": "speciality",
};

// ───────────────────────────── Random ─────────────────────────────

/** mulberry32: small, fast, seedable. */
function makeRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

/** The calendar day of a UTC-midnight millisecond count (the arithmetic below adds whole days to those). */
function isoDay(ms: number): string {
  return dateToDay(new Date(ms));
}

const DAY_MS = 86_400_000;

// ───────────────────────────── Generator ─────────────────────────────

async function countRows(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
  return Number(rows[0].n);
}

export async function generateNational(client: pg.ClientBase, partial: Partial<GenerateOptions> = {}): Promise<GenerateResult> {
  const o: GenerateOptions = { ...DEFAULT_GENERATE_OPTIONS, ...partial };
  const started = performance.now();
  const random = makeRandom(o.seed);
  // A stream of its own for what came later (bank accounts, orders), so the rest is the same data as before.
  const orderRandom = makeRandom(o.seed + 1);
  // A short tag keeps ids, slugs and codes unique if the generator runs again with --force.
  const tag = randomBytes(3).toString("hex");
  const now = isoTimestamp(nowMs());
  const todayMs = Date.parse(`${o.today}T00:00:00Z`);

  const existingProducts = await countRows(client, "products");
  const existingProducers = await countRows(client, "producers");
  if (!o.force && (existingProducts > DEMO_PRODUCTS.length || existingProducers > DEMO_PRODUCERS.length)) {
    throw new RefusedError(
      `The database already holds ${existingProducts} products and ${existingProducers} producers, more than the demo data. ` +
        `Use a fresh database, or pass --force to add generated data anyway.`,
    );
  }

  let regionTotal = 0;
  let certificateCount = 0;
  let events = 0;
  let fairCount = 0;
  let exhibitors = 0;
  let orderCounts = { orders: 0, orderParts: 0, orderItems: 0, orderEvents: 0, payments: 0 };
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit TO OFF");

    // Subgroups: reuse the demo ones (created here if the demo was never seeded).
    const subgroupIds = new Map<string, string>();
    for (const [position, s] of DEMO_SUBGROUPS.entries()) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "subgroups" ("id", "code", "group", "nameVi", "nameEn", "position") VALUES ($1, $2, $3::"OcopGroup", $4, $5, $6)
         ON CONFLICT ("code") DO UPDATE SET "code" = EXCLUDED."code" RETURNING "id"`,
        [`g${tag}-sg${position}`, s.code, s.group, s.nameVi, s.nameEn, position],
      );
      subgroupIds.set(s.code, rows[0].id);
    }
    const subgroupByCode = new Map(DEMO_SUBGROUPS.map((s) => [s.code, s]));

    // Regions: provinces and their communes.
    const regions = new BulkInsert(client, "regions", [
      ["id", "text"], ["code", "text"], ["slug", "text"], ["name", "text"], ["nameEn", "text"], ["level", '"RegionLevel"'], ["parentId", "text"], ["validFrom", "date"],
    ], o.chunkSize);
    /** A commune since the reform, in `province`; `formerProvince` is the province its area belonged to before. */
    interface Commune { id: string; name: string; province: string; formerProvince: string }
    const communes: Commune[] = [];
    const provinceIds = new Map<string, string>();
    const english = (name: string) => slugify(name).replace(/-/g, " ");
    for (const [p, { name: province, former }] of PROVINCES_SINCE_REFORM.entries()) {
      const provinceId = `g${tag}-rp${p}`;
      const provinceCode = `G${tag}-${String(p + 1).padStart(2, "0")}`;
      await regions.push(provinceId, provinceCode, `${slugify(province)}-${tag}`, province, english(province), "PROVINCE", null, null);
      provinceIds.set(province, provinceId);
      const used = new Set<string>();
      for (const [f, formerProvince] of former.entries()) {
        // A merged province keeps its former provinces as named areas (as the demo keeps Hà Giang).
        let parentId = provinceId;
        if (former.length > 1) {
          parentId = `g${tag}-ra${p}-${f}`;
          await regions.push(parentId, `${provinceCode}-A${f + 1}`, `${slugify(formerProvince)}-cu-${tag}`, formerProvince, english(formerProvince), "AREA", provinceId, null);
        }
        const target = Math.ceil(o.communesPerProvince / former.length);
        for (let c = 0, made = 0; made < target && c < target * 20; c++) {
          const name = `${random.pick(COMMUNE_FIRST)} ${random.pick(COMMUNE_SECOND)}`;
          // Distinct in the province once folded ("Thạnh Ninh" and "Thanh Ninh" share a slug).
          if (used.has(slugify(name)) || name.split(" ")[0] === name.split(" ")[1]) continue;
          used.add(slugify(name));
          made++;
          const id = `g${tag}-rc${p}-${used.size}`;
          await regions.push(id, `${provinceCode}-${String(used.size).padStart(3, "0")}`, `${slugify(name)}-${slugify(province)}-${tag}`, name, null, "COMMUNE", parentId, REFORM_DAY);
          communes.push({ id, name, province, formerProvince });
        }
      }
    }
    await regions.flush();
    regionTotal = regions.total;
    o.log(`regions: ${regions.total}`);

    // Producers.
    const kindWeights = PRODUCT_KINDS.map((k) => k.weight);
    const totalWeight = kindWeights.reduce((a, b) => a + b, 0);
    const pickKind = (): number => {
      let r = random.next() * totalWeight;
      for (let i = 0; i < PRODUCT_KINDS.length; i++) {
        r -= kindWeights[i];
        if (r <= 0) return i;
      }
      return PRODUCT_KINDS.length - 1;
    };
    // Shares of the national programme: ~38 % cooperatives, ~35 % households, ~24 % enterprises.
    const pickLegalForm = (): LegalForm => {
      const r = random.next();
      return r < 0.38 ? "COOPERATIVE" : r < 0.73 ? "HOUSEHOLD" : r < 0.97 ? "ENTERPRISE" : "COOPERATIVE_GROUP";
    };
    interface GenProducer { id: string; name: string; commune: Commune; specialty: number; payee: OrderSeller["payee"] }
    const producers: GenProducer[] = [];
    const producerInsert = new BulkInsert(client, "producers", [
      ["id", "text"], ["slug", "text"], ["name", "text"], ["legalForm", '"LegalForm"'], ["status", '"ProducerStatus"'], ["regionId", "text"],
      ["addressLine", "text"], ["storyVi", "text"], ["phone", "text"], ["representative", "text"], ["foundedYear", "int4"],
      ["registeredOn", "date"], ["searchText", "text"], ["bankBin", "text"], ["bankAccount", "text"], ["bankAccountName", "text"],
      ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize);
    for (let i = 0; i < o.producers; i++) {
      const commune = random.pick(communes);
      const specialty = pickKind();
      const kind = PRODUCT_KINDS[specialty];
      const legalForm = pickLegalForm();
      const person = `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
      const name =
        legalForm === "HOUSEHOLD"
          ? `Hộ kinh doanh ${person}`
          : legalForm === "COOPERATIVE"
            ? `Hợp tác xã ${kind.theme} ${commune.name}`
            : legalForm === "COOPERATIVE_GROUP"
              ? `Tổ hợp tác ${kind.theme} ${commune.name}`
              : `Công ty ${random.next() < 0.6 ? "TNHH" : "Cổ phần"} ${kind.theme} ${commune.name}`;
      const id = `g${tag}-pr${i}`;
      const foundedYear = random.int(1995, 2024);
      const registeredOn = `${random.int(Math.max(2019, foundedYear), 2025)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
      const label = LEGAL_FORM_LABELS[legalForm];
      // Two in three take transfers to an account of their own (a bank of the NAPAS list, the name as banks print it).
      const payee = orderRandom.next() < 0.65
        ? { bankBin: orderRandom.pick(BANKS).bin, bankAccount: String(orderRandom.int(100_000_000, 999_999_999)) + String(orderRandom.int(100, 9999)), bankAccountName: slugify(name).replace(/-/g, " ").toUpperCase() }
        : null;
      await producerInsert.push(
        id,
        `${slugify(name)}-${tag}${i}`,
        name,
        legalForm,
        "ACTIVE",
        commune.id,
        `Thôn ${random.int(1, 12)}, xã ${commune.name}, ${provinceTitle(commune.province)}`,
        `${name} làm ${kind.vi.toLowerCase()} tại xã ${commune.name}, ${provinceTitle(commune.province)}.`,
        `09${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`,
        person,
        foundedYear,
        registeredOn,
        buildProducerSearchText({ name, communeName: commune.name, areaNames: [...new Set([commune.province, commune.formerProvince])], legalFormLabel: label.vi, representative: person, keywords: [label.en] }),
        payee?.bankBin ?? null,
        payee?.bankAccount ?? null,
        payee?.bankAccountName ?? null,
        now,
        now,
      );
      producers.push({ id, name, commune, specialty, payee });
    }
    await producerInsert.flush();
    o.log(`producers: ${producerInsert.total}`);

    // Products and certificates.
    const productInsert = new BulkInsert(client, "products", [
      ["id", "text"], ["slug", "text"], ["producerId", "text"], ["status", '"ProductStatus"'], ["nameVi", "text"], ["nameEn", "text"],
      ["descriptionVi", "text"], ["group", '"OcopGroup"'], ["subgroupId", "text"], ["priceVnd", "int4"], ["unit", "text"], ["unitEn", "text"],
      ["stock", "int4"], ["gtin", "text"], ["isTourism", "bool"], ["publishedAt", "timestamp"], ["reviewedAt", "timestamp"],
      ["searchText", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize);
    const certificateInsert = new BulkInsert(client, "ocop_certificates", [
      ["id", "text"], ["productId", "text"], ["producerId", "text"], ["stars", "int4"], ["score", "int4"], ["level", '"CertificateLevel"'],
      ["decisionNumber", "text"], ["decisionDate", "date"], ["issuingBody", "text"], ["validUntil", "date"], ["status", '"CertificateStatus"'],
      ["productNameOnDecision", "text"], ["producerNameOnDecision", "text"], ["supersededById", "text"], ["revokedAt", "date"],
      ["revocationDecisionNumber", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize, [productInsert]);
    const { rows: gtinRows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "products" WHERE "gtin" LIKE '08938%'`);
    let gtinSeq = Number(gtinRows[0].n) * 7 + 1;
    interface GenProduct { id: string; producer: GenProducer; unit: string; kind: ProductKind; nameVi: string; nameEn: string | null; priceVnd: number }
    const products: GenProduct[] = [];
    const scoreFor = (stars: number) => (stars === 5 ? random.int(90, 100) : stars === 4 ? random.int(70, 89) : random.int(50, 69));
    /** Who recognised the product on that day (OCOP.md): never a former province after the reform. */
    const issuer = (stars: number, decisionDate: string, commune: Commune): [CertificateLevel, string] => {
      if (stars === 5) return ["NATIONAL", decisionDate < MINISTRY_MERGED_ON ? "Bộ Nông nghiệp và Phát triển nông thôn" : "Bộ Nông nghiệp và Môi trường"];
      if (decisionDate >= REFORM_DAY) return ["PROVINCE", `UBND ${provinceTitle(commune.province)}`];
      if (stars === 3 && decisionDate >= DISTRICT_LEVEL_FROM) return ["DISTRICT", "UBND huyện (cấp huyện cũ)"];
      return ["PROVINCE", `UBND ${provinceTitle(commune.formerProvince)}`];
    };
    const validFromMs = Date.parse(addMonths(o.today, -36) + "T00:00:00Z") + DAY_MS;
    const randomDecision = (fromMs: number, toMs: number) => isoDay(fromMs + Math.floor(random.next() * Math.max(1, toMs - fromMs)));
    const pushCertificate = async (c: {
      productId: string; producer: GenProducer; nameVi: string; stars: number; decisionDate: string; status: "VALID" | "SUPERSEDED" | "REVOKED"; supersededById?: string; id?: string;
    }) => {
      const id = c.id ?? `g${tag}-c${certificateCount}`;
      certificateCount++;
      const decisionMs = Date.parse(`${c.decisionDate}T00:00:00Z`);
      const [level, body] = issuer(c.stars, c.decisionDate, c.producer.commune);
      await certificateInsert.push(
        id, c.productId, c.producer.id, c.stars, scoreFor(c.stars), level,
        `${random.int(1, 3999)}/QĐ-${level === "NATIONAL" ? "BNN" : "UBND"}`, c.decisionDate, body, certificateValidUntil(c.decisionDate), c.status,
        c.nameVi, c.producer.name, c.supersededById ?? null,
        c.status === "REVOKED" ? isoDay(Math.min(todayMs - 30 * DAY_MS, decisionMs + 400 * DAY_MS)) : null,
        c.status === "REVOKED" ? `${random.int(1, 3999)}/QĐ-UBND` : null,
        now, now,
      );
      return id;
    };

    for (let i = 0; i < o.products; i++) {
      // Every producer gets at least one product while there are enough products to go round.
      const producer = i < producers.length ? producers[i] : random.pick(producers);
      const kindIndex = random.next() < 0.6 ? producer.specialty : pickKind();
      const kind = PRODUCT_KINDS[kindIndex];
      const subgroup = subgroupByCode.get(kind.subgroup)!;
      const qualifier = random.pick(QUALIFIERS);
      const place = random.next() < 0.7 ? producer.commune.name : producer.commune.province;
      const nameVi = [kind.vi, qualifier, place].filter(Boolean).join(" ");
      // e.g. "Mint-flower honey (organic), Dong Van"; 15 % have no English name (the fallback path).
      const placeEn = slugify(place).split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
      const nameEn = random.next() < 0.85 ? `${kind.en}${qualifier ? ` (${QUALIFIERS_EN[qualifier]})` : ""}, ${placeEn}` : null;
      const id = `g${tag}-p${i}`;
      const group = OCOP_GROUP_LABELS[subgroup.group as OcopGroup];
      const publishedMs = Date.parse("2024-01-01T00:00:00Z") + Math.floor(random.next() * (todayMs - Date.parse("2024-01-01T00:00:00Z")));
      let gtin: string | null = null;
      if (random.next() < 0.3) {
        const body = `8938${String(gtinSeq).padStart(8, "0")}`;
        // Stored as GTIN-14 like every GTIN (the 13-digit EAN left-padded with a zero).
        gtin = `0${body}${gtinCheckDigit(body)}`;
        gtinSeq++;
      }
      // Drawn in the order they always were (price, then stock).
      const priceVnd = random.int(kind.price[0], kind.price[1]) * 1000;
      const stock = random.next() < 0.05 ? 0 : random.int(1, 500);
      await productInsert.push(
        id,
        `${slugify(nameVi)}-${tag}${i}`,
        producer.id,
        "PUBLISHED",
        nameVi,
        nameEn,
        `${nameVi} của ${producer.name}. Sản phẩm OCOP của xã ${producer.commune.name}, ${provinceTitle(producer.commune.province)}.`,
        subgroup.group,
        subgroupIds.get(kind.subgroup),
        priceVnd,
        kind.unit,
        kind.unitEn,
        stock,
        gtin,
        subgroup.group === "TOURISM",
        isoTimestamp(publishedMs),
        isoTimestamp(publishedMs),
        buildProductSearchText({
          nameVi,
          nameEn,
          producerName: producer.name,
          communeName: producer.commune.name,
          groupLabels: [group.vi, group.en],
          subgroupName: subgroup.nameVi,
          keywords: [...new Set([subgroup.nameEn, producer.commune.province, producer.commune.formerProvince])],
        }),
        now,
        now,
      );
      products.push({ id, producer, unit: kind.unit, kind, nameVi, nameEn, priceVnd });

      // Certificates: 78 % one valid, 8 % an upgrade (older 3★ superseded by a valid 4★/5★),
      // 12 % only an expired one, 2 % revoked.
      const r = random.next();
      if (r < 0.78) {
        const s = random.next();
        const stars = s < 0.015 ? 5 : s < 0.27 ? 4 : 3;
        await pushCertificate({ productId: id, producer, nameVi, stars, decisionDate: randomDecision(validFromMs, todayMs), status: "VALID" });
      } else if (r < 0.86) {
        const newer = randomDecision(Date.parse("2024-06-01T00:00:00Z"), todayMs);
        const newId = await pushCertificate({ productId: id, producer, nameVi, stars: random.next() < 0.1 ? 5 : 4, decisionDate: newer, status: "VALID" });
        await pushCertificate({
          productId: id, producer, nameVi, stars: 3, status: "SUPERSEDED", supersededById: newId,
          decisionDate: randomDecision(Date.parse("2021-01-01T00:00:00Z"), Date.parse("2024-05-01T00:00:00Z")),
        });
      } else if (r < 0.98) {
        await pushCertificate({
          productId: id, producer, nameVi, stars: random.next() < 0.8 ? 3 : 4, status: "VALID",
          decisionDate: randomDecision(Date.parse("2019-06-01T00:00:00Z"), validFromMs - 2 * DAY_MS),
        });
      } else {
        await pushCertificate({ productId: id, producer, nameVi, stars: 3, decisionDate: randomDecision(validFromMs, todayMs - 60 * DAY_MS), status: "REVOKED" });
      }
    }
    await productInsert.flush();
    await certificateInsert.flush();
    o.log(`products: ${productInsert.total}, certificates: ${certificateInsert.total}`);

    // Batches with 1–2 trace events each.
    const batchInsert = new BulkInsert(client, "batches", [
      ["id", "text"], ["code", "text"], ["productId", "text"], ["lotCode", "text"], ["productionDate", "date"], ["expiryDate", "date"],
      ["quantity", "int4"], ["quantityUnit", "text"], ["growingArea", "text"], ["isPublic", "bool"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize);
    const eventInsert = new BulkInsert(client, "trace_events", [
      ["id", "text"], ["batchId", "text"], ["type", '"TraceEventType"'], ["occurredOn", "date"], ["place", "text"], ["actor", "text"], ["note", "text"], ["createdAt", "timestamp"],
    ], o.chunkSize, [batchInsert]);
    const lotsPerProduct = new Uint16Array(products.length);
    const firstMs = Date.parse("2023-01-01T00:00:00Z");
    for (let b = 0; b < o.batches; b++) {
      const index = b < products.length ? b : random.int(0, products.length - 1);
      const product = products[index];
      const lot = ++lotsPerProduct[index];
      const productionMs = firstMs + Math.floor(random.next() * (todayMs - firstMs));
      const productionDate = isoDay(productionMs);
      const batchId = `g${tag}-b${b}`;
      const place = `xã ${product.producer.commune.name}, ${provinceTitle(product.producer.commune.province)}`;
      await batchInsert.push(
        batchId,
        `G${tag}-${b.toString(36).toUpperCase()}`,
        product.id,
        `L${productionDate.slice(2, 4)}${String(lot).padStart(4, "0")}`,
        productionDate,
        random.next() < 0.15 ? null : isoDay(productionMs + random.int(180, 730) * DAY_MS),
        random.int(10, 5_000),
        product.unit,
        place,
        random.next() < 0.9,
        now,
        now,
      );
      const firstType: TraceEventType = product.kind.subgroup.startsWith("HANDICRAFT") || product.kind.subgroup.startsWith("FOOD_PROCESSED") ? "PROCESSING" : "HARVEST";
      await eventInsert.push(`${batchId}-e0`, batchId, firstType, isoDay(productionMs - random.int(1, 20) * DAY_MS), place, product.producer.name, "", now);
      events++;
      if (random.next() < 0.5) {
        await eventInsert.push(`${batchId}-e1`, batchId, "PACKAGING", productionDate, place, product.producer.name, "Đóng gói, dán tem truy xuất.", now);
        events++;
      }
    }
    await batchInsert.flush();
    await eventInsert.flush();
    o.log(`batches: ${batchInsert.total}, trace events: ${eventInsert.total}`);

    // Trade fairs: one in each province (a generated venue, address, daily hours and directions),
    // spread from half a year ago to half a year ahead, with exhibitors of that province, and a
    // national fair in Hà Nội next month with hundreds of exhibitors, as the public fair page must carry.
    const fairInsert = new BulkInsert(client, "fairs", [
      ["id", "text"], ["slug", "text"], ["nameVi", "text"], ["nameEn", "text"], ["descriptionVi", "text"], ["startsOn", "date"], ["endsOn", "date"],
      ["venue", "text"], ["province", "text"], ["registrationDeadline", "timestamp"], ["registrationOpen", "bool"], ["boothCapacity", "int4"],
      ["feeVnd", "int4"], ["subsidyPercent", "int4"], ["opensAt", "text"], ["closesAt", "text"], ["address", "text"], ["directionsVi", "text"],
      ["directionsEn", "text"], ["regionId", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize);
    const requestInsert = new BulkInsert(client, "booth_requests", [
      ["id", "text"], ["fairId", "text"], ["producerId", "text"], ["boothCount", "int4"], ["status", '"BoothRequestStatus"'], ["decidedAt", "timestamp"],
      ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
    ], o.chunkSize, [fairInsert]);
    const requestProductInsert = new BulkInsert(client, "booth_request_products", [["requestId", "text"], ["productId", "text"]], o.chunkSize, [requestInsert]);
    const assignmentInsert = new BulkInsert(client, "booth_assignments", [["fairId", "text"], ["number", "int4"], ["requestId", "text"]], o.chunkSize, [requestInsert]);
    const productsOf = new Map<string, string[]>();
    for (const product of products) productsOf.set(product.producer.id, [...(productsOf.get(product.producer.id) ?? []), product.id]);
    const producersIn = new Map<string, GenProducer[]>();
    for (const producer of producers) producersIn.set(producer.commune.province, [...(producersIn.get(producer.commune.province) ?? []), producer]);
    const fairs: { province: string; startMs: number; days: number; capacity: number; exhibitors: number; national: boolean }[] = [
      { province: "Hà Nội", startMs: todayMs + 30 * DAY_MS, days: 5, capacity: 600, exhibitors: 450, national: true },
      ...PROVINCES_SINCE_REFORM.map(({ name }, p) => ({ province: name, startMs: todayMs + (p * 11 - 180) * DAY_MS, days: 3, capacity: 60, exhibitors: 24, national: false })),
    ];
    let exhibitorTotal = 0;
    for (const [f, fair] of fairs.entries()) {
      const fairId = `g${tag}-f${f}`;
      const title = provinceTitle(fair.province);
      const year = isoDay(fair.startMs).slice(0, 4);
      const nameVi = fair.national ? `Hội chợ OCOP toàn quốc ${year}` : `Hội chợ OCOP ${title} ${year}`;
      const nameEn = fair.national ? `National OCOP Fair ${year}` : `${english(fair.province).replace(/\b\w/g, (c) => c.toUpperCase())} OCOP Fair ${year}`;
      const pool = fair.national ? producers : (producersIn.get(fair.province) ?? []);
      const street = `${random.pick(COMMUNE_FIRST)} ${random.pick(COMMUNE_SECOND)}`;
      const deadlineMs = fair.startMs - 15 * DAY_MS + 10 * 3_600_000; // 17:00 in Vietnam, 15 days before
      await fairInsert.push(
        fairId,
        `${slugify(nameVi)}-${tag}${f}`,
        nameVi,
        nameEn,
        `${nameVi}: sản phẩm OCOP từ 3 sao ${fair.national ? "của các tỉnh, thành" : `của các xã trong ${title}`}. Dữ liệu sinh để đo hiệu năng.`,
        isoDay(fair.startMs),
        isoDay(fair.startMs + (fair.days - 1) * DAY_MS),
        fair.national ? "Trung tâm Hội chợ Triển lãm (dữ liệu sinh)" : `Nhà thi đấu ${title} (dữ liệu sinh)`,
        fair.province,
        isoTimestamp(deadlineMs),
        deadlineMs > todayMs,
        fair.capacity,
        random.int(2, 8) * 1_000_000,
        random.pick([0, 30, 50, 50]),
        random.pick(["07:30", "08:00", "08:30"]),
        random.pick(["21:00", "21:30", "22:00"]),
        `Số ${random.int(1, 300)} đường ${street}, ${title}`,
        `Từ bến xe trung tâm đi taxi khoảng ${random.int(5, 25)} phút; có bãi gửi xe máy và ô tô cạnh cổng chính.`,
        `About ${random.int(5, 25)} minutes by taxi from the central bus station; motorbike and car parking by the main gate.`,
        provinceIds.get(fair.province) ?? null,
        now,
        now,
      );
      // Distinct producers of the pool, one booth each, showing up to three of their products.
      const chosen = new Set<GenProducer>();
      for (let tries = 0; chosen.size < Math.min(fair.exhibitors, pool.length) && tries < fair.exhibitors * 20; tries++) chosen.add(random.pick(pool));
      let booth = 0;
      for (const producer of chosen) {
        const requestId = `${fairId}-r${booth}`;
        const appliedMs = deadlineMs - random.int(1, 40) * DAY_MS;
        await requestInsert.push(requestId, fairId, producer.id, 1, "APPROVED", isoTimestamp(appliedMs + 2 * DAY_MS), isoTimestamp(appliedMs), isoTimestamp(appliedMs));
        for (const productId of (productsOf.get(producer.id) ?? []).slice(0, 3)) await requestProductInsert.push(requestId, productId);
        await assignmentInsert.push(fairId, ++booth, requestId);
      }
      exhibitorTotal += chosen.size;
    }
    await fairInsert.flush();
    await requestInsert.flush();
    await requestProductInsert.flush();
    await assignmentInsert.flush();
    fairCount = fairInsert.total;
    o.log(`fairs: ${fairInsert.total}, exhibitors: ${exhibitorTotal}`);
    exhibitors = exhibitorTotal;

    // Orders of the last 12 months, to every producer with something on sale.
    const onSale = new Map<GenProducer, OrderSeller["products"][number][]>();
    for (const p of products) {
      const list = onSale.get(p.producer) ?? [];
      list.push({ id: p.id, nameVi: p.nameVi, nameEn: p.nameEn, unit: p.kind.unit, unitEn: p.kind.unitEn, priceVnd: p.priceVnd });
      onSale.set(p.producer, list);
    }
    const sellers: OrderSeller[] = producers.filter((producer) => onSale.has(producer)).map((producer) => ({ id: producer.id, payee: producer.payee, products: onSale.get(producer)! }));
    orderCounts = await insertNationalOrders(client, {
      random: orderRandom, tag, today: o.today, orders: o.orders, chunkSize: o.chunkSize, sellers, communeNames: communes.map((c) => c.name),
    });
    o.log(`orders: ${orderCounts.orders}, parts: ${orderCounts.orderParts}, lines: ${orderCounts.orderItems}, history steps: ${orderCounts.orderEvents}, payments: ${orderCounts.payments}`);

    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }

  for (const table of ["regions", "subgroups", "producers", "products", "ocop_certificates", "batches", "trace_events", "fairs", "booth_requests", "booth_request_products", "booth_assignments",
    "orders", "sub_orders", "order_items", "sub_order_events", "payments"]) {
    await client.query(`ANALYZE "${table}"`);
  }

  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "products" p
     WHERE p."status" = 'PUBLISHED' AND p."id" LIKE $1
       AND EXISTS (SELECT 1 FROM "ocop_certificates" c WHERE c."productId" = p."id" AND c."status" = 'VALID' AND c."stars" >= 3 AND c."validUntil" >= $2::date)`,
    [`g${tag}-%`, o.today],
  );

  return {
    regions: regionTotal,
    producers: o.producers,
    products: o.products,
    certificates: certificateCount,
    batches: o.batches,
    traceEvents: events,
    fairs: fairCount,
    exhibitors,
    ...orderCounts,
    certifiedProducts: Number(rows[0].n),
    seconds: (performance.now() - started) / 1000,
  };
}
