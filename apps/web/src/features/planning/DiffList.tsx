import type { TCatalogDiff } from "./planning-types.ts";
import { diffSections } from "./diff-lines.ts";

/** What differs between two catalogs, section by section; says so when nothing does. */
export function DiffList({ diff, teamName, empty }: { diff: TCatalogDiff; teamName: (slug: string) => string; empty: string }) {
  const sections = diffSections(diff, teamName);
  if (sections.length === 0) return <p className="subtle">{empty}</p>;
  return (
    <div className="diff-list">
      {sections.map((section) => (
        <section key={section.title} className="diff-list__section" aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul>
            {section.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
