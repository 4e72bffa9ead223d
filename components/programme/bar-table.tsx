import { Link } from "@/i18n/navigation";
import { formatNumber } from "@/lib/format";

export interface BarRow {
  key: string;
  label: string;
  count: number;
  /** The list behind the number, when there is one. */
  href?: string;
}

/**
 * A bar chart that is a data table: screen readers and printers read the table, the bars (CSS widths,
 * hidden from assistive technology) only draw it.
 */
export function BarTable({
  caption,
  categoryHeader,
  countHeader,
  rows,
  empty,
  locale,
}: {
  caption: string;
  categoryHeader: string;
  countHeader: string;
  rows: readonly BarRow[];
  empty: string;
  locale: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="break-inside-avoid">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-2 font-semibold">
              {categoryHeader}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-semibold">
              {countHeader}
            </th>
            <td className="w-1/2" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="py-2 text-slate-600">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {row.label}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {row.href ? (
                    <Link href={row.href} className="font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-700">
                      {formatNumber(row.count, locale)}
                    </Link>
                  ) : (
                    formatNumber(row.count, locale)
                  )}
                </td>
                <td className="py-1" aria-hidden="true">
                  <div className="h-3 rounded-sm bg-brand-600 print:border print:border-black" style={{ width: `${(row.count / max) * 100}%` }} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </figure>
  );
}
