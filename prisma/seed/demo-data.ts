/**
 * DEMO DATA — ILLUSTRATIVE ONLY. NOT AN OFFICIAL LIST.
 *
 * The demo district is Vị Xuyên (former district of Hà Giang, now in Tuyên Quang province after the
 * 2025 reform). The numbers mirror the baseline of the 2021–2025 OCOP resolution of the district Party
 * Committee (Ban Chấp hành Đảng bộ huyện Vị Xuyên khóa XXIV): 19 products at 3★+, 17 at 3★ and 2 at 4★;
 * 13 tea, 2 fresh food, 1 handicraft, 2 spices, 1 processed food. Every person, phone number, decision
 * number, score, GTIN, lot, lab result and certificate below is made up for demonstration; the only
 * bank account is a fictitious one on a fictitious company (DEMO_BANK_ACCOUNT). The 12 current communes
 * carry their official codes and names (lib/data/communes-2025.json, where the demo's spelling "Hòa",
 * "Thủy" is the source's "Hoà", "Thuỷ"); the areas' codes, the pre-reform communes' codes and the
 * mapping of old communes to new ones are illustrative (see ../../../shared/OCOP.md: "mapping
 * unverified"): check them against the official lists before using this data for anything real.
 *
 * Region tree used by the demo:
 *   Tuyên Quang (PROVINCE, "08")
 *   ├─ Hà Giang (AREA: the former province, "02")
 *   │  └─ Vị Xuyên (AREA: the former district, "030")
 *   │     ├─ 12 communes since 01/07/2025 (COMMUNE, validFrom 2025-07-01, official codes)
 *   │     └─ 3 pre-reform communes/towns (COMMUNE, validTo 2025-06-30), kept as certificate addresses
 *   └─ the province's 112 other communes (official list, loaded beside the demo: seedCommunes)
 *
 * Dates are ISO "YYYY-MM-DD" (calendar dates, stored as @db.Date) unless a field says otherwise.
 */
import type {
  CertificateLevel,
  CertificateStatus,
  CertificationKind,
  CommitmentKind,
  IdeaStatus,
  LegalForm,
  OcopGroup,
  ProductStatus,
  RegionLevel,
  Role,
  TraceEventType,
} from "../../generated/prisma/enums";
import { addMonths } from "../../lib/clock";
import { gtinCheckDigit } from "../../lib/gtin";

/** The day the counts below are stated for (./reference-date.ts). Certificates are valid 36 months from the decision. */
export { DEMO_REFERENCE_DATE } from "./reference-date";
export const CERTIFICATE_VALIDITY_MONTHS = 36;

export function certificateValidUntil(decisionDate: string): string {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

// ───────────────────────────── Accounts ─────────────────────────────

/**
 * Demo sign-ins (README and tests refer to these). Change the passwords on any real deployment.
 * Officers act in their region (server/auth/scope.ts): the district officer in the former district's
 * area (code "030", the whole demo), the commune officer in Thanh Thủy alone.
 */
export const DEMO_ACCOUNTS = {
  officer: {
    email: "canbo@ocop.local",
    password: "ocop-demo-2025",
    name: "Cán bộ OCOP Vị Xuyên",
    role: "ADMIN" as Role,
    producerSlug: null as string | null,
    regionCode: "030" as string | null,
  },
  communeOfficer: {
    email: "canbo.thanhthuy@ocop.local",
    password: "ocop-demo-2025",
    name: "Cán bộ OCOP xã Thanh Thủy",
    role: "ADMIN" as Role,
    producerSlug: null as string | null,
    regionCode: "00928" as string | null,
  },
  producer: {
    email: "hoptacxa@ocop.local",
    password: "ocop-demo-2025",
    name: "Nguyễn Thị Lan (HTX Chổi chít Việt Lâm)",
    role: "PRODUCER" as Role,
    producerSlug: "htx-choi-chit-viet-lam" as string | null,
    regionCode: null as string | null,
  },
} as const;

// ───────────────────────────── Regions ─────────────────────────────

export interface DemoRegion {
  code: string;
  slug: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  parentCode: string | null;
  validFrom?: string;
  validTo?: string;
  /** A pre-reform commune: the code of the commune it became part of on 01/07/2025. */
  mergedIntoCode?: string;
}

const REFORM_START = "2025-07-01";
const REFORM_END_OF_OLD = "2025-06-30";

function commune(code: string, slug: string, name: string, nameEn: string): DemoRegion {
  return { code, slug, name, nameEn, level: "COMMUNE", parentCode: "030", validFrom: REFORM_START };
}

function oldCommune(code: string, slug: string, name: string, nameEn: string, mergedIntoCode: string): DemoRegion {
  return { code, slug, name, nameEn, level: "COMMUNE", parentCode: "030", validTo: REFORM_END_OF_OLD, mergedIntoCode };
}

/**
 * Parents come before children. The current communes have their official codes, so the seed's load of
 * the official list (prisma/seed/official-regions.ts, seedCommunes) finds them already there and leaves them
 * under the demo's former district; the other codes are illustrative and none is an official commune's.
 */
export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: "08", slug: "tuyen-quang", name: "Tuyên Quang", nameEn: "Tuyen Quang", level: "PROVINCE", parentCode: null },
  { code: "02", slug: "ha-giang", name: "Hà Giang", nameEn: "Ha Giang", level: "AREA", parentCode: "08" },
  { code: "030", slug: "huyen-vi-xuyen", name: "Vị Xuyên", nameEn: "Vi Xuyen", level: "AREA", parentCode: "02" },
  commune("00913", "vi-xuyen", "Vị Xuyên", "Vi Xuyen"),
  commune("00967", "viet-lam", "Việt Lâm", "Viet Lam"),
  commune("00952", "cao-bo", "Cao Bồ", "Cao Bo"),
  commune("00958", "thuong-son", "Thượng Sơn", "Thuong Son"),
  commune("00925", "tung-ba", "Tùng Bá", "Tung Ba"),
  commune("00922", "thuan-hoa", "Thuận Hòa", "Thuan Hoa"),
  commune("00919", "minh-tan", "Minh Tân", "Minh Tan"),
  commune("00970", "linh-ho", "Linh Hồ", "Linh Ho"),
  commune("00976", "bach-ngoc", "Bạch Ngọc", "Bach Ngoc"),
  commune("00706", "phu-linh", "Phú Linh", "Phu Linh"),
  commune("00928", "thanh-thuy", "Thanh Thủy", "Thanh Thuy"),
  commune("00937", "lao-chai", "Lao Chải", "Lao Chai"),
  oldCommune("00850", "phuong-tien-cu", "Phương Tiến", "Phuong Tien", "00928"),
  oldCommune("00853", "dao-duc-cu", "Đạo Đức", "Dao Duc", "00913"),
  oldCommune("00796", "thi-tran-nong-truong-viet-lam-cu", "Thị trấn Nông trường Việt Lâm", "Nong Truong Viet Lam town", "00967"),
];

/** Current communes of the demo area (for pickers and tests). */
export const DEMO_CURRENT_COMMUNE_CODES = DEMO_REGIONS.filter((r) => r.level === "COMMUNE" && !r.validTo).map((r) => r.code);

// ───────────────────────────── Subgroups ─────────────────────────────

export interface DemoSubgroup {
  code: string;
  group: OcopGroup;
  nameVi: string;
  nameEn: string;
}

/** Subgroups under 148/QĐ-TTg as data; wording is ours where the text is unverified (tea). */
export const DEMO_SUBGROUPS: readonly DemoSubgroup[] = [
  { code: "FOOD_FRESH", group: "FOOD", nameVi: "Nông sản, thực phẩm tươi sống", nameEn: "Fresh produce and meat" },
  { code: "FOOD_RAW", group: "FOOD", nameVi: "Nông sản thô, sơ chế", nameEn: "Raw and pre-processed produce" },
  { code: "FOOD_HONEY", group: "FOOD", nameVi: "Mật ong và sản phẩm từ mật ong", nameEn: "Honey and honey products" },
  { code: "FOOD_PROCESSED", group: "FOOD", nameVi: "Thực phẩm chế biến", nameEn: "Processed food" },
  { code: "FOOD_SPICE", group: "FOOD", nameVi: "Gia vị", nameEn: "Spices" },
  { code: "FOOD_TEA", group: "FOOD", nameVi: "Chè và sản phẩm từ chè", nameEn: "Tea and tea products" },
  { code: "FOOD_COFFEE_COCOA", group: "FOOD", nameVi: "Cà phê, ca cao", nameEn: "Coffee and cocoa" },
  { code: "BEVERAGE_ALCOHOL", group: "BEVERAGE", nameVi: "Đồ uống có cồn", nameEn: "Alcoholic drinks" },
  { code: "BEVERAGE_NON_ALCOHOLIC", group: "BEVERAGE", nameVi: "Đồ uống không cồn", nameEn: "Non-alcoholic drinks" },
  { code: "HERBAL_MEDICINE", group: "HERBAL", nameVi: "Thực phẩm chức năng, thuốc từ dược liệu", nameEn: "Herbal medicines and supplements" },
  { code: "HERBAL_COSMETIC", group: "HERBAL", nameVi: "Mỹ phẩm có thành phần từ dược liệu", nameEn: "Cosmetics with herbs" },
  { code: "HERBAL_ESSENTIAL_OIL", group: "HERBAL", nameVi: "Tinh dầu và dược liệu khác", nameEn: "Essential oils and other herbal products" },
  { code: "HANDICRAFT_WOOD", group: "HANDICRAFT", nameVi: "Đồ gỗ, mây tre", nameEn: "Wood, rattan and bamboo" },
  { code: "HANDICRAFT_FIBRE", group: "HANDICRAFT", nameVi: "Sản phẩm từ sợi thực vật", nameEn: "Natural fibre products" },
  { code: "HANDICRAFT_TEXTILE", group: "HANDICRAFT", nameVi: "Dệt may, thêu thổ cẩm", nameEn: "Textiles and embroidery" },
  { code: "ORNAMENTAL_FLOWER", group: "ORNAMENTAL", nameVi: "Hoa", nameEn: "Flowers" },
  { code: "ORNAMENTAL_PLANT", group: "ORNAMENTAL", nameVi: "Cây cảnh", nameEn: "Bonsai and ornamental plants" },
  { code: "ORNAMENTAL_ANIMAL", group: "ORNAMENTAL", nameVi: "Động vật cảnh", nameEn: "Ornamental animals" },
  {
    code: "TOURISM_COMMUNITY",
    group: "TOURISM",
    nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    nameEn: "Community tourism, eco-tourism and tourist sites",
  },
];

// ───────────────────────────── Producers ─────────────────────────────

/**
 * Real cooperatives and households carry no bank account here: an invented number could belong to a
 * stranger. One clearly fictitious producer carries this clearly fictitious account instead.
 */
export const DEMO_BANK_ACCOUNT = "0000000000";

export interface DemoProducer {
  slug: string;
  name: string;
  legalForm: LegalForm;
  regionCode: string;
  addressLine: string;
  /** Address as printed on pre-reform certificates, where it differs. */
  certificateAddress?: string;
  certificateRegionCode?: string;
  storyVi: string;
  storyEn?: string;
  phone: string;
  email?: string;
  website?: string;
  representative: string;
  foundedYear?: number;
  registeredOn: string;
  bankBin?: string;
  bankAccount?: string;
  bankAccountName?: string;
  keywords?: readonly string[];
}

