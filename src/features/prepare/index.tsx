/** The secretary's view (role "prepare"): what `?role=prepare` and the organizer's task pane open. */
import type { RoleViewProps } from '../../ui/services';
import { BilagMeetingContext } from './components/BilagField';
import { PrepareView } from './components/PrepareView';
import { localDateOf } from './hooks/useSeriesOpened';

/** The view, telling each punkt's Bilag field the meeting's date, which names its library folder. */
export default function PrepareRole({ meetingRef }: RoleViewProps) {
  return (
    <BilagMeetingContext.Provider value={meetingRef ? { date: localDateOf(meetingRef.start) } : null}>
      <PrepareView meetingRef={meetingRef} />
    </BilagMeetingContext.Provider>
  );
}
