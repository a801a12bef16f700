import { useEffect } from "react";

/** Sets the tab title as "<page> · Topograph", so history and tabs say where each page is. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Topograph` : "Topograph";
  }, [title]);
}
