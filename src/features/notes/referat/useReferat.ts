/**
 * The Referat section's data: the meeting as last read from the lists (decisions typed since the
 * view opened are in the lists once the sync engine has saved them, so "refresh" reads them
 * again), the saved documents' links, and saving both versions to the library.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import type { StoredAgenda } from '../../../domain/ports';
import type { ReferatFile } from '../../../domain/referat/library-port';
import { useServices } from '../../../ui/services';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; error: unknown };

/** Loads the packed Word file on demand: the docx package stays out of the view's first chunks. */
export async function docxBytes(meeting: Meeting, internal: boolean): Promise<Uint8Array> {
  const { referatDocxBytes } = await import('../../../documents/referat-docx');
  return referatDocxBytes(meeting, { internal });
}

export function useReferat(agenda: StoredAgenda) {
  const { agenda: source, referat, now } = useServices();
  const [meeting, setMeeting] = useState<Meeting>(agenda.meeting);
  const [files, setFiles] = useState<ReferatFile[]>([]);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [problem, setProblem] = useState<unknown>(null);
  // Internal only for those who can read every closed punkt (the others get them redacted anyway).
  const canInternal = agenda.items.every((i) => i.readable);

  useEffect(() => {
    let live = true;
    referat?.list(agenda.meeting).then(
      (found) => live && setFiles(found),
      (error: unknown) => live && setProblem(error),
    );
    return () => {
      live = false;
    };
  }, [referat, agenda.meeting]);

  /** Reads the agenda again so the referat holds the decisions saved since the view opened. */
  const refresh = useCallback(async (): Promise<Meeting> => {
    const fresh = await source.loadAgenda(agenda.ref);
    const next = fresh?.meeting ?? agenda.meeting;
    setMeeting(next);
    return next;
  }, [source, agenda]);

  const saveBoth = useCallback(async () => {
    if (!referat) return;
    setSave({ status: 'saving' });
    try {
      const current = await refresh();
      const saved = [await referat.save(current, 'public', await docxBytes(current, false))];
      if (canInternal) saved.push(await referat.save(current, 'internal', await docxBytes(current, true)));
      setFiles(saved);
      setSave({ status: 'saved', at: now() });
    } catch (error) {
      setSave({ status: 'error', error });
    }
  }, [referat, refresh, canInternal, now]);

  return { meeting, files, save, problem, canInternal, canSave: referat !== undefined, refresh, saveBoth };
}
