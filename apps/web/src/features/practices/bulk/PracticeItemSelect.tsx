import type { RouterOutputs } from "@topograph/api";
import { Field } from "../../../ui/form/Field.tsx";
import { appliesToText, sectionTitle } from "../shared/practice-labels.ts";

type TPracticeItem = RouterOutputs["practice"]["list"]["items"][number];

interface TPracticeItemSelectProps {
  items: TPracticeItem[];
  value: string;
  onChange: (itemId: string) => void;
}

/** Picks one component practice, grouped by article section, and says whom it is asked of. */
export function PracticeItemSelect({ items, value, onChange }: TPracticeItemSelectProps) {
  const sections = [...new Set(items.map((item) => item.section))];
  const chosen = items.find((item) => item.id === value);
  return (
    <Field name="itemId" label="Practice" required hint={chosen ? `${chosen.description} Asked of: ${appliesToText(chosen)}.` : "Only practices judged per component are listed."}>
      {(control) => (
        <select {...control} name="itemId" className="select" value={value} required onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a practice…</option>
          {sections.map((section) => (
            <optgroup key={section} label={sectionTitle(section)}>
              {items
                .filter((item) => item.section === section)
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
