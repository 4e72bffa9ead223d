/** What a batch's trace records can be; shared by the studio forms (which must not ship zod) and the schemas. */
export const TRACE_EVENT_TYPES = ["PLANTING", "HARVEST", "PROCESSING", "PACKAGING", "LAB_TEST", "CERTIFICATION", "SHIPPING"] as const;

/** Certifications a batch can carry (VietGAP, organic…), not to be confused with a product's OCOP certificate. */
export const CERTIFICATION_KINDS = ["VIETGAP", "ORGANIC", "GEOGRAPHICAL_INDICATION", "HACCP", "ISO_22000", "OTHER"] as const;
