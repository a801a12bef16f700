import { Badge } from "../../../ui/Badge.tsx";

/** The article's verdict on an alternative: its choice, or an anti-pattern. */
export function AlternativeMarks({ alternative }: { alternative: { recommended?: boolean; discouraged?: { reason: string } } }) {
  return (
    <>
      {alternative.recommended ? <Badge tone="success">★ Recommended</Badge> : null}
      {alternative.discouraged ? (
        <Badge tone="danger" title={alternative.discouraged.reason}>
          ⚠ Discouraged
        </Badge>
      ) : null}
    </>
  );
}
