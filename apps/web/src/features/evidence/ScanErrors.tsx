import { Section } from "../../ui/Section.tsx";
import type { TScanError } from "./evidence-types.ts";
import "../../ui/ProblemList.css";

/** Files the scan could not read or understand, each at file:line:column; the rest of the scan went on. */
export function ScanErrors({ errors }: { errors: TScanError[] }) {
  return (
    <Section title="Errors" count={errors.length}>
      {errors.length === 0 ? (
        <p className="subtle">Every file the scan read was understood.</p>
      ) : (
        <ol className="stack-list scan-errors" aria-label="Files the scan could not read">
          {errors.map((error, index) => (
            <li key={`${error.file}:${error.line}:${error.column}:${index}`} className="problem-list__item">
              <span className="problem-list__where scan-errors__where mono">
                {error.file}:{error.line}:{error.column}
              </span>
              <span>{error.message}</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
