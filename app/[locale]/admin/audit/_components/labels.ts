import { getTranslations } from "next-intl/server";
import { formatDateTime, formatDay } from "@/lib/format";
import type { AuditEntry } from "@/server/audit/queries";

/** The log's words for codes, kinds of record, fields and values, shared by the page and its CSV. */
export async function auditLabels(locale: string) {
  const translate = await getTranslations({ locale, namespace: "admin.audit" });
  const t = translate as unknown as ((key: string, values?: Record<string, string>) => string) & { has(key: string): boolean };
  const entity = (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type);
  /** "Tạm dừng chủ thể" for a known code; "Thêm · Hỗ trợ gian hàng" for a code the dictionary has not met yet. */
  const action = (code: string, entityType: string) => {
    if (t.has(`actions.${code}`)) return t(`actions.${code}`);
    const verb = code.split(".")[1] ?? "";
    return t.has(`verbs.${verb}`) ? `${t(`verbs.${verb}`)} · ${entity(entityType)}` : code;
  };
  const field = (name: string) => (t.has(`fields.${name}`) ? t(`fields.${name}`) : name);
  const value = (text: string) => {
    if (text === "") return t("empty");
    if (text === "true") return t("yes");
    if (text === "false") return t("no");
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDay(text, locale);
    if (/^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(text)) return formatDay(text.slice(0, 10), locale);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(text)) return formatDateTime(text, locale);
    if (/^[A-Z_]+$/.test(text) && t.has(`values.${text}`)) return t(`values.${text}`);
    return text;
  };
  const changes = (entry: AuditEntry) => entry.changes.map((c) => `${field(c.field)}: ${value(c.before)} → ${value(c.after)}`).join("; ");
  return { t, entity, action, field, value, changes };
}
