import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * Scrolls to the element the URL's #fragment names once the page has drawn it: content that loads
 * after navigation is not there yet when the browser looks for the fragment.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
