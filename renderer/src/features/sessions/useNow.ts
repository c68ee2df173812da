import { useEffect, useState } from 'react';

/** The current time, refreshed every `ms`: the console's and the beamer's clock (tests control it). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(h);
  }, [ms]);
  return now;
}
