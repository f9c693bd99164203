/**
 * "Start this punkt now" with an undo: starting a punkt re-plans the meeting for everyone, so for a
 * short while (10 s by default) the note-taker can put the previous live progress back.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LiveProgress } from '../../../domain/live-meeting';

/** How long "Fortryd" is offered after a start. */
export const UNDO_MS = 10_000;

export interface StartUndo {
  /** The punkt just started, while its undo is offered. */
  started: number | null;
  start(number: number): void;
  undo(): void;
}

export function useStartUndo(
  progress: LiveProgress | null,
  setProgress: (progress: LiveProgress | null) => void,
  now: () => Date,
  undoMs = UNDO_MS,
): StartUndo {
  const [offer, setOffer] = useState<{ number: number; previous: LiveProgress | null } | null>(null);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => setOffer(null), undoMs);
    return () => clearTimeout(timer);
  }, [offer, undoMs]);

  const start = useCallback(
    (number: number) => {
      setOffer({ number, previous: progress });
      setProgress({ number, startedAt: now() });
    },
    [progress, setProgress, now],
  );

  const undo = useCallback(() => {
    if (!offer) return;
    setProgress(offer.previous);
    setOffer(null);
  }, [offer, setProgress]);

  return { started: offer?.number ?? null, start, undo };
}
