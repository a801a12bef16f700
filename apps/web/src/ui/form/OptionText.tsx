import type { TReferenceOption } from "./reference-option.ts";

/** Name over context, as every picker and suggestion list shows an option. */
export function OptionText({ option }: { option: TReferenceOption }) {
  return (
    <span className="option-text">
      <span className="option-text__name">{option.label}</span>
      {option.detail ? <span className="option-text__detail">{option.detail}</span> : null}
    </span>
  );
}
