/**
 * Back-office navigation, one list per surface. Each feature adds its own line; labels are keys in
 * messages/<locale>/backoffice.json ("nav.<key>").
 */
export const STUDIO_NAV = [{ key: "dashboard", href: "/studio" }] as const satisfies readonly { key: string; href: string }[];

export const ADMIN_NAV = [
  { key: "dashboard", href: "/admin" },
  { key: "programme", href: "/admin/programme" },
  { key: "commitments", href: "/admin/programme/commitments" },
] as const satisfies readonly { key: string; href: string }[];
