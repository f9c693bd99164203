/** The current time as state, refreshed every `intervalMs` from the injected clock (tests use fake timers); shared by the views. */
import { useEffect, useRef, useState } from 'react';

export function useNow(now: () => Date, intervalMs: number): Date {
  const [value, setValue] = useState(now);
  // The clock the state was last read from: the first effect need not read it again (a second render of the
  // whole view right after it showed, issue #13); another clock is read at once.
  const readFrom = useRef(now);
  useEffect(() => {
    if (readFrom.current !== now) setValue(now());
    readFrom.current = now;
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return value;
}
