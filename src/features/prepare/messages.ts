/** Texts of the secretary's view (Danish source, English translation). */
import type { Catalog } from '../../ui/i18n';
import type { Meeting } from '../../domain/meeting';
import type { RenderError, RenderProblem } from '../../domain/render';
import type { FieldProblem } from './validate';

const da = {
  title: 'Forbered dagsorden',
  noMeetingTitle: 'Intet møde',
  noMeeting: 'Vælg et møde, eller åbn mødeindkaldelsen, for at forberede dagsordenen.',
  unsavedInviteTitle: 'Invitationen er ikke gemt endnu',
  unsavedInvite:
    'Dagsordenen hører til mødet i kalenderen. Gem invitationen (den sendes ikke), så kan du forberede dagsordenen med det samme.',
  olderOutlookInviteTitle: 'Gem invitationen for at finde mødet',
  olderOutlookInvite:
    'Denne version af Outlook giver først Punkt mødet, når invitationen er gemt. Gem den, så kan du forberede dagsordenen. Er invitationen allerede sendt, og har du tilføjet eller fjernet deltagere, får de en opdatering.',
  saveInvite: 'Gem invitationen',
  savingInvite: 'Gemmer invitationen …',
  seriesTitle: 'Du har åbnet hele mødeserien',
  seriesNext: (date: string, time: string) =>
    `Du har åbnet hele mødeserien. En dagsorden hører til det enkelte møde, så her forbereder du det næste: ${date} kl. ${time}. Åbn et andet møde i serien i kalenderen for at forberede det.`,
  seriesNone: 'En dagsorden hører til det enkelte møde, og serien har ingen kommende møder. Åbn det møde i kalenderen, du vil forberede.',
  movedFrom: (from: string, to: string) =>
    `Mødet er flyttet fra ${from} til ${to}; dagsordenens tider følger det nye tidspunkt. Gem dagsordenen, så den også er gemt under det nye tidspunkt.`,
  dateAtTime: (date: string, time: string) => `${date} kl. ${time}`,
  summaryWritten: 'Dagsordenen står nu også i invitationen. Send opdateringen, så deltagerne får den.',
  summaryNotWritten: 'Dagsordenen er gemt, men Outlook kunne ikke skrive den i invitationen. Gem igen for at prøve igen.',
  bilagNotMoved: (list: string) =>
    `Dagsordenen er gemt. Disse bilag til lukkede punkter ligger ikke i forummets bibliotek, så Punkt kan ikke flytte dem til "Bilag (lukket)": ${list}. Tjek selv, hvem der kan åbne dem der, hvor de ligger.`,
  bilagLeftClosed: (list: string) =>
    `Dagsordenen er gemt. Disse bilag til genåbnede punkter kunne ikke flyttes tilbage fra "Bilag (lukket)", så ikke alle kan åbne dem endnu: ${list}. Gem igen for at prøve igen.`,
  inviteSyncing: (seconds: number) => `Invitationen er gemt. Venter på, at den når frem til kalenderen … (${seconds} s)`,
  inviteNotSynced:
    'Invitationen er gemt, men den er ikke nået frem til kalenderen efter 30 sekunder. Vent et øjeblik, og tryk Gem invitationen igen.',
  cannotSave: 'Dagsordenen kan ikke gemmes herfra. Kontakt den, der har sat Punkt op.',
  unreadable: (n: number) =>
    `Du har ikke adgang til ${n === 1 ? 'ét lukket punkt' : `${n} lukkede punkter`} på dagsordenen. Den kan derfor ikke gemmes herfra, så punkternes indhold ikke går tabt.`,
  startTitle: 'Der er ingen dagsorden endnu',
  startIntro:
    'Start med en tom dagsorden, kopiér dagsordenen fra et tidligere møde, eller indlæs en dagsorden eller et referat, du har som tekst.',
  copyLabel: 'Tidligere møde',
  copyButton: 'Kopiér dagsordenen fra mødet',
  copyNoMeetings: 'Der er ingen tidligere møder i kalenderen det seneste år.',
  copyNone: 'Mødet har ingen dagsorden i Punkt. Vælg et andet møde.',
  startEmpty: 'Start med en tom dagsorden',
  importLabel: 'Tekst fra dagsorden eller referat',
  importButton: 'Indlæs teksten',
  fileLabel: 'Eller vælg en tekstfil (.txt)',
  importNothing: 'Indsæt teksten eller vælg en fil først.',
  parseError: (line: number, expected: string) => `Teksten kunne ikke læses. Linje ${line}: her forventedes ${expected}.`,
  fileError: 'Filen kunne ikke læses. Vælg en tekstfil (.txt).',
  reused: (date: string) =>
    `Punkterne er hentet fra mødet den ${date}. Dato, tid og sted er dette mødes, og beslutninger er ikke taget med. Gennemse punkterne, og gem dagsordenen.`,
  meetingLegend: 'Mødet',
  date: (date: string) => `Dato: ${date} (fra kalenderen)`,
  forum: 'Forum',
  start: 'Starttidspunkt (tt:mm)',
  plannedEnd: 'Planlagt sluttidspunkt (tt:mm)',
  location: 'Mødested',
  itemsTitle: 'Punkter',
  noItems: 'Dagsordenen har ingen punkter endnu.',
  punkt: (n: number) => `Punkt ${n}`,
  untitled: '(uden titel)',
  closedTitle: 'Lukket',
  closedTag: (title: string) => `${title} (lukket)`,
  addItem: 'Tilføj punkt',
  edit: (n: number) => `Redigér punkt ${n}`,
  collapse: (n: number) => `Luk punkt ${n}`,
  moveUp: (n: number) => `Flyt punkt ${n} op`,
  moveDown: (n: number) => `Flyt punkt ${n} ned`,
  remove: (n: number) => `Slet punkt ${n}`,
  actions: (n: number) => `Handlinger for punkt ${n}`,
  more: (n: number) => `Flere handlinger for punkt ${n}`,
  moveTo: 'Flyt til position…',
  moveToTitle: (n: number) => `Flyt punkt ${n}`,
  moveToLabel: (count: number) => `Ny position (1–${count})`,
  moveToYes: 'Flyt punktet',
  moveToInvalid: (count: number) => `Skriv et tal fra 1 til ${count}.`,
  insertAfter: 'Indsæt punkt efter',
  // Dragging (dnd-kit's screen-reader texts, https://docs.dndkit.com/guides/accessibility).
  dragHandle: (n: number) => `Træk punkt ${n}`,
  dragRole: 'flytbart punkt',
  dragInstructions:
    'Tryk mellemrum eller Enter for at løfte punktet. Flyt det med pil op og pil ned, og tryk mellemrum eller Enter igen for at lægge det. Escape fortryder.',
  dragStart: (n: number) => `Punkt ${n} er løftet.`,
  dragOver: (n: number, position: number) => `Punkt ${n} er over position ${position}.`,
  dragEnd: (n: number, position: number) => `Punkt ${n} er lagt på position ${position}.`,
  dragCancel: (n: number) => `Flytningen er fortrudt. Punkt ${n} blev på sin plads.`,
  minutes: (n: number) => `${n} min.`,
  itemNoTime: 'Uden tid',
  confirmRemoveTitle: (n: number) => `Slet punkt ${n}?`,
  confirmRemove: (title: string) => `Punktet "${title}" og al dets tekst fjernes fra dagsordenen, når du gemmer.`,
  confirmYes: 'Slet punktet',
  cancel: 'Fortryd',
  fieldTitle: 'Titel',
  prefix: 'Forumforkortelse (fx CF)',
  caseNumber: 'Sagsnummer',
  caseNumberHint: 'Fx 00.01.00-P35-7-23',
  needsFixing: 'Punktet har felter, der skal rettes.',
  closed: 'Lukket punkt',
  closedHint: 'Et lukket punkt står som "Lukket" i dokumentet; titlen ses kun af dem med adgang.',
  timing: 'Tid',
  timingDuration: 'Varighed',
  timingSlot: 'Fast tidsrum',
  timingNone: 'Ingen tid',
  duration: 'Varighed i minutter',
  slotStart: 'Fra (tt:mm)',
  slotEnd: 'Til (tt:mm)',
  anledning: 'Anledning',
  sagsfremstilling: 'Sagsfremstilling',
  recommender: 'Indstilles af (fx Kommunaldirektøren)',
  points: 'Indstillingspunkter (ét pr. linje)',
  attachments: 'Bilag (ét navn pr. linje)',
  problems: {
    required: 'Skal udfyldes.',
    caseNumber: 'Sagsnummeret skal have formen dd.dd.dd-Xdd-n-yy, fx 00.01.00-P35-7-23.',
    prefix: 'Brug store bogstaver, fx CF eller DIF/CF.',
    minutes: 'Skriv et helt antal minutter fra 1 til 999.',
    clock: 'Skriv et klokkeslæt som 09:30.',
    slotOrder: 'Sluttidspunktet skal ligge efter starttidspunktet.',
  } satisfies Record<Exclude<FieldProblem, 'tooLong'>, string>,
  tooLong: (field: string, max: number, length: number, punkt: number | null) =>
    `${field}${punkt === null ? '' : ` i punkt ${punkt}`}: højst ${max} tegn, så SharePoint-listen kan gemme teksten (nu ${length}).`,
  scheduleTitle: 'Tidsplan',
  scheduleOk: 'Tidsplanen hænger sammen.',
  scheduleWarnings: (n: number) =>
    n === 1 ? 'Tidsplanen har én advarsel, se punktet herunder.' : `Tidsplanen har ${n} advarsler, se punkterne herunder.`,
  scheduleUnavailable: 'Tidsplanen vises, når mødets starttidspunkt er udfyldt korrekt.',
  noTime: 'uden tid',
  gap: (minutes: number) => `Pause på ${minutes} min. før dette punkt`,
  overlap: (previous: number, minutes: number) =>
    previous === 0 ? `Starter ${minutes} min. før mødets start` : `Overlapper punkt ${previous} med ${minutes} min.`,
  overrun: (minutes: number, plannedEnd: string) => `Slutter ${minutes} min. efter mødets planlagte slut (${plannedEnd})`,
  save: 'Gem dagsorden',
  saving: 'Gemmer…',
  saved: 'Gemt',
  unsaved: 'Ændringer er ikke gemt',
  saveFailed: 'Dagsordenen blev ikke gemt.',
  conflictTitle: 'Dagsordenen er ændret af en anden',
  conflict:
    'Nogen har gemt dagsordenen, siden du åbnede den, så dine ændringer er ikke gemt. Du kan hente den nye udgave (dine ændringer forsvinder; brug "Kopiér som tekst" først, hvis du vil beholde dem) eller gemme dine ændringer oven i den.',
  conflictReload: 'Hent den nye udgave',
  newerKept:
    'Nogen har gemt dagsordenen, mens du redigerede. Dine ændringer er bevaret og endnu ikke gemt. Når du gemmer, får du besked, hvis de rammer det samme som den andens ændringer.',
  conflictOverwrite: 'Gem mine ændringer alligevel',
  decisionKeptTitle: 'Et punkt med en beslutning slettes ikke',
  decisionKept: (number: number, title: string) =>
    `Punkt ${number} (${title}) har fået en beslutning, efter du åbnede dagsordenen, og du har slettet punktet. Dagsordenen er ikke gemt. Hent den nye udgave og behold punktet, eller bed referenten om at fjerne beslutningen først.`,
  forbiddenTitle: 'Du kan ikke gemme dagsordenen',
  forbidden: 'Du har kun læseadgang til dagsordenen, så dine ændringer kan ikke gemmes. Bed den, der administrerer Punkt, om skriveadgang.',
  fixFirst: (n: number) => (n === 1 ? 'Ret ét felt, før dagsordenen kan gemmes.' : `Ret ${n} felter, før dagsordenen kan gemmes.`),
  copyText: 'Kopiér som tekst',
  copied: 'Teksten er kopieret. Indsæt den i mødeindkaldelsen.',
  copyFailed: 'Teksten kunne ikke kopieres automatisk. Markér teksten herunder, og kopiér den.',
  documentText: 'Dagsordenen som tekst',
  notCopied: (where: string, problem: string) => `${where}: ${problem} Teksten er ikke kopieret.`,
  renderPunkt: (n: number, field: string) => `Punkt ${n}, ${field}`,
  renderFields: {
    forum: 'Forum',
    date: 'Dato',
    start: 'Starttidspunkt',
    plannedEnd: 'Sluttidspunkt',
    location: 'Mødested',
    participants: 'Mødedeltagere',
    preamble: 'Indledende tekst',
    number: 'Nummer',
    title: 'Titel',
    prefix: 'Præfiks',
    caseNumber: 'Sagsnummer',
    slot: 'Tidsrum',
    durationMinutes: 'Varighed',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    history: 'Historik',
    attachments: 'Bilag',
    lead: 'Tekst før første overskrift',
  } as Record<string, string>,
  renderProblems: {
    value: 'værdien kan ikke skrives i dagsordenens tekstformat.',
    lineBreak: 'må ikke indeholde linjeskift.',
    empty: 'må ikke være tom.',
    readsDifferently:
      'ville blive læst som noget andet i teksten (fx »Lukket« som titel på et åbent punkt, et tidsrum i parentes sidst i titlen eller »(20 min.)« først i Anledning).',
    startsLine:
      'en linje ville begynde et nyt punkt eller afsnit (fx »Beslutning« eller »Punkt 3: …« alene på en linje). Skriv linjen lidt anderledes.',
  } satisfies Record<RenderProblem, string>,
};