export const DEMO_PRODUCERS: readonly DemoProducer[] = [
  {
    slug: "htx-che-shan-tuyet-cao-bo",
    name: "Hợp tác xã Chè Shan tuyết Cao Bồ",
    legalForm: "COOPERATIVE",
    regionCode: "00952",
    addressLine: "Thôn Tham Vè, xã Cao Bồ, tỉnh Tuyên Quang",
    certificateAddress: "Thôn Tham Vè, xã Cao Bồ, huyện Vị Xuyên, tỉnh Hà Giang",
    storyVi:
      "Hợp tác xã gồm các hộ người Dao ở Cao Bồ chăm sóc **những cây chè Shan tuyết cổ thụ** hàng trăm năm tuổi trên độ cao trên 1.000 m. " +
      "Búp chè được hái tay, chế biến ngay trong ngày theo cách truyền thống kết hợp máy móc hiện đại.",
    storyEn:
      "A cooperative of Dao families in Cao Bồ who tend **centuries-old Shan tuyết tea trees** above 1,000 m. " +
      "Buds are hand-picked and processed the same day, traditional skill with modern machines.",
    phone: "0912 000 101",
    email: "htx.caobo@example.com",
    representative: "Triệu Văn Chỉn",
    foundedYear: 2015,
    registeredOn: "2019-04-12",
    keywords: ["chè cổ thụ", "người Dao"],
  },
  {
    slug: "htx-tra-peng",
    name: "Hợp tác xã Trà Pèng",
    legalForm: "COOPERATIVE",
    regionCode: "00928",
    addressLine: "Thôn Xà Phìn, xã Thanh Thủy, tỉnh Tuyên Quang",
    certificateAddress: "Thôn Xà Phìn, xã Phương Tiến, huyện Vị Xuyên, tỉnh Hà Giang",
    certificateRegionCode: "00850",
    storyVi:
      "Ở thôn Xà Phìn, các gia đình trồng và làm chè Shan tuyết cổ thụ theo ba dòng: **bạch trà**, **hồng trà** và **lục trà**. " +
      "Bạch trà chỉ làm từ búp non phủ lông tuyết, phơi héo tự nhiên.",
    storyEn:
      "In Xà Phìn village families make ancient Shan tuyết tea three ways: **white**, **red** and **green**. " +
      "The white tea uses only the downy young buds, withered naturally.",
    phone: "0912 000 102",
    email: "trapeng@example.com",
    representative: "Lý Thị Mai",
    foundedYear: 2018,
    registeredOn: "2020-05-15",
    keywords: ["Xà Phìn", "Phương Tiến", "bạch trà", "hồng trà", "lục trà"],
  },
  {
    slug: "htx-che-thanh-thuy",
    name: "Hợp tác xã Chè Thanh Thủy",
    legalForm: "COOPERATIVE",
    regionCode: "00928",
    addressLine: "Thôn Nặm Ngặt, xã Thanh Thủy, tỉnh Tuyên Quang",
    certificateAddress: "Thôn Nặm Ngặt, xã Thanh Thủy, huyện Vị Xuyên, tỉnh Hà Giang",
    storyVi:
      "Vùng chè Thanh Thủy sát biên giới, sương mù quanh năm, cho búp chè dày và hương thơm đặc trưng. " +
      "Hợp tác xã liên kết hơn 80 hộ trồng chè.",
    storyEn:
      "Thanh Thủy's tea grows by the border in year-round mist, giving thick buds and a distinctive aroma. " +
      "The cooperative works with more than 80 growing households.",
    phone: "0912 000 103",
    representative: "Hoàng Văn Thịnh",
    foundedYear: 2016,
    registeredOn: "2019-09-20",
  },
  {
    slug: "htx-choi-chit-viet-lam",
    name: "Hợp tác xã Chổi chít Việt Lâm",
    legalForm: "COOPERATIVE",
    regionCode: "00967",
    addressLine: "Tổ 5, xã Việt Lâm, tỉnh Tuyên Quang",
    certificateAddress: "Tổ 5, thị trấn Nông trường Việt Lâm, huyện Vị Xuyên, tỉnh Hà Giang",
    certificateRegionCode: "00796",
    storyVi:
      "Thành lập năm 2003, hợp tác xã tạo việc làm cho khoảng 185 lao động địa phương, làm chổi từ **bông chít** thu hái trên nương. " +
      "Nghề chổi chít Việt Lâm làm ra khoảng 1,5 triệu chiếc chổi mỗi năm.",
    storyEn:
      "Founded in 2003, the cooperative employs about 185 local workers making brooms from **tiger grass** gathered on the hills. " +
      "Việt Lâm's broom craft makes around 1.5 million brooms a year.",
    phone: "0912 000 104",
    email: "choichit.vietlam@example.com",
    representative: "Nguyễn Thị Lan",
    foundedYear: 2003,
    registeredOn: "2019-06-03",
    keywords: ["chổi", "broom", "tiger grass"],
  },
  {
    slug: "tht-che-shan-tuyet-lao-chai",
    name: "Tổ hợp tác Chè Shan tuyết Lao Chải",
    legalForm: "COOPERATIVE_GROUP",
    regionCode: "00937",
    addressLine: "Thôn Khâu Làn, xã Lao Chải, tỉnh Tuyên Quang",
    storyVi:
      "Mười hai hộ người Dao ở Lao Chải cùng làm chè Shan tuyết và sấy thảo quả dưới tán rừng.",
    storyEn: "Twelve Dao households in Lao Chải make Shan tuyết tea and dry cardamom grown under the forest canopy.",
    phone: "0912 000 105",
    representative: "Bàn Văn Quý",
    foundedYear: 2020,
    registeredOn: "2021-08-16",
    keywords: ["thảo quả", "cardamom"],
  },
  {
    slug: "hkd-che-thuong-son",
    name: "Hộ kinh doanh Chè Thượng Sơn",
    legalForm: "HOUSEHOLD",
    regionCode: "00958",
    addressLine: "Thôn Nà Lầu, xã Thượng Sơn, tỉnh Tuyên Quang",
    storyVi: "Gia đình anh Páo làm chè xanh Shan tuyết và nuôi ong lấy mật rừng từ năm 2010.",
    storyEn: "Páo's family has made Shan tuyết green tea and kept bees for forest honey since 2010.",
    phone: "0912 000 106",
    representative: "Hoàng Văn Páo",
    registeredOn: "2022-10-10",
  },
  {
    slug: "hkd-che-tung-ba",
    name: "Hộ kinh doanh Chè Tùng Bá",
    legalForm: "HOUSEHOLD",
    regionCode: "00925",
    addressLine: "Thôn Khuổi Kẹn, xã Tùng Bá, tỉnh Tuyên Quang",
    storyVi: "Một nương chè nhỏ, sao chè bằng chảo gang và củi như ông bà vẫn làm.",
    phone: "0912 000 107",
    representative: "Nông Thị Hiền",
    registeredOn: "2023-05-18",
  },
  {
    slug: "cong-ty-tnhh-che-vi-xuyen",
    name: "Công ty TNHH Chè Vị Xuyên",
    legalForm: "ENTERPRISE",
    regionCode: "00913",
    addressLine: "Số 12 đường Nguyễn Trãi, xã Vị Xuyên, tỉnh Tuyên Quang",
    certificateAddress: "Thôn Làng Má, xã Đạo Đức, huyện Vị Xuyên, tỉnh Hà Giang",
    certificateRegionCode: "00853",
    storyVi:
      "Doanh nghiệp thu mua chè búp tươi của bà con các xã Vị Xuyên, chế biến **trà túi lọc** và **chè vàng** theo tiêu chuẩn HACCP.",
    storyEn:
      "The company buys fresh tea leaves from growers across Vị Xuyên and makes **tea bags** and **yellow tea** under HACCP.",
    phone: "0219 3000 108",
    email: "lienhe@che-vixuyen.example.com",
    website: "https://che-vixuyen.example.com",
    representative: "Đỗ Minh Tuấn",
    foundedYear: 2017,
    registeredOn: "2020-11-02",
  },
  {
    slug: "htx-nong-nghiep-linh-ho",
    name: "Hợp tác xã Nông nghiệp Linh Hồ",
    legalForm: "COOPERATIVE",
    regionCode: "00970",
    addressLine: "Thôn Làng Khẻ, xã Linh Hồ, tỉnh Tuyên Quang",
    storyVi: "Hợp tác xã trồng chè Shan tuyết theo hướng hữu cơ và giữ giống chè địa phương.",
    storyEn: "The cooperative grows Shan tuyết tea organically and keeps the local tea variety.",
    phone: "0912 000 109",
    representative: "Lò Văn Thanh",
    foundedYear: 2021,
    registeredOn: "2022-04-25",
  },
  {
    slug: "hkd-cam-sanh-phu-linh",
    name: "Hộ kinh doanh Cam sành Phú Linh",
    legalForm: "HOUSEHOLD",
    regionCode: "00706",
    addressLine: "Thôn Nà Pồng, xã Phú Linh, tỉnh Tuyên Quang",
    storyVi: "Vườn cam sành 4 ha trên đồi, bón phân hữu cơ, thu hoạch từ tháng 11 đến Tết.",
    storyEn: "A 4-hectare hillside orchard of cam sành oranges, organically fertilised, picked from November to Tết.",
    phone: "0912 000 110",
    representative: "Vi Văn Hùng",
    registeredOn: "2024-02-26",
    keywords: ["cam", "orange"],
  },
  {
    slug: "tht-ga-den-minh-tan",
    name: "Tổ hợp tác Chăn nuôi gà đen Minh Tân",
    legalForm: "COOPERATIVE_GROUP",
    regionCode: "00919",
    addressLine: "Thôn Minh Phong, xã Minh Tân, tỉnh Tuyên Quang",
    storyVi: "Gà đen (gà H'Mông) thả đồi, nuôi bằng ngô và thảo dược, xuất chuồng sau ít nhất 6 tháng.",
    storyEn: "Black-boned H'Mông chickens free-ranging on the hills, fed corn and herbs, sold after at least six months.",
    phone: "0912 000 111",
    representative: "Sùng Mí Pó",
    foundedYear: 2024,
    registeredOn: "2025-01-14",
    keywords: ["gà H'Mông", "black chicken"],
  },
  {
    slug: "htx-duoc-lieu-thuan-hoa",
    name: "Hợp tác xã Dược liệu Thuận Hòa",
    legalForm: "COOPERATIVE",
    regionCode: "00922",
    addressLine: "Thôn Khuổi Luồn, xã Thuận Hòa, tỉnh Tuyên Quang",
    certificateAddress: "Thôn Khuổi Luồn, xã Thuận Hòa, huyện Vị Xuyên, tỉnh Hà Giang",
    storyVi: "Trồng gừng, sả và cất tinh dầu; nấu rượu ngô men lá theo bài thuốc của người Tày.",
    phone: "0912 000 112",
    representative: "Ma Thị Dung",
    foundedYear: 2019,
    registeredOn: "2021-03-08",
  },
  {
    slug: "cong-ty-cp-thuc-pham-ha-giang-xanh",
    name: "Công ty Cổ phần Thực phẩm Hà Giang Xanh",
    legalForm: "ENTERPRISE",
    regionCode: "00913",
    addressLine: "Khu công nghiệp Bình Vàng, xã Vị Xuyên, tỉnh Tuyên Quang",
    storyVi: "Chế biến thịt bò vàng vùng cao thành bò khô tẩm gia vị mắc khén, đóng gói hút chân không.",
    storyEn: "Turns highland yellow-cattle beef into dried beef with mắc khén pepper, vacuum-packed.",
    phone: "0219 3000 113",
    email: "sales@hagiangxanh.example.com",
    representative: "Phạm Quốc Bảo",
    foundedYear: 2024,
    registeredOn: "2025-03-03",
    // The only bank account in the demo, so a buyer can try paying by VietQR: a made-up company, and
    // an account number of zeros that no bank holds, named so that nobody mistakes it for a real one.
    bankBin: "970436",
    bankAccount: DEMO_BANK_ACCOUNT,
    bankAccountName: "TAI KHOAN MINH HOA - KHONG CHUYEN TIEN",
  },
];

// ───────────────────────────── Products and certificates ─────────────────────────────

export interface DemoCertificate {
  decisionNumber: string;
  decisionDate: string;
  stars: number;
  score: number | null;
  level: CertificateLevel;
  issuingBody: string;
  productNameOnDecision: string;
  /** Defaults to the producer's name. */
  producerNameOnDecision?: string;
  addressOnDecision?: string;
  /** The category as the decision names it (decisions before 24/02/2023 use the older group names). */
  categoryOnDecision?: string;
  status?: CertificateStatus;
  /** Decision number of the later certificate of the same product that replaced this one. */
  supersededByDecision?: string;
  revokedAt?: string;
  revocationDecisionNumber?: string;
  revocationReason?: string;
}

export interface DemoProduct {
  slug: string;
  producerSlug: string;
  status: ProductStatus;
  nameVi: string;
  nameEn: string | null;
  descriptionVi: string;
  descriptionEn?: string;
  group: OcopGroup;
  subgroupCode: string;
  priceVnd: number;
  unit: string;
  unitEn?: string;
  stock: number;
  gtin?: string;
  isTourism?: boolean;
  keywords?: readonly string[];
  certificates: readonly DemoCertificate[];
}

const DISTRICT_BODY = "UBND huyện Vị Xuyên";
const HA_GIANG_BODY = "UBND tỉnh Hà Giang";
const TUYEN_QUANG_BODY = "UBND tỉnh Tuyên Quang";

/** A 3★ recognised by the district (before the reform, i.e. decision before 2025-07-01). */
function district3(decisionNumber: string, decisionDate: string, score: number, productNameOnDecision: string, extra: Partial<DemoCertificate> = {}): DemoCertificate {
  return { decisionNumber, decisionDate, stars: 3, score, level: "DISTRICT", issuingBody: DISTRICT_BODY, productNameOnDecision, ...extra };
}

/** A certificate from the province: Hà Giang before 2025-07-01, Tuyên Quang after. */
function province(decisionNumber: string, decisionDate: string, stars: number, score: number, productNameOnDecision: string, extra: Partial<DemoCertificate> = {}): DemoCertificate {
  const body = decisionDate < REFORM_START ? HA_GIANG_BODY : TUYEN_QUANG_BODY;
  return { decisionNumber, decisionDate, stars, score, level: "PROVINCE", issuingBody: body, productNameOnDecision, ...extra };
}

