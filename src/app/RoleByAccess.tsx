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

/** A probe under way: its agenda as soon as it has loaded, and the whole answer after canWrite. */
interface Probe {
  agenda: Promise<StoredAgenda | null>;
  access: Promise<Access>;
}

/** Loads the agenda and asks canWrite for its first open punkt; no agenda or no probe gives null. */
export function probeMeetingAccess(agendaSource: AgendaSource, decisions: DecisionStore | undefined, ref: MeetingRef): Probe {
  const agenda = agendaSource.loadAgenda(ref);
  const access = agenda.then(async (loaded): Promise<Access> => {
    const open = loaded?.items.find((stored) => stored.readable && !stored.item.closed);
    if (!loaded || !open || !decisions?.canWrite) return { ref, agenda: loaded, itemId: null, canWrite: null };
    return { ref, agenda: loaded, itemId: open.id, canWrite: await decisions.canWrite(open.id).catch(() => null) };
  });
  agenda.catch(() => undefined); // the access promise carries the failure
  return { agenda, access };
}

/**
 * The services with the probe's agenda and answer handed on, once, to the view that asks first. They
 * are handed as the probe's promise, so a view rendered before the probe has answered (a remembered
 * answer) waits for the same requests instead of sending its own.
 */
function handOn(services: AppServices, probe: Probe, ref: MeetingRef): AppServices {
  let agendaHanded = false;
  const agenda: AgendaSource = {
    loadAgenda(asked) {
      if (agendaHanded) return services.agenda.loadAgenda(asked);
      agendaHanded = true;
      return sameMeeting(asked, ref) ? probe.agenda.catch(() => services.agenda.loadAgenda(asked)) : services.agenda.loadAgenda(asked);
    },
  };
  const store = services.decisions;
  if (!store) return { ...services, agenda };
  const probeAgain = store.canWrite?.bind(store);
  const decisions: DecisionStore = {
    readDecision: (itemId) => store.readDecision(itemId),
    writeDecision: (itemId, value, etag) => store.writeDecision(itemId, value, etag),
    ...(probeAgain
      ? {
          canWrite: (itemId: string) =>
            probe.access.then(
              (access) => (itemId === access.itemId && access.canWrite !== null ? access.canWrite : probeAgain(itemId)),
              () => probeAgain(itemId),
            ),
        }
      : {}),
  };
  return { ...services, agenda, decisions };
}

/**
 * The view for an answer: a writer gets the note-taker's editor unless they chose to follow the
 * agenda; anyone else (a reader, or nobody could tell) the managers' view.
 */
function roleFor(canWrite: boolean | null, chosen: Role | null): Role {
  return canWrite === true ? (chosen ?? 'notes') : 'agenda';
}

/**
 * Picks the view by write access; `meetingRef` null shows the managers' view (it says there is no
 * meeting). Without a remembered answer the view waits for the probe; with one (an earlier open by
 * this account, rememberedCanWrite) it shows at once and the fresh answer, when it can tell, replaces
 * it: a writer turned reader loses the editor, which had no fields yet, as the note-taker's view
 * waits for the same probe before it shows any (useDecisionSync); a reader turned writer gets it.
 */
export function RoleByAccess({ meetingRef }: { meetingRef: MeetingRef | null }) {
  const services = useServices();
  const t = useText(appMessages);
  const styles = useStyles();
  const [remembered] = useState(() => services.decisions?.rememberedCanWrite?.() ?? null);
  const [access, setAccess] = useState<Access | null>(null);
  const [chosen, setChosen] = useState<Role | null>(null);
  // One probe per meeting, started while rendering so a view rendered at once (a remembered answer)
  // finds it before its own effects ask; shared by renders and effects that run twice (StrictMode).
  const probing = useRef<{ key: string; probe: Probe } | null>(null);
  const key = meetingRef ? meetingKeyOf(meetingRef) : null;
  if (meetingRef && key !== null && probing.current?.key !== key) {
    const started = probeMeetingAccess(services.agenda, services.decisions, meetingRef);
    started.access.catch(() => undefined); // handled in the effect
    probing.current = { key, probe: started };
  }
  const probe = key !== null && probing.current?.key === key ? probing.current.probe : null;

  useEffect(() => {
    let live = true;
    setAccess(null);
    if (!probe) {
      setAccess({ ref: null, agenda: null, itemId: null, canWrite: null });
      return;
    }
    // A failed agenda load is left for the view to show with its retry: no probe, managers' view.
    probe.access.then(
      (found) => live && setAccess(found),
      () => {
        // A later mount (its own ref) or another meeting asks again; this one does not loop on a failure.
        if (live) setAccess({ ref: null, agenda: null, itemId: null, canWrite: null });
      },
    );
    return () => {
      live = false;
    };
  }, [probe]);

  const handed = useMemo(() => (probe && meetingRef ? handOn(services, probe, meetingRef) : services), [services, probe, meetingRef]);
  // The fresh answer once the probe has told; until then, or when it could not tell, the remembered one.
  const canWrite = access?.canWrite ?? remembered;
  if (!access && (remembered === null || !meetingRef)) return <LoadingState label={t.findingRole} />;
  const role = roleFor(canWrite, chosen);
  const View = roleView(role);
  return (
    <ServicesProvider services={handed}>
      {canWrite === true && (
        <Button className={styles.switch} appearance="secondary" onClick={() => setChosen(role === 'notes' ? 'agenda' : 'notes')}>
          {role === 'notes' ? t.followAgendaOnly : t.writeMinutes}
        </Button>
      )}
      <View meetingRef={meetingRef} />
    </ServicesProvider>
  );
}
