/**
 * The data half of the composition root: configuration → token provider → Graph client →
 * repositories. main.tsx loads this module on demand, so zod, the Graph client and the schedule's
 * date library are fetched beside the shell instead of inside the task pane's initial JavaScript.
 */
import { createDevTokenProvider } from '../auth/dev-token-provider';
import type { AgendaSource, DecisionStore, TokenProvider } from '../domain/ports';
import { createAgendaRepository, createCalendarRepository, createGraphClient, type CalendarRepository } from '../graph';
import type { AddressOptions } from './address';
import { loadConfig, readEnvironment, type Config } from './config/load-config';
import { shareCalendarLists } from './shared-calendar';

export interface DataServices {
  agenda: AgendaSource;
  /** Also finds the event behind a Teams meeting chat. */
  calendar: CalendarRepository;
  decisions: DecisionStore;
}

export type ComposeResult = { ok: true; services: DataServices } | { ok: false; message: string };

async function tokenProvider(config: Config, devToken: string): Promise<TokenProvider> {
  if (config.mode === 'demo') return createDevTokenProvider(devToken);
  // MSAL is only needed against a tenant: keep it out of the demo's bundle path.
  const { createTenantTokenProvider } = await import('./config/tenant-auth');
  return createTenantTokenProvider(config);
}

/** Builds the repositories for this deployment; a configuration problem comes back as its message. */
export async function composeServices(address: Pick<AddressOptions, 'token'>, origin: string): Promise<ComposeResult> {
  const loaded = loadConfig(readEnvironment());
  if (!loaded.ok) return { ok: false, message: loaded.error.message };
  const config = loaded.config;
  const baseUrl = config.mode === 'tenant' ? config.graphBaseUrl : `${origin}/graph/v1.0`;
  const client = createGraphClient({ baseUrl, tokens: await tokenProvider(config, address.token) });
  const repository = createAgendaRepository(client, { siteId: config.siteId });
  return { ok: true, services: { agenda: repository, decisions: repository, calendar: shareCalendarLists(createCalendarRepository(client)) } };
}
