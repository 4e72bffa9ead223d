import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form } from "@/components/forms/form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { decideBoothRequestAction } from "@/server/fairs/actions";

/** The words of a request's decision form, in the page's language (messages/<locale>/fairs.json, "admin"). */
export interface BoothDecisionLabels {
  /** Names the form among the list's other requests (a landmark). */
  form: string;
  boothNumbers: string;
  boothNumbersHint: string;
  approve: string;
  reason: string;
  waitlist: string;
  reject: string;
  rejectConfirm: string;
  reassign: string;
}

/**
 * One booth request's decision on the fair's request list (the form kit, one form per request): a
 * pending or waitlisted request is approved with the booth numbers typed (empty: the lowest free
 * ones), waitlisted or rejected with a reason; an approved one is moved to other booths. A refusal
 * comes back in this form only, next to its field, with what was typed; without JavaScript too.
 */
export function BoothDecisionForm({
  locale,
  fairId,
  back,
  request,
  labels,
}: {
  locale: string;
  fairId: string;
  /** The list's query the officer returns to after a decision. */
  back: string;
  request: { id: string; status: "PENDING" | "WAITLISTED" | "APPROVED"; booths: readonly number[] };
  labels: BoothDecisionLabels;
}) {
  const approved = request.status === "APPROVED";
  return (
    <Form action={decideBoothRequestAction} locale={locale} initial={approved ? { boothNumbers: request.booths.join(", ") } : {}} label={labels.form} className="mt-2 space-y-2">
      <input type="hidden" name="fairId" value={fairId} />
      <input type="hidden" name="requestId" value={request.id} />
      <input type="hidden" name="back" value={back} />
      <FormMessages />
      <div className="flex flex-wrap items-end gap-2">
        <Field name="boothNumbers" label={labels.boothNumbers} hint={approved ? undefined : labels.boothNumbersHint} required={approved} maxLength={200} inputMode="numeric" className="w-full max-w-sm space-y-1 text-sm" />
        <SubmitButton name="decision" value={approved ? "reassign" : "approve"} variant={approved ? "secondary" : "primary"}>
          {approved ? labels.reassign : labels.approve}
        </SubmitButton>
      </div>
      {approved ? null : (
        <div className="flex flex-wrap items-end gap-2">
          <Field name="reason" label={labels.reason} maxLength={500} className="w-full max-w-sm space-y-1 text-sm" />
          {request.status === "PENDING" ? (
            <SubmitButton name="decision" value="waitlist" variant="secondary">
              {labels.waitlist}
            </SubmitButton>
          ) : null}
          <ConfirmSubmit name="decision" value="reject" question={labels.rejectConfirm} className="rounded border border-red-700 px-3 py-2 font-semibold text-red-800">
            {labels.reject}
          </ConfirmSubmit>
        </div>
      )}
    </Form>
  );
}
