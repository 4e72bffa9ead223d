/**
 * Back-office navigation, one list per surface. Each feature adds its own line; labels are keys in
 * messages/<locale>/backoffice.json ("nav.<key>").
 */
export const STUDIO_NAV = [
  { key: "dashboard", href: "/studio" },
  { key: "orders", href: "/studio/orders" },
] as const satisfies readonly { key: string; href: string }[];

export const ADMIN_NAV = [
  { key: "dashboard", href: "/admin" },
  { key: "orders", href: "/admin/orders" },
] as const satisfies readonly { key: string; href: string }[];
