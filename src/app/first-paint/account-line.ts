/**
 * The shell's account line (App.tsx's AccountControl) as the static first paint shows it: the same text,
 * and its button inert until React's control takes over. Nothing while sign-in is still pending (the
 * control renders nothing then either).
 */
import type { AccountState } from '../../auth/account-session';
import type { Language } from '../../ui/i18n';
import { tenantMessages } from '../messages/tenant';

/** What AccountControl shows for `state`: its text and its button's label; null when it shows nothing. */
export function accountLine(state: AccountState, language: Language): { text: string; button: string } | null {
  const t = tenantMessages[language];
  switch (state.status) {
    case 'demo':
      return { text: t.demoUsers[state.user], button: t.switchUser };
    case 'signed-in':
      return { text: state.name ? t.signedInAs(state.name) : t.signedInUnknown, button: t.signOut };
    case 'signed-out':
      return { text: t.signedOut, button: t.signIn };
    default:
      return null;
  }
}
