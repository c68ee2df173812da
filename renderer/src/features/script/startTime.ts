import { useState } from 'react';

// The chosen start time is kept for the rest of this run of the app (screen to screen, print view),
// in memory only: the app writes nothing to browser storage.
let remembered = '09:30';

export function useStartTime(): [string, (v: string) => void] {
  const [value, setValue] = useState(remembered);
  return [
    value,
    (v: string) => {
      remembered = v;
      setValue(v);
    },
  ];
}
