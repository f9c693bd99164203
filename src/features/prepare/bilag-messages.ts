/** Texts of a punkt's Bilag field in the secretary's view (Danish source, English translation). */
import type { Catalog } from '../../ui/i18n';

const da = {
  hint: 'Et vedhæftet bilag står som navn og link: Notat.pdf <https://…>.',
  links: (n: number) => `Bilag til punkt ${n}`,
  attach: 'Vedhæft fil',
  attachLabel: (n: number) => `Vedhæft fil til punkt ${n}`,
  fileInput: (n: number) => `Fil til punkt ${n}`,
  pick: 'Vælg fra biblioteket',
  pickLabel: (n: number) => `Vælg fra biblioteket til punkt ${n}`,
  uploading: (name: string, size: string) => `Uploader ${name} (${size}) …`,
  uploaded: (name: string, size: string) => `${name} (${size}) er vedhæftet.`,
  closedPlace: 'Punktet er lukket: filer gemmes i mappen "Bilag (lukket)", som kun de med adgang til lukkede punkter kan åbne.',
  empty: (name: string) => `${name} er tom og kan ikke vedhæftes.`,
  tooLarge: (name: string, size: string, max: string) => `${name} fylder ${size}. Et bilag kan højst fylde ${max}.`,
  pickTitle: 'Vælg bilag fra biblioteket',
  pickTitleClosed: 'Vælg bilag fra "Bilag (lukket)"',
  folder: (path: string) => `Mappe: ${path}`,
  up: 'Op en mappe',
  loading: 'Henter filer …',
  none: 'Ingen filer her.',
  openFolder: (name: string) => `Åbn mappen ${name}`,
  chooseFile: (name: string, size: string) => `Vælg ${name} (${size})`,
  close: 'Luk',
};

const en: typeof da = {
  hint: 'An attached file is written as name and link: Notat.pdf <https://…>.',
  links: (n) => `Attachments of punkt ${n}`,
  attach: 'Attach file',
  attachLabel: (n) => `Attach file to punkt ${n}`,
  fileInput: (n) => `File for punkt ${n}`,
  pick: 'Choose from the library',
  pickLabel: (n) => `Choose from the library for punkt ${n}`,
  uploading: (name, size) => `Uploading ${name} (${size}) …`,
  uploaded: (name, size) => `${name} (${size}) is attached.`,
  closedPlace: 'The punkt is closed: files go to the folder "Bilag (lukket)", which only those allowed to read closed punkter can open.',
  empty: (name) => `${name} is empty and cannot be attached.`,
  tooLarge: (name, size, max) => `${name} is ${size}. An attachment can be at most ${max}.`,
  pickTitle: 'Choose an attachment from the library',
  pickTitleClosed: 'Choose an attachment from "Bilag (lukket)"',
  folder: (path) => `Folder: ${path}`,
  up: 'Up one folder',
  loading: 'Loading files …',
  none: 'No files here.',
  openFolder: (name) => `Open the folder ${name}`,
  chooseFile: (name, size) => `Choose ${name} (${size})`,
  close: 'Close',
};

export const bilagMessages: Catalog<typeof da> = { da, en };

/** A file size as people read it: `340 kB`, `1,2 MB` (Danish decimal comma in Danish). */
export function formatSize(bytes: number, language: 'da' | 'en'): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
