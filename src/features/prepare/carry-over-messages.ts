/** Texts of the carry-over panel in the secretary's view (Danish source, English translation). */
import type { Catalog } from '../../ui/i18n';

const da = {
  title: 'Udsatte punkter fra sidste møde',
  from: (forum: string, date: string) => `Udsat på ${forum} den ${date}`,
  punkt: (n: number, title: string) => `Punkt ${n}: ${title}`,
  add: 'Tilføj',
  addLabel: (title: string) => `Tilføj ${title}`,
  added: 'Tilføjet',
};

const en: typeof da = {
  title: 'Postponed punkter from the last meeting',
  from: (forum, date) => `Postponed at ${forum} on ${date}`,
  punkt: (n, title) => `Punkt ${n}: ${title}`,
  add: 'Add',
  addLabel: (title) => `Add ${title}`,
  added: 'Added',
};

export const carryOverMessages: Catalog<typeof da> = { da, en };
