import { evidenceHref, evidenceLabel } from "./evidence-link.ts";
import "./EvidenceLinks.css";

/** Where the proof is: URLs open in a new tab, repository paths are shown as code. */
export function EvidenceLinks({ links }: { links: string[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="evidence-links" aria-label="Evidence">
      {links.map((link, index) => {
        const href = evidenceHref(link);
        return (
          <li key={`${index}:${link}`}>
            {href ? (
              <a href={href} target="_blank" rel="noreferrer">
                {evidenceLabel(link)}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <code>{link}</code>
            )}
          </li>
        );
      })}
    </ul>
  );
}
