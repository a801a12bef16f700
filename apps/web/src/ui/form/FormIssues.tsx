import { createContext, type ReactNode, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { TFieldIssue } from "../../lib/api-error.ts";

interface TFormIssuesContext {
  issues: TFieldIssue[];
  claim: (path: string) => () => void;
}

const FormIssuesContext = createContext<TFormIssuesContext>({ issues: [], claim: () => () => {} });

interface TFormIssuesProviderProps {
  issues: TFieldIssue[];
  /** Receives the issues no field on the form shows, so the form can list them at the top. */
  children: (unclaimed: TFieldIssue[]) => ReactNode;
}

/**
 * Routes the server's field issues (`members.0.email`) to the field rendered under that name.
 * Fields claim their path when they mount; whatever no field claims is handed back for the top
 * of the form, so no message is ever lost.
 */
export function FormIssuesProvider({ issues, children }: TFormIssuesProviderProps) {
  const claimed = useRef(new Map<string, number>());
  const [unclaimed, setUnclaimed] = useState<TFieldIssue[]>([]);
  const claim = useCallback((path: string) => {
    claimed.current.set(path, (claimed.current.get(path) ?? 0) + 1);
    return () => void claimed.current.set(path, (claimed.current.get(path) ?? 1) - 1);
  }, []);
  const context = useMemo<TFormIssuesContext>(() => ({ issues, claim }), [issues, claim]);
  // Children's layout effects (their claims) run before this one, so the split is exact before paint.
  useLayoutEffect(() => {
    setUnclaimed(issues.filter((issue) => !claimed.current.get(issue.path)));
  }, [issues]);
  return <FormIssuesContext.Provider value={context}>{children(unclaimed)}</FormIssuesContext.Provider>;
}

/** The server's message for the field at `path`, if any; claims the path so the form does not repeat it. */
export function useFieldIssue(path: string | undefined): string | undefined {
  const { issues, claim } = useContext(FormIssuesContext);
  useLayoutEffect(() => (path ? claim(path) : undefined), [path, claim]);
  if (!path) return undefined;
  return issues.find((issue) => issue.path === path)?.message;
}
