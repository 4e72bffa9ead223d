/**
 * A link that opens a place in a maps site, built from what the organisers wrote (venue, address,
 * province): an ordinary link to Google Maps' documented search URL (developers.google.com/maps/
 * documentation/urls, `api=1&query=`), so the page loads no map script and its CSP stays strict.
 * Google Maps is what most visitors here have on their phones; the link opens its app where installed.
 */
export function mapSearchUrl(place: { venue: string; address?: string | null; province: string }): string {
  const parts = [place.venue, place.address, place.province].map((part) => part?.trim() ?? "").filter(Boolean);
  // The venue often already ends with the province ("…, Tuyên Quang"): say it once.
  const unique = parts.filter((part, i) => !parts.slice(0, i).some((earlier) => earlier.toLowerCase().includes(part.toLowerCase())));
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(unique.join(", "))}`;
}
