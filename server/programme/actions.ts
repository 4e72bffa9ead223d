"use server";

import { COMMITMENT_KINDS } from "@/lib/programme-figures";
import { getViewer } from "@/server/auth/session";
import { formAction } from "@/server/infra/forms";
import { saveTarget, setProducerCommitments, updateProgramme } from "./mutations";

export const updateProgrammeAction = formAction(async (form) => {
  await updateProgramme(await getViewer(), form.values);
  return { notice: "programme.admin.saved", keep: true };
});

export const saveTargetAction = formAction(async (form) => {
  await saveTarget(await getViewer(), form.values);
  return { notice: "programme.admin.saved", keep: true };
});

/** The form names its fields "<KIND>.committed|committedOn|evidence"; the use case takes one item per kind. */
export const setCommitmentsAction = formAction(
  async (form) => {
    const items = COMMITMENT_KINDS.map((kind) =>
      form.checked(`${kind}.committed`)
        ? { kind, committed: true as const, committedOn: form.text(`${kind}.committedOn`), evidence: form.text(`${kind}.evidence`) }
        : { kind, committed: false as const },
    );
    await setProducerCommitments(await getViewer(), { producerId: form.text("producerId"), items });
    return { notice: "programme.checklist.saved", keep: true };
  },
  // zod reports item errors as "items.<index>.<field>".
  { fieldName: (path) => path.replace(/^items\.(\d+)\./, (_, index: string) => `${COMMITMENT_KINDS[Number(index)]}.`) },
);
