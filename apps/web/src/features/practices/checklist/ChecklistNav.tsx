import { ProgressBar } from "../shared/ProgressBar.tsx";
import { sectionTitle } from "../shared/practice-labels.ts";
import type { TChecklistSection } from "./checklist-types.ts";
import "./ChecklistNav.css";

/** Jumps to each article section (with its progress), the decisions and the history. */
export function ChecklistNav({ sections }: { sections: TChecklistSection[] }) {
  return (
    <nav className="checklist-nav" aria-label="On this page">
      <p className="checklist-nav__title">On this page</p>
      <ul>
        {sections.map((section) => (
          <li key={section.section}>
            <a href={`#section-${section.section}`}>
              <span className="checklist-nav__label">
                <span>{sectionTitle(section.section)}</span>
                <span className="checklist-nav__percent">{section.progress.percent}%</span>
              </span>
              <ProgressBar progress={section.progress} label={`${sectionTitle(section.section)} progress`} size="small" decorative />
            </a>
          </li>
        ))}
        <li className="checklist-nav__separated">
          <a href="#decisions">Architecture decisions</a>
        </li>
        <li>
          <a href="#history">Answer history</a>
        </li>
      </ul>
    </nav>
  );
}
