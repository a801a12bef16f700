/**
 * Until sign-in exists, people type who answers or decides; the last name used is remembered on
 * this device so they do not type it again.
 */
const KEY = "topograph.practices.name";

type TStorage = Pick<Storage, "getItem" | "setItem">;

function browserStorage(): TStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be switched off (private modes, policies); the form then simply starts empty.
    return null;
  }
}

export function readRememberedName(storage: TStorage | null = browserStorage()): string {
  try {
    return storage?.getItem(KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

export function rememberName(name: string, storage: TStorage | null = browserStorage()): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  try {
    storage?.setItem(KEY, trimmed);
  } catch {
    // A full or blocked storage only costs the user some typing next time.
  }
}
