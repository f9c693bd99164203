/** A MeetingHost for tests: the meeting and theme are set by the test, changes are announced. */
import type { MeetingRef } from '../../src/domain/ports';
import type { HostTheme, MeetingHost } from '../../src/domain/host-port';
import { createListeners } from '../../src/hosts/listeners';

export interface FakeHost extends MeetingHost {
  /** Switches the open meeting and tells subscribers, as Outlook's ItemChanged would. */
  changeMeeting(ref: MeetingRef | null): void;
  changeTheme(theme: HostTheme): void;
}

export function createFakeHost(options: { ref?: MeetingRef | null; theme?: HostTheme; organizer?: boolean } = {}): FakeHost {
  let ref = options.ref ?? null;
  let theme = options.theme ?? 'light';
  const meetings = createListeners<MeetingRef | null>();
  const themes = createListeners<HostTheme>();
  return {
    kind: 'standalone',
    getMeetingRef: async () => ref,
    onMeetingChanged: meetings.add,
    getTheme: () => theme,
    onThemeChanged: themes.add,
    getUser: async () => ({ name: 'Test Bruger', email: 'test@example.org' }),
    isOrganizer: async () => options.organizer ?? false,
    changeMeeting(next) {
      ref = next;
      meetings.emit(next);
    },
    changeTheme(next) {
      theme = next;
      themes.emit(next);
    },
  };
}
