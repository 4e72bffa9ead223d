/** The six OCOP product groups of 148/QĐ-TTg, in display order, with their names in both languages. */
export const OCOP_GROUPS = ["FOOD", "BEVERAGE", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM"] as const;
export type OcopGroupCode = (typeof OCOP_GROUPS)[number];

export const OCOP_GROUP_LABELS: Record<OcopGroupCode, { vi: string; en: string }> = {
  FOOD: { vi: "Thực phẩm", en: "Food" },
  BEVERAGE: { vi: "Đồ uống", en: "Drinks" },
  HERBAL: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "Herbal products" },
  HANDICRAFT: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  ORNAMENTAL: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  TOURISM: { vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", en: "Community tourism, eco-tourism and tourist sites" },
};

export const LEGAL_FORM_LABELS = {
  HOUSEHOLD: { vi: "Hộ kinh doanh", en: "Household business" },
  COOPERATIVE: { vi: "Hợp tác xã", en: "Cooperative" },
  COOPERATIVE_GROUP: { vi: "Tổ hợp tác", en: "Cooperative group" },
  ENTERPRISE: { vi: "Doanh nghiệp", en: "Enterprise" },
} as const;
