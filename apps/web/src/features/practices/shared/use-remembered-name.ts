import { useCallback, useState } from "react";
import { readRememberedName, rememberName } from "./remembered-name.ts";

/** The name to prefill "answered by" / "decided by" with, and a way to remember the one just used. */
export function useRememberedName(): [string, (name: string) => void] {
  const [name, setName] = useState(readRememberedName);
  const remember = useCallback((next: string) => {
    rememberName(next);
    setName(next.trim());
  }, []);
  return [name, remember];
}
