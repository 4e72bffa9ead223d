/**
 * Who runs the site and how to reach them (the contact and about pages): settings, never facts written
 * into a page. Until OPERATOR_* are set (.env.example) the demo runs with an operator that says it is
 * illustrative, and a production server warns at start-up (instrumentation.ts).
 */
export const DEMO_OPERATOR = {
  name: "Đơn vị vận hành (minh họa)",
  nameEn: "Site operator (illustrative)",
  address: "Địa chỉ minh họa, tỉnh Tuyên Quang",
  email: "lienhe@ocop.example",
} as const;

export interface OperatorSettings {
  NODE_ENV: string;
  OPERATOR_NAME: string;
  OPERATOR_NAME_EN?: string;
  OPERATOR_ADDRESS: string;
  OPERATOR_EMAIL: string;
  OPERATOR_PHONE?: string;
}

export interface Operator {
  name: string;
  /** Set when the name shown is the Vietnamese one on an English page (for `lang`). */
  nameLang: "vi" | "en";
  address: string;
  email: string;
  phone: string | null;
  /** `tel:` address of the phone (digits and a leading +), or null. */
  phoneHref: string | null;
}

export function operatorOf(env: OperatorSettings, locale: string): Operator {
  // The demo's operator has an English name of its own; a configured one only when OPERATOR_NAME_EN is set.
  const nameEn = env.OPERATOR_NAME_EN ?? (env.OPERATOR_NAME === DEMO_OPERATOR.name ? DEMO_OPERATOR.nameEn : null);
  const english = locale === "en" && nameEn ? nameEn : null;
  const phone = env.OPERATOR_PHONE?.trim() || null;
  return {
    name: english ?? env.OPERATOR_NAME,
    nameLang: english ? "en" : "vi",
    address: env.OPERATOR_ADDRESS,
    email: env.OPERATOR_EMAIL,
    phone,
    phoneHref: phone ? `tel:${phone.replace(/(?!^\+)[^\d]/g, "")}` : null,
  };
}

/** A production server still naming the demo's illustrative operator: visitors would be told to write to nobody. */
export function operatorWarning(env: OperatorSettings): string | null {
  if (env.NODE_ENV !== "production") return null;
  const demo = env.OPERATOR_NAME === DEMO_OPERATOR.name || env.OPERATOR_EMAIL === DEMO_OPERATOR.email || env.OPERATOR_ADDRESS === DEMO_OPERATOR.address;
  return demo ? "OPERATOR_NAME, OPERATOR_ADDRESS and OPERATOR_EMAIL are the demo's illustrative values in production: /contact and /about name no real operator. Set them (see .env.example)." : null;
}
