/**
 * What the address bar says about how to run: role, language, meeting, theme and demo user.
 * Deployment settings (demo or tenant, site, app registration) come from ./config/load-config.
 */
import { DEMO_USER_TOKENS, DEV_TOKEN } from '../auth/dev-token-provider';
import type { HostTheme } from '../domain/host-port';
import type { Language } from '../ui/i18n';

export type Role = 'agenda' | 'notes' | 'prepare';

export interface AddressOptions {
  role: Role;
  /**
   * False when the address names no role: the Teams side panel then picks the view by the user's
   * write access (the tab's contentUrl carries none); elsewhere the default is the agenda.
   */
  roleGiven: boolean;
  /** `?role=config`: the Teams tab's configuration page (the manifest's configurationUrl), not the app. */
  configPage: boolean;
  language: Language;
  /** `?meeting=EVENT_ID`: open this calendar event instead of the next upcoming one. */
  meetingId: string | null;
  /** `?theme=light|dark|contrast` fixes the theme (screenshots); otherwise the host decides. */
  theme: HostTheme | null;
  /**
   * The development token (demo mode only): the secretary by default (or `?user=secretary`),
   * `?user=notetaker` the note-taker, `?user=reader` the read-only manager.
   */
  token: string;
}

const DEMO_USERS: ReadonlyMap<string, string> = new Map(Object.entries(DEMO_USER_TOKENS));

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  allowed.includes(value as T) ? (value as T) : null;

/** Reads the options from `location.search`. Unknown values fall back to defaults. */
export function readAddress(search: string): AddressOptions {
  const params = new URLSearchParams(search);
  const role = pick(params.get('role'), ['agenda', 'notes', 'prepare'] as const);
  return {
    role: role ?? 'agenda',
    roleGiven: role !== null,
    configPage: params.get('role') === 'config',
    language: pick(params.get('lang'), ['da', 'en'] as const) ?? 'da',
    meetingId: params.get('meeting') || null,
    theme: pick(params.get('theme'), ['light', 'dark', 'contrast'] as const),
    token: DEMO_USERS.get(params.get('user') ?? '') ?? DEV_TOKEN,
  };
}
