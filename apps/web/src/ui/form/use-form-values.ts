import { useCallback, useState } from "react";

/** Form values as one object, with a setter per field and a reset for "Reload". */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState(initial);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((current) => ({ ...current, [key]: value })), []);
  return { values, set, reset: setValues };
}
