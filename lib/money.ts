/** VND has no minor unit: amounts are whole đồng, formatted the way each language writes them. */
export function formatVnd(amount: number, locale: "vi" | "en" | string): string {
  if (!Number.isInteger(amount)) throw new TypeError(`VND amounts are integers: ${amount}`);
  return new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(amount);
}
