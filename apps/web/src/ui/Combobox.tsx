import { type ReactNode, useEffect, useId, useState } from "react";
import "./Combobox.css";

export interface TComboboxGroup<T> {
  key: string;
  /** Shown above the group's options and used to label it for screen readers. */
  label?: string;
  items: T[];
}

interface TComboboxProps<T> {
  /** The id the surrounding <label htmlFor> points at. */
  inputId?: string;
  /** Accessible name when no visible label points at the input. */
  ariaLabel?: string;
  describedBy?: string;
  invalid?: boolean;
  value: string;
  onValueChange: (value: string) => void;
  groups: TComboboxGroup<T>[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  /** Enter with no option highlighted, e.g. "show all results". */
  onSubmitText?: (text: string) => void;
  /** Highlight the first option as the user types, so Enter picks the best match. */
  autoHighlight?: boolean;
  /** Said at the top of the popup, e.g. "Searching…" or "No team matches"; omit when options say enough. */
  status?: string;
  placeholder?: string;
  className?: string;
  inputRef?: React.Ref<HTMLInputElement>;
}

/**
 * A text input with a popup list of suggestions (WAI-ARIA combobox with listbox): arrows move the
 * highlight, Enter picks, Escape closes, and the input keeps focus throughout.
 */
export function Combobox<T>(props: TComboboxProps<T>) {
  const { inputId, ariaLabel, describedBy, invalid, value, onValueChange, groups, getKey, renderItem, onSelect, onSubmitText, autoHighlight = false, status, placeholder, className, inputRef } = props;
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const listboxId = `${id}-listbox`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const items = groups.flatMap((group) => group.items);
  const optionId = (index: number) => `${id}-option-${index}`;

  // New suggestions arrive as the user types; keep the highlight on a real option.
  useEffect(() => {
    setActive((current) => (autoHighlight && items.length > 0 ? Math.min(Math.max(current, 0), items.length - 1) : current >= items.length ? -1 : current));
  }, [items.length, autoHighlight]);

  useEffect(() => {
    // Keep the highlighted option in view as the arrows move it (optionId depends only on the stable id).
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active, open]);

  const choose = (item: T) => {
    onSelect(item);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive((current) => (items.length === 0 ? -1 : Math.min(current + 1, items.length - 1)));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((current) => Math.max(current - 1, autoHighlight ? 0 : -1));
        break;
      case "Enter": {
        // Never let Enter in a picker submit the surrounding form.
        event.preventDefault();
        const item = open ? items[active] : undefined;
        if (item !== undefined) choose(item);
        else if (onSubmitText && value.trim()) {
          setOpen(false);
          onSubmitText(value.trim());
        }
        break;
      }
      case "Escape":
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          onValueChange("");
        }
        break;
    }
  };

  const showPopup = open && (items.length > 0 || Boolean(status));
  let index = -1;
  return (
    <div className={className ? `combobox ${className}` : "combobox"}>
      <input
        ref={inputRef}
        id={id}
        className="input combobox__control"
        type="text"
        role="combobox"
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-autocomplete="list"
        aria-expanded={showPopup}
        aria-controls={listboxId}
        aria-activedescendant={showPopup && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(autoHighlight ? 0 : -1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!showPopup}>
        {status ? (
          <p className="combobox__status" role="status">
            {status}
          </p>
        ) : null}
        <ul id={listboxId} role="listbox" aria-label={ariaLabel ?? "Suggestions"} className="combobox__listbox">
          {groups.map((group) =>
            group.items.length === 0 ? null : (
              <li key={group.key} role="presentation">
                {group.label ? (
                  <div className="combobox__group-label" id={`${id}-group-${group.key}`} aria-hidden="true">
                    {group.label}
                  </div>
                ) : null}
                <ul role="group" aria-label={group.label} className="combobox__group">
                  {group.items.map((item) => {
                    index += 1;
                    const itemIndex = index;
                    return (
                      <li
                        key={getKey(item)}
                        id={optionId(itemIndex)}
                        role="option"
                        aria-selected={itemIndex === active}
                        className={itemIndex === active ? "combobox__option combobox__option--active" : "combobox__option"}
                        // mousedown would blur the input and close the popup before the click lands.
                        onMouseDown={(event) => event.preventDefault()}
                        onMouseMove={() => setActive(itemIndex)}
                        onClick={() => choose(item)}
                      >
                        {renderItem(item)}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}
