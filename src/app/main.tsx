/**
 * Browser entry point (Outlook task pane and plain browser). Composition: configuration →
 * office.js says which host we are in → token provider → Graph client → repositories → host → render.
 * Demo mode talks to the Graph-compatible service that `npm start` embeds at /graph with the
 * development token; tenant mode signs in with nested app authentication (loaded only then, so
 * MSAL stays out of the demo's initial JavaScript).
 */
import { createDevTokenProvider } from '../auth/dev-token-provider';
import type { TokenProvider } from '../domain/ports';
import { createAgendaRepository, createCalendarRepository, createGraphClient } from '../graph';
import type { MeetingHost } from '../hosts/host';
import { whenOfficeReady } from '../hosts/office-async';
import { createOutlookHost, type OutlookOffice } from '../hosts/outlook-host';
import { createStandaloneHost } from '../hosts/standalone-host';
import { readAddress } from './address';
import { bootstrap } from './bootstrap';
import { loadConfig, readEnvironment, type Config } from './config/load-config';

type OfficeGlobal = OutlookOffice & { onReady(): Promise<{ host: unknown; platform: unknown }> };

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked (private mode, partitioned iframes): run without the offline copy.
    return null;
  }
}

/** Shows a problem that stops the app before React runs, as plain text. */
function showFatal(root: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.padding = '12px 16px';
  p.style.whiteSpace = 'pre-line';
  p.textContent = text;
  root.replaceChildren(p);
}

async function tokenProvider(config: Config, devToken: string): Promise<TokenProvider> {
  if (config.mode === 'demo') return createDevTokenProvider(devToken);
  const { createTenantTokenProvider } = await import('./config/tenant-auth');
  return createTenantTokenProvider(config);
}

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const address = readAddress(location.search);
  const loaded = loadConfig(readEnvironment());
  if (!loaded.ok) return showFatal(root, loaded.error.message);
  const config = loaded.config;

  const baseUrl = config.mode === 'tenant' ? config.graphBaseUrl : `${location.origin}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, tokens: await tokenProvider(config, address.token) });
  const agenda = createAgendaRepository(client, { siteId: config.siteId });
  const calendar = createCalendarRepository(client);

  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  const ready = await whenOfficeReady(office);
  const matchMedia = typeof window.matchMedia === 'function' ? (q: string) => window.matchMedia(q) : undefined;
  const host: MeetingHost =
    office && ready.host === 'Outlook'
      ? createOutlookHost({ office, getEvent: (id) => calendar.getEvent(id), prefersContrast: () => !!matchMedia?.('(forced-colors: active)').matches })
      : createStandaloneHost({ calendar, meetingId: address.meetingId, theme: address.theme, matchMedia });

  bootstrap(root, { host, agenda, calendar, decisions: agenda, now: () => new Date(), storage: localStorageOrNull() }, address);
}

void main();
