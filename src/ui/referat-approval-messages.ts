/** Texts of the referat's approval control (Danish source, English translation). */
import type { ReferatState } from '../domain/referat/approval';
import type { Catalog } from './i18n';

const da = {
  title: 'Godkendelse af referat',
  state: { udkast: 'Udkast', godkendt: 'Godkendt', 'ændret efter godkendelse': 'Ændret efter godkendelse' } satisfies Record<
    ReferatState,
    string
  >,
  approvedBy: (name: string, when: string) => `Godkendt af ${name} den ${when}`,
  at: (date: string, time: string) => `${date} kl. ${time}`,
  changed: (n: number) => `Punkt ${n} er ændret efter godkendelse`,
  onlyChair: 'Kun formanden kan godkende referatet.',
  approvedByForum: 'Godkendt af forum på mødet',
  approve: 'Godkend referat',
  approveAgain: 'Godkend referatet igen',
  confirmTitle: 'Godkend referatet?',
  confirmText:
    'Referatet godkendes i dit navn med tidspunktet nu. Ændres et punkt bagefter, bliver det markeret, indtil referatet godkendes igen.',
  confirm: 'Godkend',
  cancel: 'Annuller',
  loadFailed: 'Referatets godkendelse kunne ikke hentes.',
  approveFailed: 'Referatet kunne ikke godkendes. Prøv igen.',
  columnsMissing: 'Listen PunktMeetings mangler kolonnerne til godkendelse. Bed en administrator køre punkt provision.',
  noAgenda: 'Mødet har ingen dagsorden i listerne endnu, så referatet kan ikke godkendes.',
};

const en: typeof da = {
  title: 'Approval of the minutes',
  state: { udkast: 'Draft', godkendt: 'Approved', 'ændret efter godkendelse': 'Changed after approval' },
  approvedBy: (name, when) => `Approved by ${name} on ${when}`,
  at: (date, time) => `${date} at ${time}`,
  changed: (n) => `Punkt ${n} was changed after approval`,
  onlyChair: 'Only the chair can approve the minutes.',
  approvedByForum: 'Approved by the forum at the meeting of',
  approve: 'Approve minutes',
  approveAgain: 'Approve the minutes again',
  confirmTitle: 'Approve the minutes?',
  confirmText:
    'The minutes are approved in your name as of now. A punkt changed afterwards is flagged until the minutes are approved again.',
  confirm: 'Approve',
  cancel: 'Cancel',
  loadFailed: 'The approval of the minutes could not be loaded.',
  approveFailed: 'The minutes could not be approved. Try again.',
  columnsMissing: 'The PunktMeetings list lacks the approval columns. Ask an administrator to run punkt provision.',
  noAgenda: 'The meeting has no agenda in the lists yet, so the minutes cannot be approved.',
};

export const referatApprovalMessages: Catalog<typeof da> = { da, en };
