import { useEffect, useId, useRef, useState } from "react";
import { formatDateTime } from "../../lib/format-date.ts";
import type { TCreatedToken } from "./ApiTokensSection.tsx";
import "./NewTokenSecret.css";

/**
 * The token itself, shown this once: selected for copying, with a warning that it cannot be seen
 * again. It lives only in this component's props; dismissing it forgets it.
 */
export function NewTokenSecret({ created, onDone }: { created: TCreatedToken; onDone: () => void }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const copy = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="new-token" role="region" aria-label="Your new API token">
      <p className="new-token__warning">
        <strong>Copy your new token now.</strong> It is shown only this once; Topograph keeps just a hash of it. If you lose it, revoke it and make another.
      </p>
      <label htmlFor={inputId} className="field__label">
        Token “{created.name}”, expires {formatDateTime(created.expiresAt)}
      </label>
      <div className="new-token__row">
        <input id={inputId} ref={inputRef} className="input mono new-token__value" readOnly value={created.token} spellCheck={false} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="new-token__copied" role="status">
        {copied === "yes" ? "Copied to the clipboard." : copied === "failed" ? "Could not reach the clipboard: the token is selected, copy it with your keyboard." : ""}
      </p>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have copied it
      </button>
    </div>
  );
}
