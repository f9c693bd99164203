/** Texts of the note-taker's Referat section (Danish source, English translation). */
import type { Catalog } from '../../../ui/i18n';

const da = {
  heading: 'Referat',
  versionLabel: 'Version',
  publicVersion: 'Offentlig',
  internalVersion: 'Intern (med lukkede punkter)',
  previewTitle: 'Forhåndsvisning af referatet',
  showPreview: 'Vis forhåndsvisning',
  hidePreview: 'Skjul forhåndsvisning',
  refresh: 'Opdater forhåndsvisning',
  download: 'Hent Word',
  print: 'Udskriv',
  save: 'Gem i SharePoint',
  saving: 'Gemmer i SharePoint …',
  saved: (time: string) => `Gemt i SharePoint kl. ${time}`,
  notSaved: 'Referatet er ikke gemt i SharePoint endnu.',
  linksLabel: 'Gemte dokumenter',
  openPublic: 'Åbn den offentlige version',
  openInternal: 'Åbn den interne version',
  send: 'Send til deltagerne',
  sendNeedsSave: 'Gem referatet i SharePoint, før du sender det.',
  mailSubject: (forum: string, date: string) => `Referat af ${forum} ${date}`,
  mailIntro: 'Referatet fra mødet kan læses her:',
};

const en: typeof da = {
  heading: 'Minutes',
  versionLabel: 'Version',
  publicVersion: 'Public',
  internalVersion: 'Internal (with closed items)',
  previewTitle: 'Preview of the minutes',
  showPreview: 'Show preview',
  hidePreview: 'Hide preview',
  refresh: 'Refresh preview',
  download: 'Download Word',
  print: 'Print',
  save: 'Save to SharePoint',
  saving: 'Saving to SharePoint …',
  saved: (time: string) => `Saved to SharePoint at ${time}`,
  notSaved: 'The minutes are not saved to SharePoint yet.',
  linksLabel: 'Saved documents',
  openPublic: 'Open the public version',
  openInternal: 'Open the internal version',
  send: 'Send to participants',
  sendNeedsSave: 'Save the minutes to SharePoint before sending them.',
  mailSubject: (forum: string, date: string) => `Minutes of ${forum} ${date}`,
  mailIntro: 'The minutes of the meeting can be read here:',
};

export const referatMessages: Catalog<typeof da> = { da, en };
