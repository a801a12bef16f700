import { slugify } from "@topograph/domain";
import { TextField } from "../../ui/form/TextField.tsx";

interface TSlugFieldProps {
  value: string;
  /** The entry's name, from which the server derives the slug when this is left empty. */
  name: string;
  onChange: (value: string) => void;
  /** How the server derives a slug when none is given, when that is not from the name alone. */
  derived?: string;
}

/** The URL name of an entry; optional, since the server derives one from the name. */
export function SlugField({ value, name, onChange, derived }: TSlugFieldProps) {
  const suggestion = derived ?? slugify(name);
  return (
    <TextField
      name="slug"
      label="Slug"
      value={value}
      onChange={onChange}
      mono
      placeholder={suggestion || "derived from the name"}
      hint={value ? "Lowercase letters, digits and hyphens; used in URLs and scripts." : suggestion ? <>Leave empty to use <code>{suggestion}</code>.</> : "Leave empty to derive it from the name."}
    />
  );
}
