interface TSummarisedDecision {
  source: "own" | "inherited" | "setting" | "undecided";
  decision: { warning: string | null } | null;
}

/** Where a scope's decisions in force come from, and any the article advises against, in a few words. */
export function decisionSummary(entries: readonly TSummarisedDecision[]): string {
  const count = (source: TSummarisedDecision["source"]) => entries.filter((entry) => entry.source === source).length;
  const parts = [
    count("own") ? `${count("own")} decided here` : "",
    count("inherited") ? `${count("inherited")} inherited` : "",
    count("setting") ? `${count("setting")} set by catalog settings` : "",
    count("undecided") ? `${count("undecided")} undecided` : "",
  ].filter(Boolean);
  const discouraged = entries.filter((entry) => entry.decision?.warning).length;
  return `${parts.join(", ") || "none"}${discouraged ? `; ${discouraged} against the article's advice` : ""}`;
}
