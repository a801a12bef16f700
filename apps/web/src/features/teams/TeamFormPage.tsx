import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { TEAM_TYPE_LABELS, type TTeamType } from "@topograph/domain";
import { useParams } from "react-router";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { SlugField } from "../catalog/SlugField.tsx";
import { MembersEditor, newMemberRow, type TMemberRow } from "./MembersEditor.tsx";

type TTeam = RouterOutputs["team"]["get"];
type TTeamInput = RouterInputs["team"]["create"];

interface TTeamValues {
  name: string;
  slug: string;
  type: TTeamType;
  description: string;
  contactChannel: string;
  members: TMemberRow[];
}

export function TeamFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TTeam, TTeamValues, TTeamInput>
      kind="team"
      slug={slug}
      load={(teamSlug) => trpc.team.get.queryOptions({ slug: teamSlug })}
      create={trpc.team.create.mutationOptions()}
      update={trpc.team.update.mutationOptions()}
      emptyValues={{ name: "", slug: "", type: "stream-aligned", description: "", contactChannel: "", members: [] }}
      toValues={(team) => ({
        name: team.name,
        slug: team.slug,
        type: team.type as TTeamType,
        description: team.description,
        contactChannel: team.contactChannel,
        members: team.members.map((member) => newMemberRow(member)),
      })}
      toInput={(values) => ({
        name: values.name,
        slug: values.slug.trim() || undefined,
        type: values.type,
        description: values.description,
        contactChannel: values.contactChannel,
        members: values.members.map(({ name, email, role }) => ({ name, email, role })),
      })}
      renderFields={(values, set) => (
        <>
          <FormSection title="Team">
            <div className="form-grid">
              <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. Payments team" />
              <SlugField value={values.slug} name={values.name} onChange={(slugValue) => set("slug", slugValue)} />
            </div>
            <div className="form-grid">
              <SelectField
                name="type"
                label="Team type"
                value={values.type}
                onChange={(type) => set("type", type as TTeamType)}
                options={optionsOf(TEAM_TYPE_LABELS)}
                hint="Team Topologies: stream-aligned teams own a flow of change; platform teams serve them."
                required
              />
              <TextField
                name="contactChannel"
                label="Contact channel"
                value={values.contactChannel}
                onChange={(contactChannel) => set("contactChannel", contactChannel)}
                placeholder="#team-payments"
                hint="Where others ask this team for help."
              />
            </div>
            <TextAreaField name="description" label="Purpose" value={values.description} onChange={(description) => set("description", description)} />
          </FormSection>
          <FormSection title="Members" intro="Who is on the team, and whom to ask.">
            <MembersEditor members={values.members} onChange={(members) => set("members", members)} />
          </FormSection>
        </>
      )}
    />
  );
}
