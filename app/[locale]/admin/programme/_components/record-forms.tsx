"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import type { FormState } from "@/components/forms/form-state";
import { LEGAL_FORM_LABELS } from "@/lib/ocop-groups";
import {
  deleteCommuneTeamAction,
  deleteOcopStaffAction,
  deleteOrganisationChangeAction,
  deleteStallSupportAction,
  saveOcopStaffAction,
  saveOrganisationChangeAction,
  saveStallSupportAction,
  setCommuneTeamAction,
} from "@/server/programme/actions";

/*
 * Officers' forms for the records the programme's targets count. Each keeps what was typed after an
 * error (the form kit's state) and returns to its list when saved.
 */

export interface RegionChoice {
  id: string;
  label: string;
}

const initialState = (values: Record<string, string>): FormState => ({ values, fieldErrors: {}, formError: null, notice: null });

function Hidden({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function RegionSelect({ name, label, regions, value, error }: { name: string; label: string; regions: RegionChoice[]; value: string | undefined; error?: string }) {
  return (
    <Field name={name} label={label} required defaultValue={value ?? ""} error={error}>
      <option value="" />
      {regions.map((r) => (
        <option key={r.id} value={r.id}>
          {r.label}
        </option>
      ))}
    </Field>
  );
}

export function StallSupportForm({ programme, producerId, initial }: { programme: string; producerId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme.records.stalls");
  const locale = useLocale();
  const [state, action] = useActionState(saveStallSupportAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate>
      <Hidden values={{ locale, programme, producerId, id: initial.id ?? "" }} />
      <FormMessages formError={state.formError} />
      {e.producerId ? <p className="font-semibold text-red-800">{e.producerId}</p> : null}
      <Field name="supportedOn" type="date" label={t("supportedOn")} required defaultValue={v.supportedOn} error={e.supportedOn} />
      <Field name="place" label={t("place")} required defaultValue={v.place} error={e.place} />
      <Field name="description" label={t("description")} multiline rows={3} defaultValue={v.description} error={e.description} />
      <Field name="amountVnd" label={t("amountVnd")} hint={t("amountHint")} defaultValue={v.amountVnd} error={e.amountVnd} />
      <Field name="reference" label={t("reference")} defaultValue={v.reference} error={e.reference} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

export function OrganisationChangeForm({
  programme,
  regions,
  producer,
  initial,
}: {
  programme: string;
  regions: RegionChoice[];
  /** The producer on the site this record is linked to, if any. */
  producer: { id: string; name: string } | null;
  initial: Record<string, string>;
}) {
  const t = useTranslations("programme");
  const locale = useLocale();
  const [state, action] = useActionState(saveOrganisationChangeAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate>
      <Hidden values={{ locale, programme, id: initial.id ?? "", producerId: producer?.id ?? "" }} />
      <FormMessages formError={state.formError} />
      {producer ? (
        <p>
          {t("records.organisations.linkedProducer")}: <strong>{producer.name}</strong>
        </p>
      ) : null}
      <Field name="kind" label={t("records.organisations.kind")} required defaultValue={v.kind || "FOUNDED"} error={e.kind}>
        {(["FOUNDED", "REFORMED"] as const).map((kind) => (
          <option key={kind} value={kind}>
            {t(`organisationKinds.${kind}`)}
          </option>
        ))}
      </Field>
      <Field name="name" label={t("records.organisations.name")} required defaultValue={v.name} error={e.name} />
      <Field name="legalForm" label={t("records.organisations.legalForm")} required defaultValue={v.legalForm || "COOPERATIVE"} error={e.legalForm}>
        {Object.entries(LEGAL_FORM_LABELS).map(([form, label]) => (
          <option key={form} value={form}>
            {label[locale === "en" ? "en" : "vi"]}
          </option>
        ))}
      </Field>
      <Field name="changedOn" type="date" label={t("records.organisations.changedOn")} required defaultValue={v.changedOn} error={e.changedOn} />
      <RegionSelect name="regionId" label={t("records.regionPicker")} regions={regions} value={v.regionId} error={e.regionId} />
      <Field name="registrationNumber" label={t("records.organisations.registrationNumber")} defaultValue={v.registrationNumber} error={e.registrationNumber} />
      <Field name="note" label={t("records.organisations.note")} multiline rows={3} defaultValue={v.note} error={e.note} />
      <div>
        <SubmitButton>{t("records.organisations.save")}</SubmitButton>
      </div>
    </form>
  );
}

export function CommuneTeamForm({ programme, regionId, initial }: { programme: string; regionId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme.records.teams");
  const locale = useLocale();
  const [state, action] = useActionState(setCommuneTeamAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate>
      <Hidden values={{ locale, programme, regionId }} />
      <FormMessages formError={state.formError} />
      {e.regionId ? <p className="font-semibold text-red-800">{e.regionId}</p> : null}
      <Field name="establishedOn" type="date" label={t("establishedOn")} required defaultValue={v.establishedOn} error={e.establishedOn} />
      <Field name="decisionNumber" label={t("decisionNumber")} defaultValue={v.decisionNumber} error={e.decisionNumber} />
      <Field name="members" label={t("members")} multiline rows={4} defaultValue={v.members} error={e.members} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

export function OcopStaffForm({ programme, regions, initial }: { programme: string; regions: RegionChoice[]; initial: Record<string, string> }) {
  const t = useTranslations("programme.records.staff");
  const locale = useLocale();
  const [state, action] = useActionState(saveOcopStaffAction, initialState(initial));
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <Hidden values={{ locale, programme, id: initial.id ?? "" }} />
      <div className="sm:col-span-2">
        <FormMessages formError={state.formError} />
      </div>
      <Field name="name" label={t("name")} required defaultValue={v.name} error={e.name} />
      <Field name="position" label={t("position")} defaultValue={v.position} error={e.position} />
      <div className="sm:col-span-2">
        <RegionSelect name="regionId" label={t("region")} regions={regions} value={v.regionId} error={e.regionId} />
      </div>
      <Field name="servingFrom" type="date" label={t("servingFrom")} defaultValue={v.servingFrom} error={e.servingFrom} />
      <Field name="servingUntil" type="date" label={t("servingUntil")} defaultValue={v.servingUntil} error={e.servingUntil} />
      <Field name="trainedOn" type="date" label={t("trainedOn")} defaultValue={v.trainedOn} error={e.trainedOn} />
      <Field name="training" label={t("training")} defaultValue={v.training} error={e.training} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

const DELETE_ACTIONS = {
  stall: deleteStallSupportAction,
  organisation: deleteOrganisationChangeAction,
  team: deleteCommuneTeamAction,
  staff: deleteOcopStaffAction,
} as const;

/** Deleting a record asks for a ticked confirmation first (works without JavaScript). */
export function DeleteRecordForm({ kind, id, programme }: { kind: keyof typeof DELETE_ACTIONS; id: string; programme: string }) {
  const t = useTranslations("programme.records");
  const locale = useLocale();
  return (
    <form action={DELETE_ACTIONS[kind]} className="space-y-2 rounded border border-red-200 p-3">
      <Hidden values={{ locale, programme, id }} />
      <div className="flex items-center gap-2">
        <input id="confirm-delete" name="confirm" type="checkbox" required className="h-5 w-5 accent-red-700" />
        <label htmlFor="confirm-delete">{t("confirmDelete")}</label>
      </div>
      <button type="submit" className="rounded border border-red-800 px-3 py-1 font-semibold text-red-900 hover:bg-red-50">
        {t("delete")}
      </button>
    </form>
  );
}