const en: typeof da = {
  title: 'Prepare the agenda',
  noMeetingTitle: 'No meeting',
  noMeeting: 'Pick a meeting, or open the meeting invitation, to prepare its agenda.',
  unsavedInviteTitle: 'The invitation is not saved yet',
  unsavedInvite:
    'The agenda belongs to the meeting in the calendar. Save the invitation (it is not sent), and you can prepare the agenda right away.',
  olderOutlookInviteTitle: 'Save the invitation to find the meeting',
  olderOutlookInvite:
    'This version of Outlook gives Punkt the meeting only once the invitation is saved. Save it to prepare the agenda. If the invitation was already sent and you added or removed attendees, they get an update.',
  saveInvite: 'Save the invitation',
  savingInvite: 'Saving the invitation …',
  seriesTitle: 'You opened the whole meeting series',
  seriesNext: (date: string, time: string) =>
    `You opened the whole meeting series. An agenda belongs to one meeting, so here you prepare the next one: ${date} at ${time}. Open another meeting of the series in the calendar to prepare that one.`,
  seriesNone:
    'An agenda belongs to one meeting, and the series has no meetings ahead. Open the meeting you want to prepare in the calendar.',
  movedFrom: (from: string, to: string) =>
    `The meeting was moved from ${from} to ${to}; the agenda's times follow the new time. Save the agenda so it is stored under the new time too.`,
  dateAtTime: (date: string, time: string) => `${date} at ${time}`,
  summaryWritten: 'The agenda is now in the invitation too. Send the update so the attendees get it.',
  summaryNotWritten: 'The agenda is saved, but Outlook could not write it into the invitation. Save again to retry.',
  bilagNotMoved: (list) =>
    `The agenda is saved. These attachments of closed punkter are not in the forum's library, so Punkt cannot move them to "Bilag (lukket)": ${list}. Check who can open them where they are.`,
  bilagLeftClosed: (list) =>
    `The agenda is saved. These attachments of reopened punkter could not be moved back out of "Bilag (lukket)", so not everyone can open them yet: ${list}. Save again to retry.`,
  inviteSyncing: (seconds: number) => `The invitation is saved. Waiting for it to reach the calendar … (${seconds} s)`,
  inviteNotSynced:
    'The invitation is saved, but it has not reached the calendar after 30 seconds. Wait a moment and press Save the invitation again.',
  cannotSave: 'The agenda cannot be saved from here. Contact whoever set up Punkt.',
  unreadable: (n: number) =>
    `You do not have access to ${n === 1 ? 'one closed item' : `${n} closed items`} on the agenda, so it cannot be saved from here without losing their content.`,
  startTitle: 'There is no agenda yet',
  startIntro: 'Start with an empty agenda, copy the agenda of an earlier meeting, or load an agenda or minutes you have as text.',
  copyLabel: 'Earlier meeting',
  copyButton: 'Copy the agenda of the meeting',
  copyNoMeetings: 'There are no earlier meetings in the calendar in the past year.',
  copyNone: 'That meeting has no agenda in Punkt. Choose another meeting.',
  startEmpty: 'Start with an empty agenda',
  importLabel: 'Text of an agenda or minutes',
  importButton: 'Load the text',
  fileLabel: 'Or choose a text file (.txt)',
  importNothing: 'Paste the text or choose a file first.',
  parseError: (line: number, expected: string) => `The text could not be read. Line ${line}: expected ${expected}.`,
  fileError: 'The file could not be read. Choose a text file (.txt).',
  reused: (date: string) =>
    `The items come from the meeting on ${date}. Date, time and place are this meeting's, and decisions are left out. Review the items and save the agenda.`,
  meetingLegend: 'The meeting',
  date: (date: string) => `Date: ${date} (from the calendar)`,
  forum: 'Forum',
  start: 'Start time (hh:mm)',
  plannedEnd: 'Planned end time (hh:mm)',
  location: 'Place',
  itemsTitle: 'Items',
  noItems: 'The agenda has no items yet.',
  punkt: (n: number) => `Item ${n}`,
  untitled: '(untitled)',
  closedTitle: 'Closed',
  closedTag: (title: string) => `${title} (closed)`,
  addItem: 'Add item',
  edit: (n: number) => `Edit item ${n}`,
  collapse: (n: number) => `Close item ${n}`,
  moveUp: (n: number) => `Move item ${n} up`,
  moveDown: (n: number) => `Move item ${n} down`,
  remove: (n: number) => `Delete item ${n}`,
  actions: (n: number) => `Actions for item ${n}`,
  more: (n: number) => `More actions for item ${n}`,
  moveTo: 'Move to position…',
  moveToTitle: (n: number) => `Move item ${n}`,
  moveToLabel: (count: number) => `New position (1–${count})`,
  moveToYes: 'Move the item',
  moveToInvalid: (count: number) => `Enter a number from 1 to ${count}.`,
  insertAfter: 'Insert item after',
  dragHandle: (n: number) => `Drag item ${n}`,
  dragRole: 'movable item',
  dragInstructions:
    'Press Space or Enter to pick the item up. Move it with the up and down arrow keys, and press Space or Enter again to drop it. Escape cancels.',
  dragStart: (n: number) => `Item ${n} picked up.`,
  dragOver: (n: number, position: number) => `Item ${n} is over position ${position}.`,
  dragEnd: (n: number, position: number) => `Item ${n} dropped at position ${position}.`,
  dragCancel: (n: number) => `Move cancelled. Item ${n} stayed in its place.`,
  minutes: (n: number) => `${n} min.`,
  itemNoTime: 'No time',
  confirmRemoveTitle: (n: number) => `Delete item ${n}?`,
  confirmRemove: (title: string) => `The item "${title}" and all its text are removed from the agenda when you save.`,
  confirmYes: 'Delete the item',
  cancel: 'Cancel',
  fieldTitle: 'Title',
  prefix: 'Forum abbreviation (e.g. CF)',
  caseNumber: 'Case number',
  caseNumberHint: 'E.g. 00.01.00-P35-7-23',
  needsFixing: 'This item has fields to fix.',
  closed: 'Closed item',
  closedHint: 'A closed item reads "Lukket" in the document; only those with access see its title.',
  timing: 'Time',
  timingDuration: 'Duration',
  timingSlot: 'Fixed slot',
  timingNone: 'No time',
  duration: 'Duration in minutes',
  slotStart: 'From (hh:mm)',
  slotEnd: 'To (hh:mm)',
  anledning: 'Occasion (Anledning)',
  sagsfremstilling: 'Case presentation (Sagsfremstilling)',
  recommender: 'Recommended by (e.g. Kommunaldirektøren)',
  points: 'Recommendation points (one per line)',
  attachments: 'Attachments (one name per line)',
  problems: {
    required: 'Required.',
    caseNumber: 'The case number must have the shape dd.dd.dd-Xdd-n-yy, e.g. 00.01.00-P35-7-23.',
    prefix: 'Use capital letters, e.g. CF or DIF/CF.',
    minutes: 'Enter whole minutes from 1 to 999.',
    clock: 'Enter a time such as 09:30.',
    slotOrder: 'The end must be after the start.',
  },
  tooLong: (field: string, max: number, length: number, punkt: number | null) =>
    `${field}${punkt === null ? '' : ` in item ${punkt}`}: at most ${max} characters, so the SharePoint list can store the text (now ${length}).`,
  scheduleTitle: 'Schedule',
  scheduleOk: 'The schedule fits.',
  scheduleWarnings: (n: number) =>
    n === 1 ? 'The schedule has one warning; see the item below.' : `The schedule has ${n} warnings; see the items below.`,
  scheduleUnavailable: 'The schedule shows once the meeting’s start time is valid.',
  noTime: 'no time',
  gap: (minutes: number) => `${minutes} min. break before this item`,
  overlap: (previous: number, minutes: number) =>
    previous === 0 ? `Starts ${minutes} min. before the meeting` : `Overlaps item ${previous} by ${minutes} min.`,
  overrun: (minutes: number, plannedEnd: string) => `Ends ${minutes} min. after the planned end (${plannedEnd})`,
  save: 'Save agenda',
  saving: 'Saving…',
  saved: 'Saved',
  unsaved: 'Changes are not saved',
  saveFailed: 'The agenda was not saved.',
  conflictTitle: 'Someone else changed the agenda',
  conflict:
    'Someone saved the agenda after you opened it, so your changes are not saved. You can load the new version (your changes are lost; use "Copy as text" first to keep them) or save your changes over it.',
  conflictReload: 'Load the new version',
  newerKept:
    'Someone saved the agenda while you were editing. Your changes are kept and not saved yet. When you save, you are told if they touch what the other person changed.',
  conflictOverwrite: 'Save my changes anyway',
  decisionKeptTitle: 'A punkt with a decision is not deleted',
  decisionKept: (number: number, title: string) =>
    `Punkt ${number} (${title}) was given a decision after you opened the agenda, and you deleted the punkt. The agenda was not saved. Load the new version and keep the punkt, or ask the note-taker to remove the decision first.`,
  forbiddenTitle: 'You cannot save the agenda',
  forbidden: 'You only have read access to the agenda, so your changes cannot be saved. Ask whoever administers Punkt for write access.',
  fixFirst: (n: number) => (n === 1 ? 'Fix one field before the agenda can be saved.' : `Fix ${n} fields before the agenda can be saved.`),
  copyText: 'Copy as text',
  copied: 'The text is copied. Paste it into the meeting invitation.',
  copyFailed: 'The text could not be copied automatically. Select the text below and copy it.',
  documentText: 'The agenda as text',
  notCopied: (where: string, problem: string) => `${where}: ${problem} The text was not copied.`,
  renderPunkt: (n: number, field: string) => `Item ${n}, ${field}`,
  renderFields: {
    forum: 'Forum',
    date: 'Date',
    start: 'Start time',
    plannedEnd: 'End time',
    location: 'Location',
    participants: 'Participants',
    preamble: 'Introductory text',
    number: 'Number',
    title: 'Title',
    prefix: 'Prefix',
    caseNumber: 'Case number',
    slot: 'Time slot',
    durationMinutes: 'Duration',
    recommendation: 'Indstilling',
    decision: 'Beslutning',
    history: 'Historik',
    attachments: 'Bilag',
    lead: 'Text before the first heading',
  },
  renderProblems: {
    value: 'the value cannot be written in the agenda’s text format.',
    lineBreak: 'must not contain line breaks.',
    empty: 'must not be empty.',
    readsDifferently:
      'would read as something else in the text (e.g. "Lukket" as the title of an open item, a time slot in parentheses at the end of the title, or "(20 min.)" first in Anledning).',
    startsLine:
      'a line would start a new item or section (e.g. "Beslutning" or "Punkt 3: …" alone on a line). Write the line a little differently.',
  },
};

