/** RFC 4180 CSV for exports people open in spreadsheets. */
export interface CsvColumn<K extends string = string> {
  key: K;
  header: string;
}

/**
 * A number-like text Excel must keep as text (a phone's leading 0, a long account number): written as
 * the formula ="0912 345 678", which Excel and LibreOffice show as that text. Only digits, spaces and
 * + ( ) - . are allowed in it, so it can never carry a real formula; anything else is written plainly.
 */
export interface ExcelText {
  excelText: string;
}

export type CsvCell = string | number | ExcelText | null | undefined;

function escapeCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    return /^[0-9 +().-]{1,40}$/.test(value.excelText) ? `"=""${value.excelText}"""` : escapeCell(value.excelText);
  }
  let text = String(value);
  // A text cell starting with = + - @ would run as a formula in Excel or Sheets (CSV injection).
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<K extends string>(
  rows: readonly Partial<Record<K, CsvCell>>[],
  columns: readonly CsvColumn<K>[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [columns.map((column) => escapeCell(column.header)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => escapeCell(row[column.key])).join(","));
  // The BOM makes Excel read UTF-8 (Vietnamese) correctly.
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/**
 * The same CSV in pieces, for exports too large to build as one string (a national list): the header
 * (after the BOM) first, then one piece per batch of rows as the batches arrive.
 */
export async function* csvChunks<K extends string>(
  batches: AsyncIterable<readonly Partial<Record<K, CsvCell>>[]>,
  columns: readonly CsvColumn<K>[],
  { bom = true }: { bom?: boolean } = {},
): AsyncGenerator<string> {
  yield `${bom ? "\uFEFF" : ""}${columns.map((column) => escapeCell(column.header)).join(",")}\r\n`;
  for await (const rows of batches) {
    if (rows.length === 0) continue;
    yield rows.map((row) => `${columns.map((column) => escapeCell(row[column.key])).join(",")}\r\n`).join("");
  }
}
