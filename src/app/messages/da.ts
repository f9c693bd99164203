/** The app shell's Danish texts (the source catalog; en.ts must match its shape). */
export const da = {
  appName: 'Punkt',
  meetingPicker: 'Møde',
  meetingPickerPlaceholder: 'Vælg et møde',
  noMeetings: 'Der er ingen møder i kalenderen de næste 60 dage.',
  unsavedSwitch: (meeting: string) => `Du har ændringer, der ikke er gemt. Skifter du til ${meeting}, går de tabt.`,
  switchAnyway: 'Skift møde alligevel',
  stayHere: 'Bliv her',
  noMeetingTitle: 'Intet møde valgt',
  noMeetingOutlook: 'Åbn en mødeindkaldelse i kalenderen for at se dens dagsorden.',
  loadingMeeting: 'Finder mødet …',
  meetingNotInCalendar:
    'Vi kunne ikke finde mødet i din kalender i dag. Måske er du ikke inviteret direkte, eller mødet er flyttet. Vælg mødet herunder.',
  meetingNotNamed: 'Vælg det møde, du vil se dagsordenen for.',
  findingRole: 'Åbner mødet …',
  followAgendaOnly: 'Følg kun dagsordenen',
  writeMinutes: 'Skriv referat',
  otherLanguage: 'English',
  otherLanguageName: 'Switch to English',
};
export type AppMessages = typeof da;
