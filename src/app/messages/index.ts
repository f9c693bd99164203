/** The app shell's catalog: Danish by default, English with `?lang=en`. */
import type { Catalog } from '../../ui/i18n';
import { da, type AppMessages } from './da';
import { en } from './en';

export const appMessages: Catalog<AppMessages> = { da, en };