// Illustrative GS1 Vietnam GTIN-13s (prefix 893); the check digit is computed, never typed.
const gtin = (body12: string) => body12 + String(gtinCheckDigit(body12));

const TEA_DESCRIPTION_EN = (what: string) =>
  `${what}\n\n- Brew 5 g in 150 ml of water at 85–90 °C for 1–2 minutes.\n- Keep dry, away from light and strong smells.`;

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  // ── 13 tea products (FOOD / FOOD_TEA): 11 at 3★, 2 at 4★ ──
  {
    slug: "che-shan-tuyet-co-thu-cao-bo",
    producerSlug: "htx-che-shan-tuyet-cao-bo",
    status: "PUBLISHED",
    nameVi: "Chè Shan tuyết cổ thụ Cao Bồ",
    nameEn: "Cao Bo Ancient Shan Tuyet Tea",
    descriptionVi:
      "Chè xanh làm từ búp của **cây chè Shan tuyết cổ thụ** ở Cao Bồ, thuộc vùng chỉ dẫn địa lý chè Shan tuyết Hà Giang.\n\n" +
      "- Nước xanh vàng, vị chát dịu, hậu ngọt sâu.\n- Pha 5 g chè với 150 ml nước 85–90 °C.\n\n" +
      "_Sản phẩm đạt 91 điểm ở cấp tỉnh — tiềm năng 5 sao._",
    descriptionEn: TEA_DESCRIPTION_EN("Green tea from the buds of **ancient Shan tuyết trees** in Cao Bồ, within the Hà Giang Shan tea geographical indication area."),
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 450_000,
    unit: "hộp 100 g",
    unitEn: "box 100 g",
    stock: 4,
    gtin: gtin("893604510001"),
    keywords: ["chè cổ thụ", "ancient tea", "tiềm năng 5 sao"],
    certificates: [
      province("1876/QĐ-UBND", "2025-09-15", 4, 91, "Chè Shan tuyết cổ thụ Cao Bồ"),
      district3("512/QĐ-UBND", "2024-03-20", 66, "Chè Shan tuyết Cao Bồ", {
        status: "SUPERSEDED",
        supersededByDecision: "1876/QĐ-UBND",
        addressOnDecision: "Xã Cao Bồ, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "hong-tra-shan-tuyet-cao-bo",
    producerSlug: "htx-che-shan-tuyet-cao-bo",
    status: "PUBLISHED",
    nameVi: "Hồng trà Shan tuyết Cao Bồ",
    nameEn: "Cao Bo Shan Tuyet Red Tea",
    descriptionVi: "Hồng trà lên men hoàn toàn từ búp chè Shan tuyết, nước đỏ hổ phách, hương mật ong.\n\n- Pha với nước sôi 95 °C.",
    descriptionEn: TEA_DESCRIPTION_EN("Fully oxidised red tea from Shan tuyết buds: amber liquor with a honey aroma."),
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 320_000,
    unit: "hộp 100 g",
    unitEn: "box 100 g",
    stock: 35,
    gtin: gtin("893604510002"),
    certificates: [district3("2456/QĐ-UBND", "2024-06-14", 58, "Hồng trà Shan tuyết Cao Bồ", { addressOnDecision: "Xã Cao Bồ, huyện Vị Xuyên, tỉnh Hà Giang" })],
  },
  {
    slug: "che-shan-tuyet-thanh-thuy",
    producerSlug: "htx-che-thanh-thuy",
    status: "PUBLISHED",
    nameVi: "Chè Shan tuyết Thanh Thủy",
    nameEn: "Thanh Thuy Shan Tuyet Tea",
    descriptionVi: "Chè xanh sao khô từ vùng chè biên giới Thanh Thủy.\n\n- Búp một tôm hai lá.\n- Hương cốm, vị đậm.",
    descriptionEn: TEA_DESCRIPTION_EN("Pan-fired green tea from the border tea hills of Thanh Thủy."),
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 180_000,
    unit: "hộp 200 g",
    unitEn: "box 200 g",
    stock: 120,
    gtin: gtin("893604520001"),
    certificates: [district3("2456/QĐ-UBND", "2024-06-14", 62, "Chè Shan tuyết Thanh Thủy")],
  },
  {
    slug: "tra-peng-bach-tra",
    producerSlug: "htx-tra-peng",
    status: "PUBLISHED",
    nameVi: "Trà Pèng bạch trà Shan tuyết cổ thụ",
    nameEn: "Tra Peng Ancient Shan Tuyet White Tea",
    descriptionVi:
      "Bạch trà chỉ làm từ **búp non phủ lông tuyết** của cây chè cổ thụ thôn Xà Phìn, héo tự nhiên, không vò.\n\n- Pha với nước 80 °C, hãm 3 phút.",
    descriptionEn: "White tea from the **downy young buds** of Xà Phìn's ancient trees, naturally withered, never rolled.\n\n- Brew at 80 °C for 3 minutes.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 600_000,
    unit: "hộp 100 g",
    unitEn: "box 100 g",
    stock: 18,
    gtin: gtin("893604530001"),
    keywords: ["white tea"],
    certificates: [
      province("1532/QĐ-UBND", "2024-11-20", 4, 76, "Bạch trà Shan tuyết cổ thụ Trà Pèng", {
        addressOnDecision: "Thôn Xà Phìn, xã Phương Tiến, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "tra-peng-hong-tra",
    producerSlug: "htx-tra-peng",
    status: "PUBLISHED",
    nameVi: "Trà Pèng hồng trà Shan tuyết",
    nameEn: "Tra Peng Shan Tuyet Red Tea",
    descriptionVi: "Hồng trà từ chè Shan tuyết Xà Phìn, lên men tự nhiên.\n\n_Tạm hết hàng, vụ mới về tháng 4._",
    descriptionEn: "Red tea from Xà Phìn's Shan tuyết, naturally oxidised.\n\n_Sold out until the April harvest._",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 350_000,
    unit: "hộp 100 g",
    unitEn: "box 100 g",
    stock: 0,
    gtin: gtin("893604530002"),
    keywords: ["red tea", "black tea"],
    certificates: [
      district3("4180/QĐ-UBND", "2024-12-05", 61, "Hồng trà Shan tuyết Trà Pèng", {
        addressOnDecision: "Thôn Xà Phìn, xã Phương Tiến, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "tra-peng-luc-tra",
    producerSlug: "htx-tra-peng",
    status: "PUBLISHED",
    nameVi: "Trà Pèng lục trà Shan tuyết",
    nameEn: null,
    descriptionVi: "Lục trà (chè xanh) sao tay từ búp chè Shan tuyết cổ thụ Xà Phìn.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 280_000,
    unit: "hộp 100 g",
    stock: 42,
    gtin: gtin("893604530003"),
    keywords: ["green tea"],
    certificates: [
      district3("4180/QĐ-UBND", "2024-12-05", 57, "Lục trà Shan tuyết Trà Pèng", {
        addressOnDecision: "Thôn Xà Phìn, xã Phương Tiến, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "che-xanh-shan-tuyet-thuong-son",
    producerSlug: "hkd-che-thuong-son",
    status: "PUBLISHED",
    nameVi: "Chè xanh Shan tuyết Thượng Sơn",
    nameEn: "Thuong Son Shan Tuyet Green Tea",
    descriptionVi: "Chè xanh của gia đình, hái búp buổi sớm, sao chảo gang.",
    descriptionEn: "Family-made green tea, picked in the early morning and fired in a cast-iron pan.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 150_000,
    unit: "gói 200 g",
    unitEn: "bag 200 g",
    stock: 60,
    certificates: [district3("2456/QĐ-UBND", "2024-06-14", 55, "Chè xanh Shan tuyết Thượng Sơn")],
  },
  {
    slug: "che-shan-tuyet-lao-chai",
    producerSlug: "tht-che-shan-tuyet-lao-chai",
    status: "PUBLISHED",
    nameVi: "Chè Shan tuyết Lao Chải",
    nameEn: "Lao Chai Shan Tuyet Tea",
    descriptionVi: "Chè Shan tuyết của tổ hợp tác người Dao Lao Chải, vùng chè trên 1.200 m.",
    descriptionEn: TEA_DESCRIPTION_EN("Shan tuyết tea from the Dao cooperative group of Lao Chải, grown above 1,200 m."),
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 200_000,
    unit: "hộp 200 g",
    unitEn: "box 200 g",
    stock: 75,
    certificates: [district3("4180/QĐ-UBND", "2024-12-05", 52, "Chè Shan tuyết Lao Chải")],
  },
  {
    slug: "tra-shan-tuyet-tui-loc-vi-xuyen",
    producerSlug: "cong-ty-tnhh-che-vi-xuyen",
    status: "PUBLISHED",
    nameVi: "Trà Shan tuyết túi lọc Vị Xuyên",
    nameEn: "Vi Xuyen Shan Tuyet Tea Bags",
    descriptionVi: "Hộp 25 túi lọc × 2 g chè Shan tuyết, tiện dùng ở văn phòng.",
    descriptionEn: "A box of 25 tea bags × 2 g of Shan tuyết tea, handy for the office.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 85_000,
    unit: "hộp 25 túi",
    unitEn: "box of 25 bags",
    stock: 300,
    gtin: gtin("893604540001"),
    keywords: ["tea bags", "túi lọc"],
    certificates: [
      district3("1290/QĐ-UBND", "2025-05-22", 59, "Trà Shan tuyết túi lọc", {
        producerNameOnDecision: "Công ty TNHH Chè Vị Xuyên",
        addressOnDecision: "Thôn Làng Má, xã Đạo Đức, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "che-vang-shan-tuyet-vi-xuyen",
    producerSlug: "cong-ty-tnhh-che-vi-xuyen",
    status: "PUBLISHED",
    nameVi: "Chè vàng Shan tuyết Vị Xuyên",
    nameEn: "Vi Xuyen Shan Tuyet Yellow Tea",
    descriptionVi: "Chè vàng ủ nhẹ, nước vàng sáng, vị êm.",
    descriptionEn: "Lightly smothered yellow tea: bright yellow liquor, a mellow taste.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 240_000,
    unit: "hộp 150 g",
    unitEn: "box 150 g",
    stock: 90,
    gtin: gtin("893604540002"),
    certificates: [
      district3("1290/QĐ-UBND", "2025-05-22", 54, "Chè vàng Shan tuyết", {
        addressOnDecision: "Thôn Làng Má, xã Đạo Đức, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },
  {
    slug: "che-shan-tuyet-tung-ba",
    producerSlug: "hkd-che-tung-ba",
    status: "PUBLISHED",
    nameVi: "Chè Shan tuyết Tùng Bá",
    nameEn: null,
    descriptionVi: "Chè sao củi truyền thống của hộ gia đình ở Tùng Bá.\n\n_Chứng nhận OCOP sắp hết hạn: đang chuẩn bị hồ sơ đánh giá lại._",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 160_000,
    unit: "gói 250 g",
    stock: 25,
    // Valid until 2027-01-10: inside the 90-day warning window on the reference date.
    certificates: [district3("86/QĐ-UBND", "2024-01-10", 53, "Chè Shan tuyết Tùng Bá")],
  },
  {
    slug: "tra-banh-shan-tuyet-thanh-thuy",
    producerSlug: "htx-che-thanh-thuy",
    status: "PUBLISHED",
    nameVi: "Trà bánh Shan tuyết Thanh Thủy",
    nameEn: "Thanh Thuy Shan Tuyet Pressed Tea Cake",
    descriptionVi: "Trà ép bánh 357 g, để càng lâu hương càng dịu.",
    descriptionEn: "A 357 g pressed tea cake that mellows with age.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 520_000,
    unit: "bánh 357 g",
    unitEn: "cake 357 g",
    stock: 14,
    certificates: [district3("4180/QĐ-UBND", "2024-12-05", 56, "Trà bánh Shan tuyết Thanh Thủy")],
  },
  {
    slug: "che-shan-tuyet-huu-co-linh-ho",
    producerSlug: "htx-nong-nghiep-linh-ho",
    status: "PUBLISHED",
    nameVi: "Chè Shan tuyết hữu cơ Linh Hồ",
    nameEn: "Linh Ho Organic Shan Tuyet Tea",
    descriptionVi: "Chè Shan tuyết canh tác theo hướng hữu cơ, không dùng thuốc bảo vệ thực vật.",
    descriptionEn: "Shan tuyết tea grown organically, without pesticides.",
    group: "FOOD",
    subgroupCode: "FOOD_TEA",
    priceVnd: 230_000,
    unit: "hộp 200 g",
    unitEn: "box 200 g",
    stock: 40,
    certificates: [district3("1290/QĐ-UBND", "2025-05-22", 51, "Chè Shan tuyết Linh Hồ")],
  },

  // ── 2 fresh food (FOOD / FOOD_FRESH), 3★ ──
  {
    slug: "cam-sanh-vi-xuyen",
    producerSlug: "hkd-cam-sanh-phu-linh",
    status: "PUBLISHED",
    nameVi: "Cam sành Vị Xuyên",
    nameEn: "Vi Xuyen King Mandarin Oranges",
    descriptionVi: "Cam sành vỏ sần, ruột vàng cam, mọng nước, vị ngọt đậm.\n\n- Mùa vụ: tháng 11 – tháng 2.\n- Giao trong 48 giờ sau khi hái.",
    descriptionEn: "Rough-skinned king mandarins with juicy orange flesh and a deep sweetness.\n\n- Season: November to February.\n- Shipped within 48 hours of picking.",
    group: "FOOD",
    subgroupCode: "FOOD_FRESH",
    priceVnd: 30_000,
    unit: "kg",
    unitEn: "kg",
    stock: 800,
    keywords: ["cam", "orange", "trái cây"],
    certificates: [district3("4180/QĐ-UBND", "2024-12-05", 64, "Cam sành Vị Xuyên")],
  },
  {
    slug: "ga-den-minh-tan",
    producerSlug: "tht-ga-den-minh-tan",
    status: "PUBLISHED",
    nameVi: "Gà đen Minh Tân",
    nameEn: "Minh Tan Black Chicken",
    descriptionVi: "Gà đen H'Mông thả đồi, giao nguyên con đã làm sạch, hút chân không, bảo quản lạnh.",
    descriptionEn: "Free-range black-boned H'Mông chicken, whole and cleaned, vacuum-packed and chilled.",
    group: "FOOD",
    subgroupCode: "FOOD_FRESH",
    priceVnd: 180_000,
    unit: "kg",
    unitEn: "kg",
    stock: 3,
    keywords: ["gà H'Mông", "black chicken"],
    certificates: [province("2310/QĐ-UBND", "2025-11-06", 3, 57, "Gà đen Minh Tân")],
  },

  // ── 1 handicraft (HANDICRAFT / HANDICRAFT_FIBRE), 3★ ──
  {
    slug: "choi-chit-viet-lam",
    producerSlug: "htx-choi-chit-viet-lam",
    status: "PUBLISHED",
    nameVi: "Chổi chít Việt Lâm",
    nameEn: "Viet Lam Tiger Grass Broom",
    descriptionVi: "Chổi bông chít bó chặt, cán tre, bền và không rụng bông.\n\n- Dài 1,1 m.\n- Làm thủ công bởi lao động địa phương.",
    descriptionEn: "A tightly bound tiger-grass broom with a bamboo handle: durable, sheds no fluff.\n\n- 1.1 m long.\n- Handmade by local workers.",
    group: "HANDICRAFT",
    subgroupCode: "HANDICRAFT_FIBRE",
    priceVnd: 35_000,
    unit: "cái",
    unitEn: "piece",
    stock: 2_500,
    gtin: gtin("893604550001"),
    keywords: ["chổi", "broom", "bông chít", "tiger grass"],
    certificates: [
      district3("2456/QĐ-UBND", "2024-06-14", 67, "Chổi chít Việt Lâm", {
        addressOnDecision: "Tổ 5, thị trấn Nông trường Việt Lâm, huyện Vị Xuyên, tỉnh Hà Giang",
      }),
    ],
  },

  // ── 2 spices (FOOD / FOOD_SPICE), 3★ ──
  {
    slug: "thao-qua-kho-lao-chai",
    producerSlug: "tht-che-shan-tuyet-lao-chai",
    status: "PUBLISHED",
    nameVi: "Thảo quả khô Lao Chải",
    nameEn: "Lao Chai Dried Black Cardamom",
    descriptionVi: "Thảo quả trồng dưới tán rừng, sấy than củi, quả chắc, thơm nồng.",
    descriptionEn: "Black cardamom grown under the forest canopy, dried over charcoal: firm pods, a strong aroma.",
    group: "FOOD",
    subgroupCode: "FOOD_SPICE",
    priceVnd: 140_000,
    unit: "túi 500 g",
    unitEn: "bag 500 g",
    stock: 65,
    gtin: gtin("893604560001"),
    keywords: ["thảo quả", "cardamom", "gia vị"],
    certificates: [district3("2456/QĐ-UBND", "2024-06-14", 60, "Thảo quả khô Lao Chải")],
  },
  {
    slug: "gung-kho-thuan-hoa",
    producerSlug: "htx-duoc-lieu-thuan-hoa",
    status: "PUBLISHED",
    nameVi: "Gừng khô thái lát Thuận Hòa",
    nameEn: "Thuan Hoa Sliced Dried Ginger",
    descriptionVi: "Gừng trâu thái lát, sấy lạnh giữ vị cay ấm.",
    descriptionEn: "Sliced highland ginger, cold-dried to keep its warm bite.",
    group: "FOOD",
    subgroupCode: "FOOD_SPICE",
    priceVnd: 60_000,
    unit: "túi 200 g",
    unitEn: "bag 200 g",
    stock: 110,
    keywords: ["gừng", "ginger", "gia vị"],
    certificates: [district3("1290/QĐ-UBND", "2025-05-22", 50, "Gừng khô Thuận Hòa")],
  },

  // ── 1 processed food (FOOD / FOOD_PROCESSED), 3★ ──
  {
    slug: "bo-kho-mac-khen-ha-giang-xanh",
    producerSlug: "cong-ty-cp-thuc-pham-ha-giang-xanh",
    status: "PUBLISHED",
    nameVi: "Thịt bò khô mắc khén",
    nameEn: "Dried Beef with Mắc Khén Pepper",
    descriptionVi: "Bò vàng vùng cao tẩm mắc khén, gừng, sả; sấy và hút chân không.\n\n- Hạn dùng 6 tháng.",
    descriptionEn: "Highland yellow-cattle beef seasoned with mắc khén pepper, ginger and lemongrass; dried and vacuum-packed.\n\n- Best within 6 months.",
    group: "FOOD",
    subgroupCode: "FOOD_PROCESSED",
    priceVnd: 220_000,
    unit: "gói 250 g",
    unitEn: "pack 250 g",
    stock: 150,
    gtin: gtin("893604570001"),
    keywords: ["bò khô", "dried beef", "đặc sản Hà Giang"],
    certificates: [province("2310/QĐ-UBND", "2025-11-06", 3, 63, "Thịt bò khô mắc khén")],
  },

  // ── Products that do NOT count among the 19 ──
  {
    // Published, but its only certificate (2022) has expired: no badge, not counted.
    slug: "ruou-ngo-men-la-thuan-hoa",
    producerSlug: "htx-duoc-lieu-thuan-hoa",
    status: "PUBLISHED",
    nameVi: "Rượu ngô men lá Thuận Hòa",
    nameEn: "Thuan Hoa Leaf-Yeast Corn Liquor",
    descriptionVi: "Rượu ngô nấu bằng men lá rừng, 39 % vol. **Chỉ bán cho người từ 18 tuổi.**",
    descriptionEn: "Corn liquor made with forest-leaf yeast, 39 % vol. **Sold to adults only.**",
    group: "BEVERAGE",
    subgroupCode: "BEVERAGE_ALCOHOL",
    priceVnd: 120_000,
    unit: "chai 500 ml",
    unitEn: "bottle 500 ml",
    stock: 48,
    keywords: ["rượu ngô", "corn liquor"],
    // Before 24/02/2023 the province recognised 3★ (the district level came with 148/QĐ-TTg).
    certificates: [province("2105/QĐ-UBND", "2022-08-10", 3, 55, "Rượu ngô men lá Thuận Hòa", { categoryOnDecision: "Đồ uống – Đồ uống có cồn (QĐ 1048/QĐ-TTg)" })],
  },
  {
    // Published, certificate revoked after a failed post-recognition check (November 2025, before the
    // 2021–2025 period ended): no badge, not counted, neither today nor in the period's frozen figures.
    slug: "tinh-dau-gung-thuan-hoa",
    producerSlug: "htx-duoc-lieu-thuan-hoa",
    status: "PUBLISHED",
    nameVi: "Tinh dầu gừng Thuận Hòa",
    nameEn: "Thuan Hoa Ginger Essential Oil",
    descriptionVi: "Tinh dầu gừng chưng cất hơi nước, dùng xoa bóp.",
    descriptionEn: "Steam-distilled ginger oil for massage.",
    group: "HERBAL",
    subgroupCode: "HERBAL_ESSENTIAL_OIL",
    priceVnd: 95_000,
    unit: "lọ 10 ml",
    unitEn: "bottle 10 ml",
    stock: 30,
    keywords: ["tinh dầu", "essential oil"],
    certificates: [
      district3("845/QĐ-UBND", "2024-05-10", 52, "Tinh dầu gừng Thuận Hòa", {
        status: "REVOKED",
        revokedAt: "2025-11-20",
        revocationDecisionNumber: "1120/QĐ-UBND",
        revocationReason: "Không đạt chỉ tiêu chất lượng khi kiểm tra sau công nhận; nhãn chưa bổ sung theo yêu cầu.",
      }),
    ],
  },
  {
    slug: "choi-chit-mini-de-ban",
    producerSlug: "htx-choi-chit-viet-lam",
    status: "DRAFT",
    nameVi: "Chổi chít mini để bàn",
    nameEn: "Mini Desk Tiger Grass Broom",
    descriptionVi: "Chổi nhỏ quét bàn phím, bàn thờ, dài 30 cm.",
    group: "HANDICRAFT",
    subgroupCode: "HANDICRAFT_FIBRE",
    priceVnd: 15_000,
    unit: "cái",
    unitEn: "piece",
    stock: 0,
    certificates: [],
  },
  {
    slug: "mat-ong-rung-thuong-son",
    producerSlug: "hkd-che-thuong-son",
    status: "PENDING_REVIEW",
    nameVi: "Mật ong rừng Thượng Sơn",
    nameEn: "Thuong Son Wild Forest Honey",
    descriptionVi: "Mật ong ong nội thu từ rừng Thượng Sơn, không pha đường.",
    descriptionEn: "Honey from native bees in Thượng Sơn's forest, with nothing added.",
    group: "FOOD",
    subgroupCode: "FOOD_HONEY",
    priceVnd: 350_000,
    unit: "chai 500 ml",
    unitEn: "bottle 500 ml",
    stock: 20,
    keywords: ["mật ong", "honey"],
    certificates: [],
  },
];

// ───────────────────────────── Batches and traceability ─────────────────────────────

export interface DemoTraceEvent {
  type: TraceEventType;
  occurredOn: string;
  place: string;
  actor: string;
  note?: string;
  latitude?: number;
  longitude?: number;
}

export interface DemoLabTest {
  indicator: string;
  value: string;
  unit?: string;
  limit?: string;
  lab: string;
  testedOn: string;
  passed: boolean;
}

export interface DemoCertification {
  kind: CertificationKind;
  number: string;
  issuer: string;
  validFrom?: string;
  validUntil?: string;
}

export interface DemoBatch {
  code: string;
  productSlug: string;
  lotCode: string;
  productionDate: string;
  expiryDate?: string;
  quantity: number;
  quantityUnit: string;
  growingArea?: string;
  growingAreaCode?: string;
  rawMaterial?: string;
  soldAt?: string;
  isPublic: boolean;
  events: readonly DemoTraceEvent[];
  labTests: readonly DemoLabTest[];
  certifications: readonly DemoCertification[];
}

const LAB = "Phòng thử nghiệm chất lượng nông sản (minh họa)";

const GI_SHAN_TEA: DemoCertification = {
  kind: "GEOGRAPHICAL_INDICATION",
  number: "CDĐL “Hà Giang” – Chè Shan tuyết Hà Giang (minh họa)",
  issuer: "Cục Sở hữu trí tuệ",
};

function vietgap(number: string, validFrom: string): DemoCertification {
  return { kind: "VIETGAP", number, issuer: "Tổ chức chứng nhận VietGAP (minh họa)", validFrom, validUntil: addMonths(validFrom, 36) };
}

function teaLabTests(testedOn: string, moisture: string, passed = true): DemoLabTest[] {
  return [
    { indicator: "Độ ẩm", value: moisture, unit: "%", limit: "≤ 7,5", lab: LAB, testedOn, passed },
    { indicator: "Chì (Pb)", value: "0,21", unit: "mg/kg", limit: "≤ 2,0", lab: LAB, testedOn, passed: true },
    { indicator: "Dư lượng Cypermethrin", value: "KPH", unit: "mg/kg", limit: "≤ 0,5", lab: LAB, testedOn, passed: true },
  ];
}

/** The usual life of a tea lot: tending, picking, processing, packing, testing, certification. */
function teaEvents(o: {
  place: string;
  grower: string;
  processor: string;
  harvest: string;
  processing: string;
  packaging: string;
  labTest?: string;
  shipping?: { on: string; to: string };
  lat?: number;
  lng?: number;
}): DemoTraceEvent[] {
  const events: DemoTraceEvent[] = [
    {
      type: "PLANTING",
      occurredOn: addMonths(o.harvest, -2),
      place: o.place,
      actor: o.grower,
      note: "Làm cỏ, bón phân hữu cơ cho nương chè; không dùng thuốc diệt cỏ.",
      latitude: o.lat,
      longitude: o.lng,
    },
    { type: "HARVEST", occurredOn: o.harvest, place: o.place, actor: o.grower, note: "Hái tay búp một tôm hai lá.", latitude: o.lat, longitude: o.lng },
    { type: "PROCESSING", occurredOn: o.processing, place: o.processor, actor: o.processor, note: "Làm héo, diệt men, vò, sấy." },
    { type: "PACKAGING", occurredOn: o.packaging, place: o.processor, actor: o.processor, note: "Đóng hộp, dán tem truy xuất." },
  ];
  if (o.labTest) events.push({ type: "LAB_TEST", occurredOn: o.labTest, place: LAB, actor: LAB, note: "Kiểm nghiệm chỉ tiêu an toàn thực phẩm." });
  if (o.shipping) events.push({ type: "SHIPPING", occurredOn: o.shipping.on, place: o.processor, actor: o.processor, note: `Giao cho ${o.shipping.to}.` });
  return events;
}

const CAO_BO = { lat: 22.7615, lng: 104.8721 };
const XA_PHIN = { lat: 22.6962, lng: 104.9033 };

export const DEMO_BATCHES: readonly DemoBatch[] = [
  // Cao Bồ ancient tea: three lots (one private).
  {
    code: "VX-CB-2025-01",
    productSlug: "che-shan-tuyet-co-thu-cao-bo",
    lotCode: "CB2501",
    productionDate: "2025-04-10",
    expiryDate: "2027-04-10",
    quantity: 400,
    quantityUnit: "hộp 100 g",
    growingArea: "Vùng chè cổ thụ thôn Tham Vè, xã Cao Bồ",
    growingAreaCode: "VX-CB-VT01",
    rawMaterial: "Búp chè Shan tuyết cổ thụ",
    soldAt: "Cửa hàng OCOP Vị Xuyên; sàn OCOP Market",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Tham Vè, xã Cao Bồ",
      grower: "Tổ hái chè thôn Tham Vè",
      processor: "Xưởng chế biến HTX Chè Shan tuyết Cao Bồ",
      harvest: "2025-04-02",
      processing: "2025-04-03",
      packaging: "2025-04-10",
      labTest: "2025-04-18",
      shipping: { on: "2025-05-02", to: "Cửa hàng OCOP Vị Xuyên" },
      ...CAO_BO,
    }),
    labTests: teaLabTests("2025-04-18", "5,8"),
    certifications: [GI_SHAN_TEA, vietgap("VietGAP-TT-HG-0123 (minh họa)", "2024-01-15")],
  },
  {
    code: "VX-CB-2026-01",
    productSlug: "che-shan-tuyet-co-thu-cao-bo",
    lotCode: "CB2601",
    productionDate: "2026-04-12",
    expiryDate: "2028-04-12",
    quantity: 500,
    quantityUnit: "hộp 100 g",
    growingArea: "Vùng chè cổ thụ thôn Tham Vè, xã Cao Bồ",
    growingAreaCode: "VX-CB-VT01",
    rawMaterial: "Búp chè Shan tuyết cổ thụ",
    soldAt: "Sàn OCOP Market; Hội chợ OCOP Tuyên Quang",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Tham Vè, xã Cao Bồ",
      grower: "Tổ hái chè thôn Tham Vè",
      processor: "Xưởng chế biến HTX Chè Shan tuyết Cao Bồ",
      harvest: "2026-04-04",
      processing: "2026-04-05",
      packaging: "2026-04-12",
      labTest: "2026-04-20",
      ...CAO_BO,
    }),
    labTests: teaLabTests("2026-04-20", "6,1"),
    certifications: [GI_SHAN_TEA, vietgap("VietGAP-TT-HG-0123 (minh họa)", "2024-01-15")],
  },
  {
    code: "VX-CB-2026-02",
    productSlug: "che-shan-tuyet-co-thu-cao-bo",
    lotCode: "CB2602",
    productionDate: "2026-09-20",
    expiryDate: "2028-09-20",
    quantity: 150,
    quantityUnit: "hộp 100 g",
    growingArea: "Vùng chè cổ thụ thôn Tham Vè, xã Cao Bồ",
    growingAreaCode: "VX-CB-VT01",
    rawMaterial: "Búp chè Shan tuyết cổ thụ (vụ thu)",
    isPublic: false,
    events: teaEvents({
      place: "Thôn Tham Vè, xã Cao Bồ",
      grower: "Tổ hái chè thôn Tham Vè",
      processor: "Xưởng chế biến HTX Chè Shan tuyết Cao Bồ",
      harvest: "2026-09-12",
      processing: "2026-09-13",
      packaging: "2026-09-20",
      ...CAO_BO,
    }),
    labTests: [],
    certifications: [],
  },
  {
    code: "VX-CB-2026-03",
    productSlug: "hong-tra-shan-tuyet-cao-bo",
    lotCode: "HT2601",
    productionDate: "2026-05-08",
    expiryDate: "2028-05-08",
    quantity: 300,
    quantityUnit: "hộp 100 g",
    growingArea: "Thôn Tham Vè, xã Cao Bồ",
    growingAreaCode: "VX-CB-VT01",
    rawMaterial: "Búp chè Shan tuyết",
    soldAt: "Sàn OCOP Market",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Tham Vè, xã Cao Bồ",
      grower: "Tổ hái chè thôn Tham Vè",
      processor: "Xưởng chế biến HTX Chè Shan tuyết Cao Bồ",
      harvest: "2026-04-28",
      processing: "2026-04-29",
      packaging: "2026-05-08",
      labTest: "2026-05-15",
      ...CAO_BO,
    }),
    labTests: teaLabTests("2026-05-15", "6,4"),
    certifications: [GI_SHAN_TEA],
  },
  // Trà Pèng white tea: two lots.
  {
    code: "VX-TP-2025-01",
    productSlug: "tra-peng-bach-tra",
    lotCode: "BT2501",
    productionDate: "2025-03-25",
    expiryDate: "2027-03-25",
    quantity: 200,
    quantityUnit: "hộp 100 g",
    growingArea: "Thôn Xà Phìn (xã Phương Tiến cũ)",
    growingAreaCode: "VX-TP-XP01",
    rawMaterial: "Búp non chè Shan tuyết cổ thụ",
    soldAt: "Cửa hàng HTX tại thôn Xà Phìn",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Xà Phìn, xã Phương Tiến",
      grower: "Các hộ thành viên HTX Trà Pèng",
      processor: "Xưởng chè HTX Trà Pèng",
      harvest: "2025-03-15",
      processing: "2025-03-16",
      packaging: "2025-03-25",
      labTest: "2025-04-01",
      ...XA_PHIN,
    }),
    labTests: teaLabTests("2025-04-01", "6,9"),
    certifications: [GI_SHAN_TEA],
  },
  {
    code: "VX-TP-2026-01",
    productSlug: "tra-peng-bach-tra",
    lotCode: "BT2601",
    productionDate: "2026-03-22",
    expiryDate: "2028-03-22",
    quantity: 250,
    quantityUnit: "hộp 100 g",
    growingArea: "Thôn Xà Phìn, xã Thanh Thủy",
    growingAreaCode: "VX-TP-XP01",
    rawMaterial: "Búp non chè Shan tuyết cổ thụ",
    soldAt: "Sàn OCOP Market",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Xà Phìn, xã Thanh Thủy",
      grower: "Các hộ thành viên HTX Trà Pèng",
      processor: "Xưởng chè HTX Trà Pèng",
      harvest: "2026-03-12",
      processing: "2026-03-13",
      packaging: "2026-03-22",
      labTest: "2026-03-30",
      shipping: { on: "2026-04-10", to: "Cửa hàng đặc sản Hà Giang tại Hà Nội" },
      ...XA_PHIN,
    }),
    labTests: teaLabTests("2026-03-30", "6,5"),
    certifications: [GI_SHAN_TEA],
  },
  {
    code: "VX-TP-2026-02",
    productSlug: "tra-peng-hong-tra",
    lotCode: "HT2601",
    productionDate: "2026-05-02",
    expiryDate: "2028-05-02",
    quantity: 180,
    quantityUnit: "hộp 100 g",
    growingArea: "Thôn Xà Phìn, xã Thanh Thủy",
    growingAreaCode: "VX-TP-XP01",
    rawMaterial: "Búp chè Shan tuyết cổ thụ",
    soldAt: "Sàn OCOP Market (đã bán hết)",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Xà Phìn, xã Thanh Thủy",
      grower: "Các hộ thành viên HTX Trà Pèng",
      processor: "Xưởng chè HTX Trà Pèng",
      harvest: "2026-04-22",
      processing: "2026-04-23",
      packaging: "2026-05-02",
      ...XA_PHIN,
    }),
    labTests: [],
    certifications: [GI_SHAN_TEA],
  },
  // Thanh Thủy: two lots.
  {
    code: "VX-TT-2026-01",
    productSlug: "che-shan-tuyet-thanh-thuy",
    lotCode: "TT2601",
    productionDate: "2026-04-18",
    expiryDate: "2028-04-18",
    quantity: 1_000,
    quantityUnit: "hộp 200 g",
    growingArea: "Thôn Nặm Ngặt, xã Thanh Thủy",
    growingAreaCode: "VX-TT-NN02",
    rawMaterial: "Búp chè Shan tuyết",
    soldAt: "Sàn OCOP Market; đại lý tại TP Tuyên Quang",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Nặm Ngặt, xã Thanh Thủy",
      grower: "Hộ thành viên HTX Chè Thanh Thủy",
      processor: "Nhà máy chè HTX Chè Thanh Thủy",
      harvest: "2026-04-10",
      processing: "2026-04-11",
      packaging: "2026-04-18",
      labTest: "2026-04-25",
    }),
    labTests: teaLabTests("2026-04-25", "6,2"),
    certifications: [GI_SHAN_TEA, vietgap("VietGAP-TT-HG-0456 (minh họa)", "2025-02-01")],
  },
  {
    code: "VX-TT-2026-02",
    productSlug: "tra-banh-shan-tuyet-thanh-thuy",
    lotCode: "TB2601",
    productionDate: "2026-06-01",
    quantity: 120,
    quantityUnit: "bánh 357 g",
    growingArea: "Thôn Nặm Ngặt, xã Thanh Thủy",
    growingAreaCode: "VX-TT-NN02",
    rawMaterial: "Chè Shan tuyết vụ xuân",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Nặm Ngặt, xã Thanh Thủy",
      grower: "Hộ thành viên HTX Chè Thanh Thủy",
      processor: "Nhà máy chè HTX Chè Thanh Thủy",
      harvest: "2026-04-15",
      processing: "2026-05-20",
      packaging: "2026-06-01",
    }),
    labTests: [],
    certifications: [GI_SHAN_TEA],
  },
  // Tea bags: one lot whose expiry date has passed.
  {
    code: "VX-VXT-2024-01",
    productSlug: "tra-shan-tuyet-tui-loc-vi-xuyen",
    lotCode: "TL2403",
    productionDate: "2024-03-15",
    expiryDate: "2026-03-15",
    quantity: 2_000,
    quantityUnit: "hộp 25 túi",
    rawMaterial: "Chè Shan tuyết thu mua tại các xã Vị Xuyên",
    soldAt: "Siêu thị và cửa hàng tiện lợi tại Hà Giang",
    isPublic: true,
    events: teaEvents({
      place: "Các xã Cao Bồ, Thượng Sơn, Lao Chải",
      grower: "Hộ trồng chè liên kết",
      processor: "Nhà máy Công ty TNHH Chè Vị Xuyên",
      harvest: "2024-03-01",
      processing: "2024-03-05",
      packaging: "2024-03-15",
      labTest: "2024-03-22",
    }),
    labTests: teaLabTests("2024-03-22", "6,0"),
    certifications: [{ kind: "HACCP", number: "HACCP-2023-0789 (minh họa)", issuer: "Tổ chức chứng nhận (minh họa)", validFrom: "2023-06-01", validUntil: "2026-06-01" }],
  },
  {
    code: "VX-LC-2026-01",
    productSlug: "che-shan-tuyet-lao-chai",
    lotCode: "LC2601",
    productionDate: "2026-04-20",
    expiryDate: "2028-04-20",
    quantity: 300,
    quantityUnit: "hộp 200 g",
    growingArea: "Thôn Khâu Làn, xã Lao Chải",
    rawMaterial: "Búp chè Shan tuyết",
    isPublic: true,
    events: teaEvents({
      place: "Thôn Khâu Làn, xã Lao Chải",
      grower: "Tổ hợp tác Chè Shan tuyết Lao Chải",
      processor: "Lò sao chè tổ hợp tác Lao Chải",
      harvest: "2026-04-12",
      processing: "2026-04-13",
      packaging: "2026-04-20",
    }),
    labTests: [],
    certifications: [GI_SHAN_TEA],
  },
  // Việt Lâm brooms: two lots.
  {
    code: "VX-VL-2026-01",
    productSlug: "choi-chit-viet-lam",
    lotCode: "CC2603",
    productionDate: "2026-03-30",
    quantity: 12_000,
    quantityUnit: "cái",
    growingArea: "Nương chít các thôn xã Việt Lâm, Quảng Ngần",
    rawMaterial: "Bông chít khô, cán tre",
    soldAt: "Đại lý tại Hà Nội, Thái Nguyên; sàn OCOP Market",
    isPublic: true,
    events: [
      { type: "HARVEST", occurredOn: "2026-02-20", place: "Nương chít xã Việt Lâm", actor: "Bà con thu hái bông chít", note: "Thu hái bông chít đầu mùa." },
      { type: "PROCESSING", occurredOn: "2026-03-05", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "HTX Chổi chít Việt Lâm", note: "Phơi khô, tuốt hạt, phân loại bông." },
      { type: "PROCESSING", occurredOn: "2026-03-20", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "Tổ bó chổi (40 lao động)", note: "Bó chổi, lắp cán." },
      { type: "PACKAGING", occurredOn: "2026-03-30", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "HTX Chổi chít Việt Lâm", note: "Đóng bó 10 chiếc, dán tem." },
      { type: "SHIPPING", occurredOn: "2026-04-05", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "HTX Chổi chít Việt Lâm", note: "Xuất cho đại lý tại Hà Nội." },
    ],
    labTests: [],
    certifications: [],
  },
  {
    code: "VX-VL-2026-02",
    productSlug: "choi-chit-viet-lam",
    lotCode: "CC2610",
    productionDate: "2026-10-15",
    quantity: 15_000,
    quantityUnit: "cái",
    growingArea: "Nương chít các thôn xã Việt Lâm",
    rawMaterial: "Bông chít khô, cán tre",
    soldAt: "Sàn OCOP Market",
    isPublic: true,
    events: [
      { type: "PROCESSING", occurredOn: "2026-09-25", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "Tổ bó chổi (45 lao động)", note: "Bó chổi từ bông chít dự trữ." },
      { type: "PACKAGING", occurredOn: "2026-10-15", place: "Xưởng HTX Chổi chít Việt Lâm", actor: "HTX Chổi chít Việt Lâm", note: "Đóng bó 10 chiếc, dán tem." },
    ],
    labTests: [],
    certifications: [],
  },
  // Cam sành: two seasons.
  {
    code: "VX-PL-2025-01",
    productSlug: "cam-sanh-vi-xuyen",
    lotCode: "CS2512",
    productionDate: "2025-12-01",
    quantity: 8_000,
    quantityUnit: "kg",
    growingArea: "Vườn cam thôn Nà Pồng, xã Phú Linh",
    growingAreaCode: "VX-PL-MSVT-015",
    rawMaterial: "Cam sành",
    soldAt: "Chợ đầu mối Long Biên; sàn OCOP Market",
    isPublic: true,
    events: [
      { type: "PLANTING", occurredOn: "2025-03-10", place: "Vườn cam thôn Nà Pồng", actor: "Vi Văn Hùng", note: "Bón phân hữu cơ, tỉa cành sau thu hoạch." },
      { type: "HARVEST", occurredOn: "2025-12-01", place: "Vườn cam thôn Nà Pồng", actor: "Vi Văn Hùng", note: "Thu hoạch, phân loại quả." },
      { type: "SHIPPING", occurredOn: "2025-12-02", place: "Thôn Nà Pồng", actor: "Vi Văn Hùng", note: "Giao chợ đầu mối Long Biên." },
    ],
    labTests: [{ indicator: "Dư lượng Chlorpyrifos", value: "KPH", unit: "mg/kg", limit: "≤ 0,5", lab: LAB, testedOn: "2025-11-25", passed: true }],
    certifications: [vietgap("VietGAP-TT-HG-0789 (minh họa)", "2024-09-01")],
  },
  {
    code: "VX-PL-2026-01",
    productSlug: "cam-sanh-vi-xuyen",
    lotCode: "CS2611",
    productionDate: "2026-11-20",
    quantity: 10_000,
    quantityUnit: "kg",
    growingArea: "Vườn cam thôn Nà Pồng, xã Phú Linh",
    growingAreaCode: "VX-PL-MSVT-015",
    rawMaterial: "Cam sành",
    soldAt: "Sàn OCOP Market",
    isPublic: true,
    events: [
      { type: "PLANTING", occurredOn: "2026-03-12", place: "Vườn cam thôn Nà Pồng", actor: "Vi Văn Hùng", note: "Bón phân hữu cơ, tỉa cành." },
      { type: "HARVEST", occurredOn: "2026-11-20", place: "Vườn cam thôn Nà Pồng", actor: "Vi Văn Hùng", note: "Thu hoạch đầu vụ." },
    ],
    labTests: [{ indicator: "Dư lượng Chlorpyrifos", value: "KPH", unit: "mg/kg", limit: "≤ 0,5", lab: LAB, testedOn: "2026-11-15", passed: true }],
    certifications: [vietgap("VietGAP-TT-HG-0789 (minh họa)", "2024-09-01")],
  },
  {
    code: "VX-MT-2026-01",
    productSlug: "ga-den-minh-tan",
    lotCode: "GD2611",
    productionDate: "2026-11-22",
    expiryDate: "2026-12-06",
    quantity: 200,
    quantityUnit: "kg",
    growingArea: "Đồi chăn thả thôn Minh Phong, xã Minh Tân",
    rawMaterial: "Gà đen H'Mông 6–7 tháng tuổi",
    isPublic: true,
    events: [
      { type: "PLANTING", occurredOn: "2026-04-20", place: "Thôn Minh Phong, xã Minh Tân", actor: "Tổ hợp tác Chăn nuôi gà đen Minh Tân", note: "Nhập đàn gà giống, tiêm phòng cúm gia cầm." },
      { type: "PROCESSING", occurredOn: "2026-11-22", place: "Cơ sở giết mổ tập trung xã Vị Xuyên", actor: "Cơ sở giết mổ (minh họa)", note: "Giết mổ, làm sạch, kiểm dịch." },
      { type: "PACKAGING", occurredOn: "2026-11-22", place: "Cơ sở giết mổ tập trung xã Vị Xuyên", actor: "Tổ hợp tác Chăn nuôi gà đen Minh Tân", note: "Hút chân không, bảo quản 0–4 °C." },
    ],
    labTests: [{ indicator: "Salmonella", value: "Không phát hiện", unit: "/25 g", limit: "Không phát hiện", lab: LAB, testedOn: "2026-11-22", passed: true }],
    certifications: [],
  },
  {
    code: "VX-LC-2025-01",
    productSlug: "thao-qua-kho-lao-chai",
    lotCode: "TQ2511",
    productionDate: "2025-11-05",
    expiryDate: "2027-11-05",
    quantity: 600,
    quantityUnit: "túi 500 g",
    growingArea: "Rừng thảo quả thôn Khâu Làn, xã Lao Chải",
    rawMaterial: "Quả thảo quả chín",
    isPublic: true,
    events: [
      { type: "HARVEST", occurredOn: "2025-10-20", place: "Rừng thảo quả thôn Khâu Làn", actor: "Tổ hợp tác Chè Shan tuyết Lao Chải", note: "Thu quả chín." },
      { type: "PROCESSING", occurredOn: "2025-10-25", place: "Lò sấy thôn Khâu Làn", actor: "Tổ hợp tác Chè Shan tuyết Lao Chải", note: "Sấy than củi 3 ngày." },
      { type: "PACKAGING", occurredOn: "2025-11-05", place: "Lò sấy thôn Khâu Làn", actor: "Tổ hợp tác Chè Shan tuyết Lao Chải", note: "Đóng túi 500 g." },
    ],
    labTests: [{ indicator: "Độ ẩm", value: "11,5", unit: "%", limit: "≤ 13", lab: LAB, testedOn: "2025-11-08", passed: true }],
    certifications: [],
  },
  // Dried beef: the first lab test failed (moisture), the lot was dried again and re-tested.
  {
    code: "HGX-BK-2026-01",
    productSlug: "bo-kho-mac-khen-ha-giang-xanh",
    lotCode: "BK2609",
    productionDate: "2026-09-10",
    expiryDate: "2027-03-10",
    quantity: 1_200,
    quantityUnit: "gói 250 g",
    rawMaterial: "Thịt bò vàng vùng cao, mắc khén, gừng, sả",
    soldAt: "Sàn OCOP Market; cửa hàng đặc sản Hà Giang",
    isPublic: true,
    events: [
      { type: "PROCESSING", occurredOn: "2026-09-05", place: "Nhà máy Công ty CP Thực phẩm Hà Giang Xanh", actor: "Công ty CP Thực phẩm Hà Giang Xanh", note: "Tẩm ướp, sấy lần 1." },
      { type: "LAB_TEST", occurredOn: "2026-09-07", place: LAB, actor: LAB, note: "Độ ẩm vượt giới hạn: sấy lại." },
      { type: "PROCESSING", occurredOn: "2026-09-08", place: "Nhà máy Công ty CP Thực phẩm Hà Giang Xanh", actor: "Công ty CP Thực phẩm Hà Giang Xanh", note: "Sấy lần 2." },
      { type: "LAB_TEST", occurredOn: "2026-09-09", place: LAB, actor: LAB, note: "Đạt." },
      { type: "PACKAGING", occurredOn: "2026-09-10", place: "Nhà máy Công ty CP Thực phẩm Hà Giang Xanh", actor: "Công ty CP Thực phẩm Hà Giang Xanh", note: "Hút chân không, gói 250 g." },
    ],
    labTests: [
      { indicator: "Độ ẩm", value: "24,0", unit: "%", limit: "≤ 20", lab: LAB, testedOn: "2026-09-07", passed: false },
      { indicator: "Độ ẩm", value: "17,5", unit: "%", limit: "≤ 20", lab: LAB, testedOn: "2026-09-09", passed: true },
      { indicator: "Tổng số vi sinh vật hiếu khí", value: "2,1 × 10³", unit: "CFU/g", limit: "≤ 10⁵", lab: LAB, testedOn: "2026-09-09", passed: true },
    ],
    certifications: [{ kind: "ISO_22000", number: "ISO22000-2025-0456 (minh họa)", issuer: "Tổ chức chứng nhận (minh họa)", validFrom: "2025-06-01", validUntil: "2028-06-01" }],
  },
  {
    code: "HGX-BK-2026-02",
    productSlug: "bo-kho-mac-khen-ha-giang-xanh",
    lotCode: "BK2611",
    productionDate: "2026-11-05",
    expiryDate: "2027-05-05",
    quantity: 800,
    quantityUnit: "gói 250 g",
    rawMaterial: "Thịt bò vàng vùng cao, mắc khén, gừng, sả",
    isPublic: true,
    events: [
      { type: "PROCESSING", occurredOn: "2026-11-01", place: "Nhà máy Công ty CP Thực phẩm Hà Giang Xanh", actor: "Công ty CP Thực phẩm Hà Giang Xanh", note: "Tẩm ướp, sấy." },
      { type: "PACKAGING", occurredOn: "2026-11-05", place: "Nhà máy Công ty CP Thực phẩm Hà Giang Xanh", actor: "Công ty CP Thực phẩm Hà Giang Xanh", note: "Hút chân không, gói 250 g." },
    ],
    labTests: [{ indicator: "Độ ẩm", value: "18,2", unit: "%", limit: "≤ 20", lab: LAB, testedOn: "2026-11-03", passed: true }],
    certifications: [{ kind: "ISO_22000", number: "ISO22000-2025-0456 (minh họa)", issuer: "Tổ chức chứng nhận (minh họa)", validFrom: "2025-06-01", validUntil: "2028-06-01" }],
  },
];

// ───────────────────────────── Fairs ─────────────────────────────

export interface DemoBoothRequest {
  producerSlug: string;
  boothCount: number;
  productSlugs: readonly string[];
  status: "APPROVED" | "PENDING" | "WAITLISTED" | "REJECTED" | "WITHDRAWN";
  needsPower?: boolean;
  needsRefrigeration?: boolean;
  note?: string;
  /** Booth numbers for approved requests (one per booth). */
  boothNumbers?: readonly number[];
  /** ISO timestamp of the application. */
  createdAt: string;
}

export interface DemoFair {
  slug: string;
  nameVi: string;
  nameEn: string | null;
  descriptionVi: string;
  descriptionEn?: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  province: string;
  /**
   * The region whose officers manage the fair and its booth requests. In the demo the district's OCOP
   * office handles the booths of all three fairs for its producers.
   */
  organiserRegionCode: string;
  /** ISO timestamp (Vietnam time spelled with +07:00). */
  registrationDeadline: string;
  registrationOpen: boolean;
  /** Visitors' daily hours ("HH:MM") and a note on exceptions (illustrative, like every demo fact). */
  opensAt: string;
  closesAt: string;
  hoursNoteVi?: string;
  hoursNoteEn?: string;
  /** Street address and how to get there (illustrative: check with the organisers for a real fair). */
  address: string;
  directionsVi: string;
  directionsEn?: string;
  boothCapacity: number;
  boothSize?: string;
  feeVnd: number;
  subsidyPercent: number;
  minStars: number;
  maxBoothsPerProducer: number;
  requests: readonly DemoBoothRequest[];
}

export const DEMO_FAIRS: readonly DemoFair[] = [
  {
    slug: "hoi-cho-ocop-tuyen-quang-2027",
    nameVi: "Hội chợ OCOP tỉnh Tuyên Quang 2027",
    nameEn: "Tuyen Quang OCOP Fair 2027",
    descriptionVi:
      "Hội chợ giới thiệu sản phẩm OCOP từ 3 sao của các xã trong tỉnh. Gian hàng tiêu chuẩn 3 m × 3 m gồm vách, bảng tên, bàn, ghế và đèn.\n\n" +
      "- Mỗi chủ thể đăng ký tối đa 2 gian.\n- Hỗ trợ 50 % phí gian hàng.",
    descriptionEn:
      "A fair for OCOP products rated 3★ or more from the province's communes. A standard 3 m × 3 m booth comes with panels, a name board, a table, chairs and lights.\n\n" +
      "- At most 2 booths per producer.\n- 50 % of the booth fee is subsidised.",
    startsOn: "2027-01-15",
    endsOn: "2027-01-19",
    venue: "Quảng trường Nguyễn Tất Thành, phường Minh Xuân",
    province: "Tuyên Quang",
    organiserRegionCode: "030",
    registrationDeadline: "2026-12-20T17:00:00+07:00",
    registrationOpen: true,
    opensAt: "08:00",
    closesAt: "22:00",
    hoursNoteVi: "Ngày khai mạc (15/01) mở cửa từ 14:00; ngày bế mạc (19/01) đóng cửa lúc 17:00.",
    hoursNoteEn: "Opening day (15 Jan) from 14:00; closing day (19 Jan) until 17:00.",
    address: "Trung tâm phường Minh Xuân (địa chỉ minh họa)",
    directionsVi:
      "Xe khách từ Hà Nội về bến xe Tuyên Quang, đi tiếp taxi hoặc xe ôm khoảng 10 phút.\n" +
      "Xe máy và ô tô gửi ở bãi xe cạnh quảng trường. (Hướng dẫn minh họa.)",
    directionsEn:
      "Coaches from Hanoi stop at Tuyên Quang bus station; a taxi or motorbike taxi takes about 10 minutes from there.\n" +
      "Motorbikes and cars park beside the square. (Illustrative directions.)",
    boothCapacity: 60,
    feeVnd: 4_000_000,
    subsidyPercent: 50,
    minStars: 3,
    maxBoothsPerProducer: 2,
    requests: [],
  },
  {
    slug: "hoi-cho-ocop-mien-nui-phia-bac-ha-noi-2027",
    nameVi: "Hội chợ sản phẩm OCOP các tỉnh miền núi phía Bắc tại Hà Nội 2027",
    nameEn: "Northern Mountain Provinces OCOP Fair, Hanoi 2027",
    descriptionVi: "Kết nối sản phẩm OCOP vùng cao với nhà phân phối và người tiêu dùng Thủ đô.",
    descriptionEn: "Bringing highland OCOP products to Hanoi's distributors and shoppers.",
    startsOn: "2027-03-18",
    endsOn: "2027-03-22",
    venue: "Trung tâm Triển lãm (minh họa), quận Ba Đình",
    province: "Hà Nội",
    organiserRegionCode: "030",
    registrationDeadline: "2027-02-15T17:00:00+07:00",
    registrationOpen: true,
    opensAt: "08:30",
    closesAt: "21:30",
    address: "Phường Ba Đình (địa chỉ minh họa)",
    directionsVi: "Nhiều tuyến xe buýt nội thành dừng gần cổng chính; có bãi gửi xe máy trong khuôn viên. (Hướng dẫn minh họa.)",
    directionsEn: "Several city bus routes stop near the main gate; motorbikes park inside the grounds. (Illustrative directions.)",
    boothCapacity: 120,
    feeVnd: 6_000_000,
    subsidyPercent: 50,
    minStars: 3,
    maxBoothsPerProducer: 2,
    requests: [],
  },
  {
    slug: "phien-cho-ocop-ha-giang-2025",
    nameVi: "Phiên chợ OCOP Hà Giang 2025",
    nameEn: "Ha Giang OCOP Market Day 2025",
    descriptionVi: "Phiên chợ sản phẩm OCOP tổ chức tại thành phố Hà Giang (trước khi hợp nhất tỉnh).",
    descriptionEn: "An OCOP market day in Hà Giang city (before the provinces merged).",
    startsOn: "2025-04-25",
    endsOn: "2025-04-27",
    venue: "Quảng trường 26/3, thành phố Hà Giang",
    province: "Hà Giang",
    organiserRegionCode: "030",
    registrationDeadline: "2025-04-10T17:00:00+07:00",
    registrationOpen: false,
    opensAt: "07:30",
    closesAt: "21:00",
    address: "",
    directionsVi: "Quảng trường ở trung tâm thành phố Hà Giang, cạnh sông Lô. (Hướng dẫn minh họa.)",
    directionsEn: "The square is in the centre of Hà Giang city, by the Lô river. (Illustrative directions.)",
    boothCapacity: 40,
    feeVnd: 3_000_000,
    subsidyPercent: 50,
    minStars: 3,
    maxBoothsPerProducer: 2,
    requests: [
      {
        producerSlug: "htx-choi-chit-viet-lam",
        boothCount: 2,
        productSlugs: ["choi-chit-viet-lam"],
        status: "APPROVED",
        needsPower: true,
        boothNumbers: [1, 2],
        createdAt: "2025-03-20T09:00:00+07:00",
      },
      {
        producerSlug: "htx-che-shan-tuyet-cao-bo",
        boothCount: 1,
        productSlugs: ["che-shan-tuyet-co-thu-cao-bo", "hong-tra-shan-tuyet-cao-bo"],
        status: "APPROVED",
        needsPower: true,
        note: "Cần ổ điện để đun nước pha trà mời khách.",
        boothNumbers: [3],
        createdAt: "2025-03-22T14:30:00+07:00",
      },
    ],
  },
];

// ───────────────────────────── Programme ─────────────────────────────

export interface DemoTarget {
  metric: string;
  labelVi: string;
  labelEn: string;
  baseline: number;
  goal: number;
  goalMax?: number;
  unit: string;
}

export interface DemoProgramme {
  slug: string;
  nameVi: string;
  nameEn: string;
  reference: string;
  regionCode: string;
  startYear: number;
  endYear: number;
  isCurrent: boolean;
  targets: readonly DemoTarget[];
  /** The resolution's own baseline by subgroup code ("13 tea …"). */
  subgroupBaselines?: Readonly<Record<string, number>>;
}

const STALLS_LABEL_VI = "Chủ thể được hỗ trợ làm mới gian hàng trưng bày, giới thiệu và bán sản phẩm";
const STALLS_LABEL_EN = "Producers helped to renew their display and sales stalls";
const COMMITMENTS_LABEL_VI = "Chủ thể OCOP cam kết đủ 5 nội dung (ATTP, bao bì, nhãn, quản lý chất lượng, truy xuất)";
const COMMITMENTS_LABEL_EN = "OCOP producers committed to all five (food safety, packaging, labels, quality management, traceability)";

/** The district's 2021–2025 programme (its period has ended: figures frozen on 31/12/2025). */
export const DEMO_PROGRAMME: DemoProgramme = {
  slug: "ocop-vi-xuyen-2021-2025",
  nameVi: "Chương trình OCOP huyện Vị Xuyên 2021–2025",
  nameEn: "Vi Xuyen District OCOP Programme 2021–2025",
  // A resolution of the district Party Committee, signed for it by the Secretary (OCOP.md), not of the People's Council.
  reference: "Nghị quyết của Ban Chấp hành Đảng bộ huyện Vị Xuyên khóa XXIV về Chương trình OCOP giai đoạn 2021–2025 (số hiệu minh họa)",
  regionCode: "030",
  startYear: 2021,
  endYear: 2025,
  isCurrent: true,
  targets: [
    { metric: "products_3star_plus", labelVi: "Sản phẩm OCOP đạt 3 sao trở lên", labelEn: "OCOP products rated 3★ or more", baseline: 19, goal: 50, unit: "sản phẩm" },
    { metric: "tourism_products", labelVi: "Sản phẩm du lịch OCOP", labelEn: "OCOP tourism products", baseline: 0, goal: 1, goalMax: 2, unit: "sản phẩm" },
    { metric: "upgrades_3_to_4", labelVi: "Sản phẩm nâng hạng 3 sao lên 4 sao", labelEn: "Upgrades from 3★ to 4★", baseline: 0, goal: 10, unit: "sản phẩm" },
    { metric: "upgrades_4_to_5", labelVi: "Sản phẩm nâng hạng 4 sao lên 5 sao", labelEn: "Upgrades from 4★ to 5★", baseline: 0, goal: 1, unit: "sản phẩm" },
    {
      metric: "new_economic_organisations",
      labelVi: "Tổ chức kinh tế thành lập mới hoặc củng cố",
      labelEn: "New or upgraded economic organisations",
      baseline: 0,
      goal: 10,
      unit: "tổ chức",
    },
    { metric: "stalls_supported", labelVi: STALLS_LABEL_VI, labelEn: STALLS_LABEL_EN, baseline: 0, goal: 3, goalMax: 5, unit: "chủ thể" },
    { metric: "producers_all_commitments", labelVi: COMMITMENTS_LABEL_VI, labelEn: COMMITMENTS_LABEL_EN, baseline: 0, goal: 100, unit: "%" },
    { metric: "communes_with_team", labelVi: "Xã có tổ OCOP", labelEn: "Communes with an OCOP team", baseline: 0, goal: 100, unit: "%" },
    { metric: "staff_trained", labelVi: "Cán bộ OCOP huyện, xã được tập huấn", labelEn: "District and commune OCOP officers trained", baseline: 0, goal: 100, unit: "%" },
  ],
  subgroupBaselines: { FOOD_TEA: 13, FOOD_FRESH: 2, HANDICRAFT_FIBRE: 1, FOOD_SPICE: 2, FOOD_PROCESSED: 1 },
};

/** A commune's programme beside the district's: its own region (with the pre-reform Phương Tiến) and period. */
export const DEMO_COMMUNE_PROGRAMME: DemoProgramme = {
  slug: "ocop-xa-thanh-thuy-2026-2030",
  nameVi: "Đề án OCOP xã Thanh Thủy 2026–2030",
  nameEn: "Thanh Thuy Commune OCOP Plan 2026–2030",
  reference: "Đề án của UBND xã Thanh Thủy (minh họa)",
  regionCode: "00928",
  startYear: 2026,
  endYear: 2030,
  isCurrent: false,
  targets: [
    { metric: "products_3star_plus", labelVi: "Sản phẩm OCOP đạt 3 sao trở lên", labelEn: "OCOP products rated 3★ or more", baseline: 5, goal: 8, unit: "sản phẩm" },
    { metric: "upgrades_3_to_4", labelVi: "Sản phẩm nâng hạng 3 sao lên 4 sao", labelEn: "Upgrades from 3★ to 4★", baseline: 0, goal: 2, unit: "sản phẩm" },
    { metric: "tourism_products", labelVi: "Sản phẩm du lịch cộng đồng OCOP", labelEn: "OCOP community tourism products", baseline: 0, goal: 1, unit: "sản phẩm" },
    { metric: "new_economic_organisations", labelVi: "Tổ chức kinh tế thành lập mới hoặc tổ chức lại", labelEn: "Economic organisations founded or re-formed", baseline: 0, goal: 2, unit: "tổ chức" },
    { metric: "stalls_supported", labelVi: STALLS_LABEL_VI, labelEn: STALLS_LABEL_EN, baseline: 0, goal: 2, unit: "chủ thể" },
    { metric: "producers_all_commitments", labelVi: COMMITMENTS_LABEL_VI, labelEn: COMMITMENTS_LABEL_EN, baseline: 0, goal: 100, unit: "%" },
  ],
};

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [DEMO_PROGRAMME, DEMO_COMMUNE_PROGRAMME];

// ───────────────────────────── Records officers keep for the programme ─────────────────────────────

export interface DemoStallSupport {
  producerSlug: string;
  supportedOn: string;
  place: string;
  description: string;
  amountVnd: number | null;
  reference: string;
}

/** 3 producers helped in 2021–2025 (the resolution's 3–5), one more in 2026 (the commune's plan). */
export const DEMO_STALL_SUPPORTS: readonly DemoStallSupport[] = [
  {
    producerSlug: "htx-choi-chit-viet-lam",
    supportedOn: "2023-06-15",
    place: "Gian hàng trưng bày tại trụ sở HTX, thị trấn Nông trường Việt Lâm",
    description: "Kệ trưng bày, biển hiệu và quầy bán chổi chít.",
    amountVnd: 20_000_000,
    reference: "QĐ hỗ trợ số 45/QĐ-UBND (minh họa)",
  },
  {
    producerSlug: "htx-che-shan-tuyet-cao-bo",
    supportedOn: "2024-04-10",
    place: "Điểm giới thiệu và bán chè tại thôn Tham Vè, xã Cao Bồ",
    description: "Làm mới gian trưng bày, bàn pha trà mời khách.",
    amountVnd: 30_000_000,
    reference: "QĐ hỗ trợ số 112/QĐ-UBND (minh họa)",
  },
  {
    producerSlug: "htx-tra-peng",
    supportedOn: "2025-08-20",
    place: "Gian hàng tại điểm du lịch Xà Phìn",
    description: "Tủ trưng bày và biển giới thiệu sản phẩm chè Trà Pèng.",
    amountVnd: 25_000_000,
    reference: "Biên bản bàn giao ngày 20/8/2025 (minh họa)",
  },
  {
    producerSlug: "htx-che-thanh-thuy",
    supportedOn: "2026-05-12",
    place: "Quầy bán chè tại chợ xã Thanh Thủy",
    description: "Quầy, kệ và bảng giá.",
    amountVnd: null,
    reference: "Hỗ trợ bằng hiện vật (minh họa)",
  },
];

export interface DemoOrganisationChange {
  kind: "FOUNDED" | "REFORMED";
  name: string;
  legalForm: LegalForm;
  changedOn: string;
  regionCode: string;
  producerSlug: string | null;
  registrationNumber: string;
  note: string;
}

/**
 * Organisations founded or re-formed: 5 in the district in 2021–2025 (one at a pre-reform commune), one
 * in Thanh Thủy in 2026 (counted by the commune's plan, not by the ended district programme).
 */
export const DEMO_ORGANISATION_CHANGES: readonly DemoOrganisationChange[] = [
  { kind: "FOUNDED", name: "Hợp tác xã Nông nghiệp Linh Hồ", legalForm: "COOPERATIVE", changedOn: "2021-03-15", regionCode: "00970", producerSlug: "htx-nong-nghiep-linh-ho", registrationNumber: "5100123401 (minh họa)", note: "" },
  { kind: "REFORMED", name: "Hợp tác xã Chè Thanh Thủy", legalForm: "COOPERATIVE", changedOn: "2024-10-15", regionCode: "00928", producerSlug: "htx-che-thanh-thuy", registrationNumber: "5100123402 (minh họa)", note: "Tổ chức lại theo Luật Hợp tác xã 2023." },
  { kind: "FOUNDED", name: "Hợp tác xã Du lịch cộng đồng Xà Phìn", legalForm: "COOPERATIVE", changedOn: "2023-08-08", regionCode: "00850", producerSlug: null, registrationNumber: "5100123403 (minh họa)", note: "Đăng ký tại xã Phương Tiến (cũ)." },
  { kind: "FOUNDED", name: "Tổ hợp tác Chăn nuôi gà đen Minh Tân", legalForm: "COOPERATIVE_GROUP", changedOn: "2024-05-20", regionCode: "00919", producerSlug: "tht-ga-den-minh-tan", registrationNumber: "", note: "" },
  { kind: "FOUNDED", name: "Công ty Cổ phần Thực phẩm Hà Giang Xanh", legalForm: "ENTERPRISE", changedOn: "2024-09-10", regionCode: "00913", producerSlug: "cong-ty-cp-thuc-pham-ha-giang-xanh", registrationNumber: "5100123404 (minh họa)", note: "" },
  { kind: "FOUNDED", name: "Hợp tác xã Homestay Nặm Ngặt", legalForm: "COOPERATIVE", changedOn: "2026-04-20", regionCode: "00928", producerSlug: null, registrationNumber: "5100123405 (minh họa)", note: "" },
];

export interface DemoCommuneTeam {
  regionCode: string;
  establishedOn: string;
  decisionNumber: string;
  members: string;
}

const team = (regionCode: string, establishedOn: string, number: number): DemoCommuneTeam => ({
  regionCode,
  establishedOn,
  decisionNumber: `${number}/QĐ-UBND (minh họa)`,
  members: "Phó Chủ tịch UBND xã (tổ trưởng), công chức nông nghiệp, địa chính, văn hóa (minh họa)",
});

/**
 * OCOP teams of the communes since the reform: 10 of 12 by 31/12/2025, Bạch Ngọc in 2026, Lao Chải
 * none yet. Phương Tiến's pre-reform team no longer counts (the commune was merged).
 */
export const DEMO_COMMUNE_TEAMS: readonly DemoCommuneTeam[] = [
  team("00913", "2025-08-05", 101),
  team("00967", "2025-08-05", 102),
  team("00952", "2025-08-12", 103),
  team("00958", "2025-08-12", 104),
  team("00925", "2025-08-20", 105),
  team("00922", "2025-08-20", 106),
  team("00919", "2025-09-02", 107),
  team("00970", "2025-09-02", 108),
  team("00706", "2025-09-15", 109),
  team("00928", "2025-09-05", 110),
  team("00976", "2026-02-10", 111),
  team("00850", "2022-03-01", 12),
];

export interface DemoOcopStaff {
  name: string;
  position: string;
  regionCode: string;
  servingFrom: string | null;
  servingUntil: string | null;
  trainedOn: string | null;
  training: string;
}

const DISTRICT_COURSE = "Tập huấn nghiệp vụ OCOP cấp huyện (minh họa)";
const COMMUNE_COURSE = "Tập huấn triển khai Chương trình OCOP cấp xã (minh họa)";

/**
 * District (former district area) and commune OCOP officers, all names made up: on 31/12/2025, 14
 * serving (one left in June 2025) and 12 trained; one more trained in March 2026.
 */
export const DEMO_OCOP_STAFF: readonly DemoOcopStaff[] = [
  { name: "Hoàng Văn Khánh (minh họa)", position: "Chuyên viên phụ trách OCOP", regionCode: "030", servingFrom: "2021-01-01", servingUntil: null, trainedOn: "2021-05-20", training: DISTRICT_COURSE },
  { name: "Lý Thị Mai (minh họa)", position: "Chuyên viên nông nghiệp", regionCode: "030", servingFrom: "2021-01-01", servingUntil: "2025-06-30", trainedOn: "2021-05-20", training: DISTRICT_COURSE },
  { name: "Nguyễn Thị Hạnh (minh họa)", position: "Công chức nông nghiệp", regionCode: "00913", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-15", training: COMMUNE_COURSE },
  { name: "Triệu Văn Sính (minh họa)", position: "Công chức nông nghiệp", regionCode: "00967", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-15", training: COMMUNE_COURSE },
  { name: "Vương Thị Dung (minh họa)", position: "Công chức nông nghiệp", regionCode: "00952", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-15", training: COMMUNE_COURSE },
  { name: "Sùng Văn Páo (minh họa)", position: "Công chức nông nghiệp", regionCode: "00958", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-15", training: COMMUNE_COURSE },
  { name: "Đặng Thị Lan (minh họa)", position: "Công chức nông nghiệp", regionCode: "00925", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-15", training: COMMUNE_COURSE },
  { name: "Ma Văn Cường (minh họa)", position: "Công chức nông nghiệp", regionCode: "00922", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Nông Thị Thảo (minh họa)", position: "Công chức nông nghiệp", regionCode: "00919", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Lò Văn Dũng (minh họa)", position: "Công chức nông nghiệp", regionCode: "00970", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Vi Thị Yến (minh họa)", position: "Công chức nông nghiệp", regionCode: "00976", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Giàng Văn Chỉn (minh họa)", position: "Công chức nông nghiệp", regionCode: "00706", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Phạm Thị Quý (minh họa)", position: "Công chức nông nghiệp", regionCode: "00928", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2025-10-16", training: COMMUNE_COURSE },
  { name: "Dương Văn Hải (minh họa)", position: "Công chức nông nghiệp", regionCode: "00937", servingFrom: "2025-07-01", servingUntil: null, trainedOn: "2026-03-18", training: COMMUNE_COURSE },
  { name: "Bùi Thị Hoa (minh họa)", position: "Cán bộ văn hóa – du lịch", regionCode: "00928", servingFrom: "2025-07-01", servingUntil: null, trainedOn: null, training: "" },
];

// ───────────────────────────── Commitments and ideas ─────────────────────────────

export const ALL_COMMITMENT_KINDS: readonly CommitmentKind[] = ["FOOD_SAFETY", "PACKAGING", "LABELS", "QUALITY_MANAGEMENT", "TRACEABILITY"];

export interface DemoCommitment {
  producerSlug: string;
  kind: CommitmentKind;
  committedOn: string;
  evidence: string;
}

function commitments(producerSlug: string, committedOn: string, kinds: readonly CommitmentKind[] = ALL_COMMITMENT_KINDS): DemoCommitment[] {
  return kinds.map((kind) => ({ producerSlug, kind, committedOn, evidence: "Bản cam kết có chữ ký của người đại diện (minh họa)" }));
}

/** 3 producers with all five commitments, 2 with some: 20 rows. */
export const DEMO_COMMITMENTS: readonly DemoCommitment[] = [
  ...commitments("htx-che-shan-tuyet-cao-bo", "2024-02-01"),
  ...commitments("htx-tra-peng", "2024-05-10"),
  ...commitments("htx-choi-chit-viet-lam", "2023-11-15"),
  ...commitments("htx-che-thanh-thuy", "2024-03-12", ["FOOD_SAFETY", "PACKAGING", "LABELS"]),
  ...commitments("cong-ty-tnhh-che-vi-xuyen", "2025-01-20", ["FOOD_SAFETY", "QUALITY_MANAGEMENT"]),
];

export interface DemoIdea {
  proposerName: string;
  proposerContact: string;
  regionCode: string | null;
  title: string;
  description: string;
  group: OcopGroup | null;
  status: IdeaStatus;
  reviewNote?: string;
  /** Days before the seed's reference day the idea was registered. */
  daysAgo: number;
}

export const DEMO_IDEAS: readonly DemoIdea[] = [
  {
    proposerName: "Đặng Văn Lực",
    proposerContact: "0912 000 201",
    regionCode: "00928",
    title: "Homestay và trải nghiệm hái chè cổ thụ Nặm Ngặt",
    description: "Đón khách nghỉ tại nhà sàn, hái và sao chè cùng gia đình người Dao; kết hợp đi bộ rừng.",
    group: "TOURISM",
    status: "UNDER_REVIEW",
    daysAgo: 20,
  },
  {
    proposerName: "Hợp tác xã Chổi chít Việt Lâm",
    proposerContact: "choichit.vietlam@example.com",
    regionCode: "00967",
    title: "Miến dong Việt Lâm",
    description: "Làm miến từ củ dong riềng trồng tại xã, phơi nắng tự nhiên, đóng gói 500 g.",
    group: "FOOD",
    status: "NEW",
    daysAgo: 5,
  },
  {
    proposerName: "Trần Thị Hoa",
    proposerContact: "hoa.tran@example.com",
    regionCode: "00976",
    title: "Trà hoa vàng Bạch Ngọc",
    description: "Sấy lạnh hoa trà vàng mọc tự nhiên dưới tán rừng Bạch Ngọc.",
    group: "FOOD",
    status: "ACCEPTED",
    reviewNote: "Đưa vào kế hoạch hỗ trợ xây dựng phương án kinh doanh năm 2027.",
    daysAgo: 90,
  },
  {
    proposerName: "Lý Văn Minh",
    proposerContact: "0912 000 204",
    regionCode: null,
    title: "Tinh dầu sả chanh",
    description: "Chưng cất tinh dầu sả chanh để bán cho khách du lịch.",
    group: "HERBAL",
    status: "DECLINED",
    reviewNote: "Chưa có vùng nguyên liệu ổn định; đề nghị liên kết với HTX Dược liệu Thuận Hòa.",
    daysAgo: 150,
  },
];

// ───────────────────────────── Expected counts (for tests) ─────────────────────────────

/** What `seedDemo` produces on an empty database (and leaves unchanged on re-runs). */
export const DEMO_EXPECTED = {
  /** PUBLISHED, producer ACTIVE, a VALID certificate ≥3★ with validUntil ≥ DEMO_REFERENCE_DATE. */
  certifiedProducts: 19,
  certifiedByStars: { 3: 17, 4: 2 },
  certifiedBySubgroup: { FOOD_TEA: 13, FOOD_FRESH: 2, HANDICRAFT_FIBRE: 1, FOOD_SPICE: 2, FOOD_PROCESSED: 1 },
} as const;
