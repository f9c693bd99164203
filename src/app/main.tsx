/**
 * Browser entry point (Outlook task pane and plain browser). Composition: the data services
 * (./compose, in the entry chunk; the UI half ./ui-start loads beside them) and office.js's answer to
 * "which host?" are awaited together → host → render. Demo mode talks to the Graph-compatible service that `npm start` embeds at /graph.
 * The build runs this as an async module script, possibly before office.js has run and before the
 * body is parsed (vite.config.ts): the Graph work starts at once, React waits for #root (pageRoot),
 * and only a page Office opened waits for office.js (officeScriptRan, then Office.onReady).
 */
import type { MeetingHost } from '../domain/host-port';
import { officeHostHinted, officeScriptRan } from '../hosts/office-async';
import type { OutlookOffice } from '../hosts/outlook-host';
import { createStandaloneHost } from '../hosts/standalone-host';
import { connectTeamsIfEmbedded, findMeetingOnceReady, inTeamsPage } from '../hosts/teams-entry';
import { readAddress } from './address';
import { createAgendaCache } from '../ui/agenda-cache';
import { prefetchingAgenda } from './agenda-prefetch';
import { calendarWithAgendas } from './calendar-with-agendas';
import { composeServices } from './compose';
import { bindHostSignIn } from './host-sign-in';
import { accountLine } from './first-paint/account-line';
import { paintAgendaEarly } from './first-paint/start';
import { atMost, startOnce, uiAfterFirstPaint } from './first-paint/ui-timing';
import { FIRST_PAINT_TWO_PANE_QUERY } from './first-paint/style';
import { fluentThemeName } from './first-paint/tokens';
import { officeHost } from './office-start';
import { pageRoot } from './page-root';
import { preloadRole } from './role-chunks';
import { accountKeyOf, rememberingWriteAccess, writeAccessMemory } from './write-access-memory';
import { graphBaseUrl, loadConfig, readEnvironment } from './config/load-config';

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

/** Outlook opened the pane but office.js is slow to answer: the skeleton says it is still loading. */
function showWaitingForOffice(root: HTMLElement | null): void {
  const boot = root?.querySelector('#boot');
  if (!boot) return;
  boot.setAttribute('aria-label', 'Venter på Outlook …');
  const text = document.createElement('p');
  text.textContent = 'Venter på Outlook …';
  boot.prepend(text);
}

