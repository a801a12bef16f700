import { EntityLink } from "./EntityLink.tsx";

/** The teams that own or answer for something, as links; says so when there are none. */
export function TeamLinks({ teams, none = "No owner" }: { teams: { slug: string; name: string }[]; none?: string }) {
  if (teams.length === 0) return <span className="subtle">{none}</span>;
  return (
    <ul className="inline-list" aria-label="Teams">
      {teams.map((team) => (
        <li key={team.slug}>
          <EntityLink kind="team" slug={team.slug}>
            {team.name}
          </EntityLink>
        </li>
      ))}
    </ul>
  );
}
