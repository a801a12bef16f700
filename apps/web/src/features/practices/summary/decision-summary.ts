import { plural } from "../../../lib/labels.ts";

interface TSummarisedDecision {
  source: "own" | "inherited" | "setting" | "undecided";
  decision: { warning: string | null } | null;
}

/** One line about the decisions in force for a scope: where they come from, and any the article advises against. */
export function decisionSummary(entries: readonly TSummarisedDecision[]): string {
  const count = (source: TSummarisedDecision["source"]) => entries.filter((entry) => entry.source === source).length;
  const parts = [
    count("own") ? `${count("own")} decided here` : "",
    count("inherited") ? `${count("inherited")} inherited` : "",
    count("setting") ? `${plural(count("setting"), "catalog setting")}` : "",
    count("undecided") ? `${count("undecided")} undecided` : "",
  ].filter(Boolean);
  const discouraged = entries.filter((entry) => entry.decision?.warning).length;
  const warning = discouraged ? `; ${discouraged} against the article's advice` : "";
  return `${plural(entries.length, "decision point")}: ${parts.join(", ") || "none"}${warning}.`;
}
