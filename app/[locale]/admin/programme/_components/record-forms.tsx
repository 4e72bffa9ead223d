"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, FormMessages, SubmitButton } from "@/components/forms/field";
import { Form, useFormReply } from "@/components/forms/form";
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
 * Officers' forms for the records the programme's targets count, on the form kit: each keeps what
 * was typed after an error and returns to its list when saved.
 */

export interface RegionChoice {
  id: string;
  label: string;
}

function Hidden({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** The error of a field the form carries hidden (the producer or commune the screen is about). */
function HiddenFieldError({ name }: { name: string }) {
  const error = useFormReply()?.fieldErrors[name];
  return error ? <p className="font-semibold text-red-800">{error}</p> : null;
}

function RegionSelect({ name, label, regions }: { name: string; label: string; regions: RegionChoice[] }) {
  return (
    <Field name={name} label={label} required defaultValue="">
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
  return (
    <Form action={saveStallSupportAction} locale={locale} initial={initial} className="grid max-w-2xl gap-4">
      <Hidden values={{ programme, producerId, id: initial.id ?? "" }} />
      <FormMessages />
      <HiddenFieldError name="producerId" />
      <Field name="supportedOn" type="date" label={t("supportedOn")} required />
      <Field name="place" label={t("place")} required />
      <Field name="description" label={t("description")} multiline rows={3} />
      <Field name="amountVnd" label={t("amountVnd")} hint={t("amountHint")} inputMode="numeric" />
      <Field name="reference" label={t("reference")} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
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
  return (
    <Form action={saveOrganisationChangeAction} locale={locale} initial={initial} className="grid max-w-2xl gap-4">
      <Hidden values={{ programme, id: initial.id ?? "", producerId: producer?.id ?? "" }} />
      <FormMessages />
      {producer ? (
        <p>
          {t("records.organisations.linkedProducer")}: <strong>{producer.name}</strong>
        </p>
      ) : null}
      <Field name="kind" label={t("records.organisations.kind")} required defaultValue="FOUNDED">
        {(["FOUNDED", "REFORMED"] as const).map((kind) => (
          <option key={kind} value={kind}>
            {t(`organisationKinds.${kind}`)}
          </option>
        ))}
      </Field>
      <Field name="name" label={t("records.organisations.name")} required />
      <Field name="legalForm" label={t("records.organisations.legalForm")} required defaultValue="COOPERATIVE">
        {Object.entries(LEGAL_FORM_LABELS).map(([form, label]) => (
          <option key={form} value={form}>
            {label[locale === "en" ? "en" : "vi"]}
          </option>
        ))}
      </Field>
      <Field name="changedOn" type="date" label={t("records.organisations.changedOn")} required />
      <RegionSelect name="regionId" label={t("records.regionPicker")} regions={regions} />
      <Field name="registrationNumber" label={t("records.organisations.registrationNumber")} />
      <Field name="note" label={t("records.organisations.note")} multiline rows={3} />
      <div>
        <SubmitButton>{t("records.organisations.save")}</SubmitButton>
      </div>
    </Form>
  );
}

export function CommuneTeamForm({ programme, regionId, initial }: { programme: string; regionId: string; initial: Record<string, string> }) {
  const t = useTranslations("programme.records.teams");
  const locale = useLocale();
  return (
    <Form action={setCommuneTeamAction} locale={locale} initial={initial} className="grid max-w-2xl gap-4">
      <Hidden values={{ programme, regionId }} />
      <FormMessages />
      <HiddenFieldError name="regionId" />
      <Field name="establishedOn" type="date" label={t("establishedOn")} required />
      <Field name="decisionNumber" label={t("decisionNumber")} />
      <Field name="members" label={t("members")} multiline rows={4} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}

export function OcopStaffForm({ programme, regions, initial }: { programme: string; regions: RegionChoice[]; initial: Record<string, string> }) {
  const t = useTranslations("programme.records.staff");
  const locale = useLocale();
  return (
    <Form action={saveOcopStaffAction} locale={locale} initial={initial} className="grid max-w-2xl gap-4 sm:grid-cols-2">
      <Hidden values={{ programme, id: initial.id ?? "" }} />
      <div className="sm:col-span-2">
        <FormMessages />
      </div>
      <Field name="name" label={t("name")} required />
      <Field name="position" label={t("position")} />
      <div className="sm:col-span-2">
        <RegionSelect name="regionId" label={t("region")} regions={regions} />
      </div>
      <Field name="servingFrom" type="date" label={t("servingFrom")} />
      <Field name="servingUntil" type="date" label={t("servingUntil")} />
      <Field name="trainedOn" type="date" label={t("trainedOn")} />
      <Field name="training" label={t("training")} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}

const DELETE_ACTIONS = {
  stall: deleteStallSupportAction,
  organisation: deleteOrganisationChangeAction,
  team: deleteCommuneTeamAction,
  staff: deleteOcopStaffAction,
} as const;

/** Deleting a record asks for a ticked confirmation first (works without JavaScript): a one-button form of the kit (`buttonAction`). */
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
      <SubmitButton variant="danger">{t("delete")}</SubmitButton>
    </form>
  );
}
