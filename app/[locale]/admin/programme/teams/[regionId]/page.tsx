import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePageAccess } from "@/server/auth/session";
import { getCommuneTeam } from "@/server/programme/queries";
import { programmeOf, type Query } from "../../_components/query";
import { CommuneTeamForm, DeleteRecordForm } from "../../_components/record-forms";

type Props = { params: Promise<{ locale: string; regionId: string }>; searchParams: Promise<Query> };

const PATH = "/admin/programme/teams";

export default async function CommuneTeamPage({ params, searchParams }: Props) {
  const { locale, regionId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePageAccess("programme.manage", locale, `${PATH}/${regionId}`);
  const slug = programmeOf(await searchParams) ?? "";
  const t = await getTranslations({ locale, namespace: "programme" });
  const commune = await getCommuneTeam(viewer, regionId);
  if (!commune) notFound();
  const team = commune.team;
  return (
    <div className="space-y-4">
      <p>
        <Link href={slug ? `${PATH}?programme=${slug}` : PATH} className="text-brand-800 underline underline-offset-2">← {t("records.back")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("records.teams.editTitle", { name: commune.name })}</h1>
      <CommuneTeamForm
        programme={slug}
        regionId={commune.regionId}
        initial={team ? { establishedOn: team.establishedOn, decisionNumber: team.decisionNumber, members: team.members } : {}}
      />
      {team ? <DeleteRecordForm kind="team" id={team.id} programme={slug} /> : null}
    </div>
  );
}
