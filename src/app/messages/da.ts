/** The app shell's Danish texts (the source catalog; en.ts must match its shape). */
export const da = {
  appName: 'Punkt',
  meetingPicker: 'Møde',
  meetingPickerPlaceholder: 'Vælg et møde',
  noMeetings: 'Der er ingen møder i kalenderen de næste 60 dage.',
  noMeetingTitle: 'Intet møde valgt',
  noMeetingOutlook: 'Åbn en mødeindkaldelse i kalenderen for at se dens dagsorden.',
  loadingMeeting: 'Finder mødet …',
  roleComingTitle: 'Visningen er på vej',
  roleComing: (role: string) => `Visningen for rollen "${role}" er ikke klar endnu. Fjern ?role= fra adressen for at se dagsordenen.`,
  otherLanguage: 'English',
  otherLanguageName: 'Switch to English',
  roleNames: { agenda: 'dagsorden', notes: 'referent', prepare: 'sekretær' } as Record<string, string>,
};
export type AppMessages = typeof da;
