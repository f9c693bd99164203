/**
 * False in a component's first render, true from the render right after its first commit. React runs
 * passive effects after the browser has painted that commit, so work put behind it (what needs Intl, whose
 * first use in a page pays ICU's one-time start-up of 17-45 ms of CPU: issue #13) follows the first paint
 * instead of delaying it. https://react.dev/reference/react/useEffect#caveats
 */
import { useEffect, useState } from 'react';

export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
