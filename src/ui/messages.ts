/** Texts of the shared states and error messages (Danish source, English translation). */
import type { Catalog } from './i18n';
import type { ErrorKind } from './error-kind';

const da = {
  loading: 'Henter dagsordenen …',
  retry: 'Prøv igen',
  errorTitle: 'Noget gik galt',
  requestId: (id: string) => `Fejl-id: ${id}`,
  errors: {
    signedOut: 'Du er ikke logget ind. Log ind med din arbejdskonto for at se dagsordenen.',
    forbidden: 'Du har ikke adgang til dagsordenen. Kontakt mødets sekretær.',
    notFound: 'Mødet eller dagsordenen blev ikke fundet. Måske er mødet flyttet eller aflyst.',
    offline: 'Der er ingen forbindelse. Tjek netværket og prøv igen.',
    busy: 'Tjenesten har travlt lige nu. Vent et øjeblik og prøv igen.',
    server: 'Tjenesten svarede med en fejl. Prøv igen om lidt.',
    outlookItem: 'Outlook kunne ikke læse eller gemme invitationen. Gem invitationen, og prøv igen.',
    ambiguousMeeting:
      'Mødet er flyttet, og der findes flere gemte dagsordener til det under andre tidspunkter. Punkt gætter ikke på, hvilken der gælder: kontakt mødets sekretær.',
    unknown: 'Der opstod en uventet fejl. Prøv igen.',
  } satisfies Record<ErrorKind, string>,
  crashed: 'Visningen stødte på en fejl og kunne ikke vises.',
  reload: 'Genindlæs',
  status: { approved: 'Godkendt', noted: 'Taget til efterretning', discussed: 'Drøftet', postponed: 'Udsat' },
  postponedTo: (date: string) => `Udsat til ${date}`,
  forum: 'Forum',
  date: 'Dato',
  time: 'Tid',
  location: 'Sted',
  chair: 'Forperson',
  participants: 'Deltagere',
  showParticipants: (n: number) => `Vis deltagere (${n})`,
  hideParticipants: 'Skjul deltagere',
  rowProblems: {
    title: (n: number) => (n === 1 ? 'Et punkt kunne ikke læses helt' : `${n} punkter kunne ikke læses helt`),
    meetingTitle: 'Mødets oplysninger kunne ikke læses helt',
    meeting: 'Mødet',
    punkt: (n: number) => `Punkt ${n}`,
    columns: (names: string[], list: string) =>
      `${names.length === 1 ? 'kolonnen' : 'kolonnerne'} ${names.join(' og ')} i listen ${list} kunne ikke læses`,
    help: 'Det vises uden værdien, og resten af mødet virker. Ret kolonnen i SharePoint-listen, eller skriv punktet igen i Punkt.',
  },
};

const en: typeof da = {
  loading: 'Loading the agenda …',
  retry: 'Try again',
  errorTitle: 'Something went wrong',
  requestId: (id: string) => `Error id: ${id}`,
  errors: {
    signedOut: 'You are not signed in. Sign in with your work account to see the agenda.',
    forbidden: 'You do not have access to the agenda. Contact the meeting secretary.',
    notFound: 'The meeting or its agenda was not found. It may have been moved or cancelled.',
    offline: 'There is no connection. Check the network and try again.',
    busy: 'The service is busy right now. Wait a moment and try again.',
    server: 'The service answered with an error. Try again shortly.',
    outlookItem: 'Outlook could not read or save the invite. Save the invite and try again.',
    ambiguousMeeting:
      'The meeting was moved, and several agendas are stored for it under other times. Punkt does not guess which one applies: contact the meeting secretary.',
    unknown: 'An unexpected error occurred. Try again.',
  },
  crashed: 'The view ran into an error and could not be shown.',
  reload: 'Reload',
  status: { approved: 'Approved', noted: 'Noted', discussed: 'Discussed', postponed: 'Postponed' },
  postponedTo: (date: string) => `Postponed to ${date}`,
  forum: 'Forum',
  date: 'Date',
  time: 'Time',
  location: 'Place',
  chair: 'Chair',
  participants: 'Participants',
  showParticipants: (n: number) => `Show participants (${n})`,
  hideParticipants: 'Hide participants',
  rowProblems: {
    title: (n: number) => (n === 1 ? 'An item could not be read in full' : `${n} items could not be read in full`),
    meetingTitle: 'The meeting’s details could not be read in full',
    meeting: 'The meeting',
    punkt: (n: number) => `Item ${n}`,
    columns: (names: string[], list: string) =>
      `${names.length === 1 ? 'the column' : 'the columns'} ${names.join(' and ')} in the list ${list} could not be read`,
    help: 'It is shown without the value, and the rest of the meeting works. Correct the column in the SharePoint list, or write the item again in Punkt.',
  },
};

export const uiMessages: Catalog<typeof da> = { da, en };
