// One JSON file per namespace in messages/<locale>/, so features own their strings.
export const namespaces = [
  "common",
  "home",
  "health",
  "errors",
  "backoffice",
  "catalog",
  "orders",
  "jobs",
] as const;
