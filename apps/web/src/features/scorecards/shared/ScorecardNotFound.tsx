import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";

/** A link to a scorecard or initiative that no longer exists says so, and leads back to the list. */
export function ScorecardNotFound({ slug, noun = "scorecard" }: { slug: string; noun?: "scorecard" | "initiative" }) {
  const title = noun === "scorecard" ? "Scorecard not found" : "Initiative not found";
  useDocumentTitle(title);
  return (
    <EmptyState
      panel
      title={title}
      action={
        <Link to={noun === "scorecard" ? paths.scorecards : paths.initiatives} className="button">
          All {noun}s
        </Link>
      }
    >
      <h1 className="visually-hidden">{title}</h1>
      No {noun} has the slug <code>{slug}</code>. It may have been deleted.
    </EmptyState>
  );
}
