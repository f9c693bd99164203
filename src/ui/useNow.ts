/** The current time as state, refreshed every `intervalMs` from the injected clock (tests use fake timers); shared by the views. */
import { useEffect, useState } from 'react';

export function useNow(now: () => Date, intervalMs: number): Date {
  const [value, setValue] = useState(now);
  useEffect(() => {
    setValue(now());
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return value;
}
