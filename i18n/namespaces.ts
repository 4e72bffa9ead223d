// One JSON file per namespace in messages/<locale>/, so features own their strings.
export const namespaces = [
  "common",
  "home",
  "health",
  "errors",
  "backoffice",
  "catalog",
  "orders",
  "forms",
  "accounts",
  "listings",
  "admin",
  "trace",
  "ideas",
  "profile",
  "programme",
  "fairs",
  "jobs",
  "certificates",
] as const;

export type Namespace = (typeof namespaces)[number];
