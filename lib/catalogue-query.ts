/** The catalogue's list options, shared by its query schemas (server) and the filter forms (components). */
export const PRODUCT_SORTS = ["relevance", "price-asc", "price-desc", "stars", "newest"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

// Twelve to a page: a first page that stays light on a cheap phone over a weak connection (and a
// cached page Next.js serves faster); clients that want more ask with pageSize (at most 100).
export const PAGE_SIZE = 12;
export const MAX_PAGE = 1000;

/** A producer's legal form (hộ kinh doanh, hợp tác xã, tổ hợp tác, doanh nghiệp). */
export const LEGAL_FORMS = ["HOUSEHOLD", "COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE"] as const;
