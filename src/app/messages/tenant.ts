/**
 * Texts for sign-in, the configuration error and the Teams configuration page, Danish first.
 * Kept apart from the shell's catalog (./da) because they belong to the tenant wiring.
 */
import type { Catalog } from '../../ui/i18n';

const da = {
  account: 'Konto',
  signIn: 'Log ind',
  signOut: 'Log ud',
  signingIn: 'Logger ind …',
  signedInAs: (name: string) => `Logget ind som ${name}`,
  signedInUnknown: 'Logget ind',
  signedOut: 'Ikke logget ind',
  // The demo users as the local service names them (local-graph/src/auth.ts).
  demoUsers: { secretary: 'Sekretær Demo', notetaker: 'Referent Demo', reader: 'Leder Demo (kun læseadgang)' },
  switchUser: 'Skift bruger',
  configTitle: 'Punkt er ikke sat op til jeres Microsoft 365',
  configHelp: 'Ret disse indstillinger i .env (se .env.example og docs/tenant.md), byg appen igen, og genindlæs siden:',
  configMissing: 'mangler',
  configInvalid: 'ugyldig',
  teamsConfigTitle: 'Tilføj Punkt til mødet',
  teamsConfigBody:
    'Punkt viser mødets dagsorden i mødets sidepanel, chat og detaljer. Referenten skriver beslutningerne for hvert punkt direkte i kommunens SharePoint-lister, og alle deltagere ser referatet blive til undervejs.',
  teamsConfigSave: 'Vælg Gem for at tilføje Punkt. Der er intet at indstille: fanen viser altid det møde, den er tilføjet til.',
  teamsConfigOutside: 'Siden er beregnet til Teams. Åbn den ved at tilføje Punkt til et møde i Teams.',
};

export type TenantMessages = typeof da;

const en: TenantMessages = {
  account: 'Account',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in …',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signedInUnknown: 'Signed in',
  signedOut: 'Not signed in',
  demoUsers: { secretary: 'Secretary Demo', notetaker: 'Note-taker Demo', reader: 'Manager Demo (read-only)' },
  switchUser: 'Switch user',
  configTitle: 'Punkt is not set up for your Microsoft 365',
  configHelp: 'Fix these settings in .env (see .env.example and docs/tenant.md), rebuild the app and reload the page:',
  configMissing: 'missing',
  configInvalid: 'invalid',
  teamsConfigTitle: 'Add Punkt to the meeting',
  teamsConfigBody:
    'Punkt shows the meeting’s agenda in the meeting’s side panel, chat and details. The note-taker writes each punkt’s decisions straight into the municipality’s SharePoint lists, and every attendee sees the minutes take shape.',
  teamsConfigSave: 'Select Save to add Punkt. There is nothing to set: the tab always shows the meeting it was added to.',
  teamsConfigOutside: 'This page is meant for Teams. Open it by adding Punkt to a meeting in Teams.',
};

export const tenantMessages: Catalog<TenantMessages> = { da, en };
