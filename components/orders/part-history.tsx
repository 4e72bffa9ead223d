import { optionalMessage } from "@/i18n/optional-message";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";

export interface PartEventView {
  kind: string;
  actor: "BUYER" | "PRODUCER" | "OFFICER" | "SYSTEM";
  at: Date;
  carrier: string | null;
  trackingNumber: string | null;
  reason: string | null;
  note: string | null;
}

/** The history of one part of an order, oldest first, as its buyer, its producer and officers see it. */
export async function PartHistory({ events, locale, headingId, level = 3 }: { events: readonly PartEventView[]; locale: string; headingId: string; level?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "orders" });
  if (events.length === 0) return null;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    // A plain block, not a landmark: every part has its own history, and landmarks must be unique.
    <div className="mt-3">
      <Heading id={headingId} className="text-sm font-semibold">
        {t("order.history")}
      </Heading>
      <ol className="mt-1 space-y-1 border-l-2 border-brand-700 pl-3 text-sm" data-testid="part-history">
        {events.map((event, i) => (
          <li key={i}>
            <time dateTime={event.at.toISOString()} className="text-slate-700">
              {formatDateTime(event.at, locale)}
            </time>{" "}
            <span className="font-semibold">{optionalMessage(t, `order.event.${event.kind}`) ?? event.kind}</span>
            <span className="text-slate-700"> · {t(`order.actor.${event.actor}`)}</span>
            {event.trackingNumber ? <span className="block">{t("order.tracking", { carrier: event.carrier ?? "—", number: event.trackingNumber })}</span> : null}
            {event.reason ? <span className="block">{t("order.cancelledBecause", { reason: t(`cancelReason.${event.reason}` as "cancelReason.OTHER") })}</span> : null}
            {event.note ? <span className="block italic">“{event.note}”</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
