/**
 * Back-office navigation, one list per surface. Each feature adds its own line; labels are keys in
 * messages/<locale>/backoffice.json ("nav.<key>").
 */
export const STUDIO_NAV = [
  { key: "dashboard", href: "/studio" },
  { key: "products", href: "/studio/products" },
  { key: "batches", href: "/studio/batches" },
  { key: "profile", href: "/studio/profile" },
  { key: "password", href: "/account/password" },
  { key: "orders", href: "/studio/orders" },
  { key: "fairs", href: "/studio/fairs" },
  { key: "certificates", href: "/studio/certificates" },
] as const satisfies readonly { key: string; href: string }[];

export const ADMIN_NAV = [
  { key: "dashboard", href: "/admin" },
  { key: "review", href: "/admin/review" },
  { key: "adminProducts", href: "/admin/products" },
  { key: "certificates", href: "/admin/certificates" },
  { key: "producers", href: "/admin/producers" },
  { key: "accounts", href: "/admin/accounts" },
  { key: "ideas", href: "/admin/ideas" },
  { key: "audit", href: "/admin/audit" },
  { key: "orders", href: "/admin/orders" },
  { key: "programme", href: "/admin/programme" },
  { key: "commitments", href: "/admin/programme/commitments" },
  { key: "fairs", href: "/admin/fairs" },
] as const satisfies readonly { key: string; href: string }[];