export const prepareMessages: Catalog<typeof da> = { da, en };

/**
 * A punkt's name in the list and the schedule: a closed punkt without a title reads "Lukket" as in
 * the document; one with a title shows it (the secretary may read it) marked as closed.
 */
export function punktName(t: typeof da, closed: boolean, title: string): string {
  const text = title.trim();
  if (closed) return text === '' || text === 'Lukket' ? t.closedTitle : t.closedTag(text);
  return text || t.untitled;
}

/** The parser's English "expected …" in Danish, for the known shapes (parse-item.ts, parse-header.ts). */
export function expectedInDanish(expected: string): string {
  return expected
    .replace(/^a case number/, 'et sagsnummer')
    .replace(/^a title after/, 'en titel efter')
    .replace(/^a line/, 'en linje');
}

/**
 * Why "Kopiér som tekst" refused the agenda: the punkt and field (a section by its heading) the
 * renderer named by its path, and the reason, in the user's language.
 */
export function notCopiedText(t: typeof da, error: RenderError, meeting: Meeting): string {
  const [top, index, field, sectionIndex] = error.path;
  const item = top === 'items' && typeof index === 'number' ? meeting.items[index] : undefined;
  if (!item) return t.notCopied(t.renderFields[String(top)] ?? String(top), t.renderProblems[error.reason]);
  const section = field === 'sections' && typeof sectionIndex === 'number' ? item.sections[sectionIndex] : undefined;
  const name = section ? section.heading || t.renderFields.lead! : (t.renderFields[String(field)] ?? String(field));
  return t.notCopied(t.renderPunkt(item.number, name), t.renderProblems[error.reason]);
}
