/** The app shell's English texts (`?lang=en`). */
import type { AppMessages } from './da';

export const en: AppMessages = {
  appName: 'Punkt',
  meetingPicker: 'Meeting',
  meetingPickerPlaceholder: 'Choose a meeting',
  noMeetings: 'There are no meetings in the calendar in the next 60 days.',
  unsavedSwitch: (meeting: string) => `You have changes that are not saved. If you switch to ${meeting}, they are lost.`,
  switchAnyway: 'Switch meeting anyway',
  stayHere: 'Stay here',
  noMeetingTitle: 'No meeting selected',
  noMeetingOutlook: 'Open a meeting invitation in the calendar to see its agenda.',
  loadingMeeting: 'Finding the meeting …',
  meetingNotInCalendar:
    'We could not find the meeting in your calendar today. Perhaps you were not invited directly, or the meeting has moved. Choose the meeting below.',
  meetingNotNamed: 'Choose the meeting whose agenda you want to see.',
  findingRole: 'Opening the meeting …',
  followAgendaOnly: 'Just follow the agenda',
  writeMinutes: 'Write the minutes',
  otherLanguage: 'Dansk',
  otherLanguageName: 'Skift til dansk',
};
