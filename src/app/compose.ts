/**
 * The data half of the composition root: configuration → token provider → Graph client →
 * repositories. main.tsx loads this module on demand, beside the shell. It is in the first open's
 * boot chunk (vite.config.ts), so it builds at once only what the managers' view reads; a write side
 * no first open uses (the Bilag uploads) loads with its first call (issue #13).
 */
import { demoSession, tenantSession, type AccountSession } from '../auth/account-session';
import { createDevTokenProvider, demoUserOf } from '../auth/dev-token-provider';
import type { HostSignIn } from '../domain/host-port';
import type {
  AgendaSource,
  AgendaStore,
  BilagLibrary,
  DecisionStore,
  LiveProgressStore,
  ReferatApprovalStore,
  TokenProvider,
} from '../domain/ports';
import type { ReferatLibrary } from '../domain/referat/library-port';
import type { OfficeDialogApi } from '../hosts/office-dialog';
import {
  createAgendaRepository,
  createCalendarRepository,
  createGraphClient,
  createLiveProgressRepository,
  createReferatApprovalRepository,
  createReferatLibrary,
  type CalendarRepository,
} from '../graph';
import type { AddressOptions } from './address';
import { graphBaseUrl, loadConfig, readEnvironment, type Config, type ConfigError } from './config/load-config';
import { shareCalendarLists } from './shared-calendar';

export interface DataServices {
  agenda: AgendaSource;
  /** Where the secretary's view saves: the same repository, typed as the write port it is. */
  agendaStore: AgendaStore;
  /** Also finds the event behind a Teams meeting chat. */
  calendar: CalendarRepository;
  decisions: DecisionStore;
  /** The live meeting progress on the meeting's row: written by the note-taker, polled by the managers' view. */
  progress: LiveProgressStore;
  /** The referat's documents in the forum site's document library. */
  referat: ReferatLibrary;
  /** Who approved each meeting's referat and when, on the meeting's row. */
  approvals: ReferatApprovalStore;
  /** A punkt's papers in the same document library. */
  bilag: BilagLibrary;
}

/**
 * `account` drives the header's sign-in control; `bindSignIn` (tenant mode only) gives sign-in the
 * host's part once the host is known. A failure carries the ConfigError to show.
 */
export type ComposeResult =
  | { ok: true; services: DataServices; account: AccountSession; bindSignIn?: (part: HostSignIn) => void }
  | { ok: false; message: string; error: ConfigError };

async function tokenProvider(
  config: Config,
  devToken: string,
  origin: string,
): Promise<{ tokens: TokenProvider; account: AccountSession; bindSignIn?: (part: HostSignIn) => void }> {
  if (config.mode === 'demo') return { tokens: createDevTokenProvider(devToken), account: demoSession(demoUserOf(devToken)) };
  // MSAL is only needed against a tenant: keep it out of the demo's bundle path.
  const [{ createTenantTokenProvider }, { outlookSignIn }, { lateHostSignIn }] = await Promise.all([
    import('../auth/tenant-token-provider'),
    import('../hosts/office-dialog'),
    import('../auth/late-host-sign-in'),
  ]);
  // Outlook without NestedAppAuth 1.1 signs in through the Office dialog (auth.html). office.js is
  // read when the first token is asked for, after Office.onReady; outside Outlook NAA is MSAL's.
  const office = () => (globalThis as { Office?: OfficeDialogApi }).Office;
  // The host (Teams' window, the login hint, the plain browser) is known later: main binds it.
  const host = lateHostSignIn(outlookSignIn(office, origin));
  const { session, tokens } = tenantSession(createTenantTokenProvider(config, host.signIn));
  return { tokens, account: session, bindSignIn: host.bind };
}

/**
 * The Bilag library, loaded with the first upload or browse: only the secretary's view uses it. A
 * chunk that failed to load (offline) is asked for again on the next call.
 */
export function onDemandBilag(load: () => Promise<BilagLibrary>): BilagLibrary {
  let library: Promise<BilagLibrary> | null = null;
  const get = () =>
    (library ??= load().catch((error: unknown) => {
      library = null;
      throw error;
    }));
  return {
    upload: async (target, file, onProgress) => (await get()).upload(target, file, onProgress),
    browse: async (closed, path) => (await get()).browse(closed, path),
  };
}

/** Builds the repositories for this deployment; a configuration problem comes back as its message. */
export async function composeServices(address: Pick<AddressOptions, 'token'>, origin: string): Promise<ComposeResult> {
  const loaded = loadConfig(readEnvironment());
  if (!loaded.ok) return { ok: false, message: loaded.error.message, error: loaded.error };
  const config = loaded.config;
  const baseUrl = graphBaseUrl(config, origin);
  const { tokens, account, bindSignIn } = await tokenProvider(config, address.token, origin);
  const client = createGraphClient({ baseUrl, tokens });
  const repository = createAgendaRepository(client, { siteId: config.siteId });
  const progress = createLiveProgressRepository(client, { siteId: config.siteId });
  return {
    ok: true,
    account,
    ...(bindSignIn ? { bindSignIn } : {}),
    services: {
      agenda: repository,
      agendaStore: repository,
      decisions: repository,
      progress,
      referat: createReferatLibrary(client, { siteId: config.siteId }),
      approvals: createReferatApprovalRepository(client, { siteId: config.siteId }),
      bilag: onDemandBilag(() => import('../graph/bilag-library').then((m) => m.createBilagLibrary(client, { siteId: config.siteId }))),
      calendar: shareCalendarLists(createCalendarRepository(client)),
    },
  };
}
