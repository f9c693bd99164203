/**
 * The Teams side panel's view when its address names no role: people who may write decisions get
 * the note-taker's editor, with a way to just follow the agenda; everyone else the managers' view.
 * Write access is the DecisionStore's canWrite probe on the meeting's first open punkt, the same
 * probe the notes view makes; the agenda and the answer are handed on to the chosen view, so the
 * open costs no extra agenda request and no second probe.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { meetingKeyOf, sameMeeting } from '../domain/meeting-identity';
import type { AgendaSource, DecisionStore, MeetingRef, StoredAgenda } from '../domain/ports';
import { useText } from '../ui/i18n';
import { ServicesProvider, useServices, type AppServices } from '../ui/services';
import { LoadingState } from '../ui/states';
import { appMessages } from './messages';
import type { Role } from './address';
import { roleView } from './roles';

const useStyles = makeStyles({ switch: { alignSelf: 'flex-start' } });

/** What the probe found: the agenda it loaded, and the answer for `itemId` (null: could not tell). */
interface Access {
  ref: MeetingRef | null;
  agenda: StoredAgenda | null;
  itemId: string | null;
  canWrite: boolean | null;
}

/** Loads the agenda and asks canWrite for its first open punkt; no agenda or no probe gives null. */
export async function probeMeetingAccess(
  agendaSource: AgendaSource,
  decisions: DecisionStore | undefined,
  ref: MeetingRef,
): Promise<Access> {
  const agenda = await agendaSource.loadAgenda(ref);
  const open = agenda?.items.find((stored) => stored.readable && !stored.item.closed);
  if (!agenda || !open || !decisions?.canWrite) return { ref, agenda, itemId: null, canWrite: null };
  return { ref, agenda, itemId: open.id, canWrite: await decisions.canWrite(open.id).catch(() => null) };
}

/** The services with the probe's agenda and answer handed out once to the view that asks first. */
function handOn(services: AppServices, access: Access): AppServices {
  let agendaHanded = false;
  const agenda: AgendaSource = {
    loadAgenda(ref) {
      if (!agendaHanded && access.ref && sameMeeting(ref, access.ref)) {
        agendaHanded = true;
        return Promise.resolve(access.agenda);
      }
      return services.agenda.loadAgenda(ref);
    },
  };
  const store = services.decisions;
  if (!store) return { ...services, agenda };
  const decisions: DecisionStore = {
    readDecision: (itemId) => store.readDecision(itemId),
    writeDecision: (itemId, value, etag) => store.writeDecision(itemId, value, etag),
    ...(store.canWrite
      ? {
          canWrite: (itemId: string) =>
            itemId === access.itemId && access.canWrite !== null ? Promise.resolve(access.canWrite) : store.canWrite!(itemId),
        }
      : {}),
  };
  return { ...services, agenda, decisions };
}

/** Picks the view by write access; `meetingRef` null shows the managers' view (it says there is no meeting). */
export function RoleByAccess({ meetingRef }: { meetingRef: MeetingRef | null }) {
  const services = useServices();
  const t = useText(appMessages);
  const styles = useStyles();
  const [access, setAccess] = useState<Access | null>(null);
  const [chosen, setChosen] = useState<Role | null>(null);
  // One probe per meeting, shared by an effect that runs twice (React's StrictMode in development).
  const probing = useRef<{ key: string; access: Promise<Access> } | null>(null);

  useEffect(() => {
    let live = true;
    setAccess(null);
    if (!meetingRef) {
      setAccess({ ref: null, agenda: null, itemId: null, canWrite: null });
      return;
    }
    // A failed agenda load is left for the view to show with its retry: no probe, managers' view.
    const key = meetingKeyOf(meetingRef);
    if (probing.current?.key !== key)
      probing.current = { key, access: probeMeetingAccess(services.agenda, services.decisions, meetingRef) };
    probing.current.access.then(
      (found) => live && setAccess(found),
      () => {
        probing.current = null; // a later mount or meeting asks again
        if (live) setAccess({ ref: null, agenda: null, itemId: null, canWrite: null });
      },
    );
    return () => {
      live = false;
    };
  }, [meetingRef, services.agenda, services.decisions]);

  const handed = useMemo(() => (access ? handOn(services, access) : null), [services, access]);
  if (!access || !handed) return <LoadingState label={t.findingRole} />;
  const role: Role = chosen ?? (access.canWrite === true ? 'notes' : 'agenda');
  const View = roleView(role);
  return (
    <ServicesProvider services={handed}>
      {access.canWrite === true && (
        <Button className={styles.switch} appearance="secondary" onClick={() => setChosen(role === 'notes' ? 'agenda' : 'notes')}>
          {role === 'notes' ? t.followAgendaOnly : t.writeMinutes}
        </Button>
      )}
      <View meetingRef={meetingRef} />
    </ServicesProvider>
  );
}