async function main(): Promise<void> {
  const address = readAddress(location.search);
  if (address.configPage) {
    // The Teams tab's configuration page (the manifest's configurationUrl): no data, no sign-in.
    const [{ showTeamsConfigPage }, root] = await Promise.all([import('./TeamsConfigPage'), pageRoot()]);
    await showTeamsConfigPage(root, address.language, location.origin);
    return;
  }
  const teamsPage = { framed: window.self !== window.top, requested: new URLSearchParams(location.search).get('host') === 'teams' };
  // React, Fluent and the shell load and evaluate beside the data layer's first Graph request, not before it; the
  // view's chunk loads beside office.js, the data layer and the boot chunk, not after any of them. The build
  // modulepreloads them with the page, except on the managers' agenda outside Teams: there the static first
  // paint comes first and React's code is fetched after it (first-paint/ui-timing.ts). In Teams they are
  // fetched with the page but evaluated after the meeting lookup has gone out (below).
  const ui = startOnce(() => {
    preloadRole(address.role);
    return import('./ui-start');
  });
  const reactAfterPaint = uiAfterFirstPaint(location.search, teamsPage.framed);
  const insideOffice = officeHostHinted();
  // In Teams, teams-js's initialize and getContext are messages answered on this page's main thread, and
  // the meeting lookup waits for them: evaluated now, React, Fluent and the view (a long task of 100 ms or
  // more) would hold all three back. They start once the lookup's request is out, below (issue #13,
  // `npm run bench -- teams-visible`); their files are still fetched with the page.
  const reactAfterLookup = !insideOffice && inTeamsPage(teamsPage);
  if (!reactAfterPaint && !reactAfterLookup) ui.start().catch(() => undefined);
  const composing = composeServices(address, location.origin).finally(() => performance.mark('punkt:data-layer'));
  // Finding the next meeting also reads the coming days' agendas: a first open is one Graph round trip.
  const calendarReady = composing.then((c) =>
    c.ok ? calendarWithAgendas(c.services.calendar, c.services.agenda) : Promise.reject(new Error(c.message)),
  );
  calendarReady.catch(() => undefined); // the configuration error is shown below
  const connectTeams = () => connectTeamsIfEmbedded({ ...teamsPage, findMeeting: findMeetingOnceReady(calendarReady) });
  // Office first: inside the Outlook task pane (an iframe) teams-js would wait 60 s before failing.
  // Elsewhere a Teams page loads teams-js and asks initialize now, beside the data layer; only the
  // meeting lookup waits for the calendar. The role-less side panel's view (the note-taker's, picked by
  // write access) is asked for with React's half, once the lookup is out.
  const teamsEarly = insideOffice ? null : connectTeams();
  teamsEarly?.catch(() => undefined);
  // Office exists only once office.js has run, which this entry need not wait for outside Office.
  const officeScript = insideOffice ? officeScriptRan<OfficeGlobal>() : Promise.resolve(undefined);
  // The Outlook host's code (with compose and the invite body) loads only inside Office, beside
  // office.js's own files; the browser and Teams never fetch it (issue #13).
  const outlookCode = insideOffice ? import('../hosts/outlook-host') : null;
  outlookCode?.catch(() => undefined);
  // Marks name the phases of an open for `npm run bench` (and the browser's performance panel).
  const [composed, ready] = await Promise.all([
    composing,
    // Outside Office nothing waits for office.js: the Graph work starts once the data layer is here.
    officeHost(() => officeScript, {
      insideOffice: () => insideOffice,
      onSlow: () => showWaitingForOffice(document.getElementById('root')),
    }).finally(() => performance.mark('punkt:office-ready')),
  ]);
  const office = await officeScript;
  if (!composed.ok) {
    // Tenant mode without its configuration: say exactly which variables are missing.
    const [{ renderConfigError }, root] = await Promise.all([import('./ConfigErrorView'), pageRoot()]);
    return renderConfigError(root, composed.error, address.language);
  }
  const { agenda, agendaStore, decisions, progress, referat, approvals, bilag } = composed.services;
  const calendar = await calendarReady;

  const matchMedia = typeof window.matchMedia === 'function' ? (q: string) => window.matchMedia(q) : undefined;
  const outlook = office && ready.host === 'Outlook' ? { office, ...(await (outlookCode ?? import('../hosts/outlook-host'))) } : null;
  const teams = outlook ? null : await (teamsEarly ?? connectTeams());
  const host: MeetingHost = outlook
    ? outlook.createOutlookHost({
        office: outlook.office,
        getEvent: (id) => calendar.getEvent(id),
        // A whole series opened in Outlook stands for its next occurrence, found in the calendar.
        listEvents: (from, to) => calendar.listEvents(from, to),
        prefersContrast: () => !!matchMedia?.('(forced-colors: active)').matches,
      })
    : (teams ?? createStandaloneHost({ calendar, meetingId: address.meetingId, theme: address.theme, matchMedia }));
  // Sign-in learns the host (Teams' own window where NAA is missing, the login hint) once it is known.
  await bindHostSignIn(composed.bindSignIn, host, location.origin);

  // In Teams an address without a role (the tab's contentUrl) picks the view by write access.
  const roleByAccess = teams !== null && !address.roleGiven;
  performance.mark('punkt:host');
  // The meeting and its agenda are asked for now, while the UI's code loads and React renders; the views take these requests over.
  const early = prefetchingAgenda(agenda);
  const storage = localStorageOrNull();
  const meeting = host.getMeetingRef();
  // The managers' agenda is painted from here as soon as it is known, without waiting for React and Fluent
  // (src/app/first-paint); React starts as before, behind it, and its view takes over when it shows. Every other
  // view keeps React's path.
  const staticPaint =
    address.role === 'agenda' && !roleByAccess
      ? paintAgendaEarly({
          host,
          meeting,
          prefetch: (ref) => early.prefetch(ref),
          localCopy: (ref) => createAgendaCache(storage).read(ref)?.agenda ?? null,
          root: pageRoot(),
          options: () => ({
            language: address.language,
            theme: fluentThemeName(host.getTheme(), host.kind),
            account: accountLine(composed.account.state(), address.language),
            wide: matchMedia?.(FIRST_PAINT_TWO_PANE_QUERY).matches ?? false,
          }),
        })
      : null;
  // Held back only while the static agenda can still come first (at most FIRST_PAINT_WAIT_MS).
  const uiLoaded = staticPaint && reactAfterPaint ? atMost(staticPaint.settled).then(() => ui.start()) : ui.start();
  uiLoaded.catch(() => undefined);
  if (roleByAccess) preloadRole('notes');
  if (!staticPaint)
    meeting.then(
      (ref) => ref && early.prefetch(ref),
      () => undefined,
    );
  // That panel remembers the write probe's answer per account and list, so a later open shows its
  // view without waiting for the probe's round trip (write-access-memory.ts).
  const accountKey = roleByAccess ? accountKeyOf(composed.account.state(), (await host.getUser().catch(() => null))?.email ?? null) : null;
  const loaded = loadConfig(readEnvironment());
  const decisionStore =
    accountKey && loaded.ok
      ? rememberingWriteAccess(
          decisions,
          writeAccessMemory(storage, accountKey, `${graphBaseUrl(loaded.config, location.origin)}/sites/${loaded.config.siteId}`),
        )
      : decisions;
  const { bootstrap, loadFluentTheme } = await uiLoaded;
  // Rendered in the host's theme from the start: a theme other than web light comes in its own chunk.
  const themeLoad = loadFluentTheme(host.getTheme(), host.kind).catch(() => undefined);
  const [root] = await Promise.all([pageRoot(), themeLoad]);
  bootstrap(
    root,
    {
      host,
      agenda: early.source,
      agendaStore,
      calendar,
      decisions: decisionStore,
      progress,
      referat,
      approvals,
      bilag,
      now: () => new Date(),
      storage,
    },
    { ...address, roleByAccess },
    composed.account,
  );
  // Teams shows its own spinner, then an error, until the app says it has rendered.
  teams?.notifySuccess();
}

main().catch(async (error: unknown) => {
  const root = await pageRoot().catch(() => null);
  if (root) showFatal(root, `Punkt kunne ikke starte. Genindlæs siden.\n${error instanceof Error ? error.message : String(error)}`);
});
