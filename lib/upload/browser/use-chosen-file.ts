'use client';

import { useRef, useState } from 'react';
import type { FormatGuess } from './disk-format';
import { sniffFile } from './sniff-file';

/** The File the user chose, and what its header says; `current` is readable from callbacks. */
export function useChosenFile() {
  const [file, setFile] = useState<File>();
  const [guess, setGuess] = useState<FormatGuess>();
  const current = useRef<File | undefined>(undefined);

  const choose = (chosen: File | undefined) => {
    current.current = chosen;
    setFile(chosen);
    setGuess(undefined);
    if (chosen) void sniffFile(chosen).then((g) => current.current === chosen && setGuess(g));
  };

  return { file, guess, current, choose };
}
