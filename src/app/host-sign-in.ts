/**
 * Gives sign-in what the host knows, once main has the host: the user as MSAL's login hint
 * (MeetingHost.loginHint), Teams' own authentication window where Teams lacks the NAA bridge, and
 * whether this is a plain browser (MSAL's popup, which the browser may block). Demo mode has no
 * sign-in, so nothing is bound and teams-js' sign-in part is never loaded.
 */
import type { HostSignIn, MeetingHost } from '../domain/host-port';

/** Teams' sign-in part; injectable for tests. */
type LoadTeamsSignIn = (origin: string) => Promise<HostSignIn>;

const loadTeamsSignIn: LoadTeamsSignIn = async (origin) => (await import('../hosts/teams-sign-in')).loadTeamsSignIn(origin);

/** Binds the host's part of sign-in (ComposeResult.bindSignIn); does nothing in demo mode. */
export async function bindHostSignIn(
  bind: ((part: HostSignIn) => void) | undefined,
  host: Pick<MeetingHost, 'kind' | 'loginHint'>,
  origin: string,
  loadTeams: LoadTeamsSignIn = loadTeamsSignIn,
): Promise<void> {
  if (!bind) return;
  const teams = host.kind === 'teams' ? await loadTeams(origin) : {};
  const hint = host.loginHint?.bind(host);
  bind({ ...teams, ...(hint ? { loginHint: hint } : {}), plainBrowser: () => host.kind === 'standalone' });
}
