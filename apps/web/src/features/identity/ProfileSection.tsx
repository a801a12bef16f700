import { ROLE_LABELS, type TIdentityAction } from "@topograph/domain";
import { labelOf } from "../../lib/labels.ts";
import { FactList } from "../../ui/FactList.tsx";
import { Section } from "../../ui/Section.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import type { TSignedInUser } from "./use-signed-in.ts";

const ACTION_WORDS: Record<TIdentityAction, string> = { read: "read the catalog", edit: "change it", administer: "manage users" };

/** "may read the catalog, change it and manage users" */
function allowed(actions: readonly string[]): string {
  const words = actions.map((action) => ACTION_WORDS[action as TIdentityAction] ?? action);
  return words.length > 1 ? `May ${words.slice(0, -1).join(", ")} and ${words.at(-1)}.` : `May ${words[0] ?? "do nothing yet"}.`;
}

/** Name, email, role and the teams whose member list holds the user's email. */
export function ProfileSection({ user }: { user: TSignedInUser }) {
  return (
    <Section title="Profile">
      <FactList
        facts={[
          { label: "Name", value: user.name },
          { label: "Email", value: user.email },
          {
            label: "Role",
            value: (
              <>
                {labelOf(ROLE_LABELS, user.role)} <span className="muted">— {allowed(user.actions)}</span>
              </>
            ),
          },
          {
            label: "Teams",
            value: <TeamLinks teams={user.teams} none={`No team lists ${user.email} as a member.`} />,
          },
        ]}
      />
    </Section>
  );
}
