/**
 * The local Teams host page: frames the app as a Teams meeting does (configuration page, side
 * panel, personal tab) and answers its teams-js. The choices live in the address too
 * (`?user=notetaker&meeting=THREAD_ID&frame=sidePanel&theme=dark`), so a view can be linked;
 * `?src=/path` frames another page of the dev server instead of the app (the tests' probe page)
 * until a Save gives the side panel its contentUrl.
 */
import { connectFrame, type Bridge } from './bridge';
import { DEMO_USERS, defaultMeeting, loadMeetings, loadUser, type DemoUserKey, type HostMeeting } from './demo-data';
import type { FrameContext, HostEffect, HostState, HostUser, TabConfig, TeamsThemeName } from './protocol';

type FrameChoice = 'config' | 'sidePanel' | 'personal';

const FRAME_CONTEXTS: Record<FrameChoice, FrameContext> = { config: 'settings', sidePanel: 'sidePanel', personal: 'content' };
const FRAME_TITLES: Record<FrameChoice, string> = {
  config: 'Punkt: konfigurationsside',
  sidePanel: 'Punkt i mødets sidepanel',
  personal: 'Punkt: personlig fane',
};

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`teams-host/index.html has no #${id}`);
  return found as T;
}

const ui = {
  user: element<HTMLSelectElement>('user'),
  meeting: element<HTMLSelectElement>('meeting'),
  frame: element<HTMLSelectElement>('frame'),
  theme: element<HTMLSelectElement>('theme'),
  status: element<HTMLParagraphElement>('status'),
  savedLine: element<HTMLParagraphElement>('saved-line'),
  savedUrl: element<HTMLOutputElement>('saved-url'),
  panel: element<HTMLElement>('panel'),
  slot: element<HTMLDivElement>('frame-slot'),
  actions: element<HTMLDivElement>('panel-actions'),
  save: element<HTMLButtonElement>('save'),
  log: element<HTMLOListElement>('log'),
};

const params = new URLSearchParams(location.search);
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
/** Only a path on this server may be framed instead of the app. */
const srcOverride = ((src) => (src && src.startsWith('/') && !src.startsWith('//') ? src : null))(params.get('src'));

let userKey: DemoUserKey = pick(
  params.get('user'),
  DEMO_USERS.map((u) => u.key),
  'secretary',
);
let frameChoice: FrameChoice = pick(params.get('frame'), ['config', 'sidePanel', 'personal'], 'sidePanel');
let theme: TeamsThemeName = pick(params.get('theme'), ['default', 'dark', 'contrast'], 'default');
let meetings: HostMeeting[] = [];
let meeting: HostMeeting | undefined;
const users = new Map<DemoUserKey, HostUser>();
/** What the configuration page set (setConfig) and what Teams kept after Save. */
let pendingConfig: TabConfig | undefined;
let savedConfig: TabConfig | undefined;
let valid = false;
let saving = false;
let bridge: Bridge | null = null;

function hostState(): HostState {
  const user = users.get(userKey);
  if (!user) throw new Error(`unknown demo user ${userKey}`);
  return {
    frameContext: FRAME_CONTEXTS[frameChoice],
    theme,
    user,
    place: frameChoice === 'personal' || !meeting ? { kind: 'none' } : meeting.place,
    config: frameChoice === 'config' ? pendingConfig : savedConfig,
  };
}

function say(text: string): void {
  ui.status.textContent = text;
}

function log(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  ui.log.append(item);
  if (ui.log.children.length > 200) ui.log.firstElementChild?.remove();
}

/** The address Teams would load, with the demo user the app reads from `?user=`. */
function frameUrl(): string {
  // After Save the side panel shows what the configuration page saved, as Teams does.
  const saved = frameChoice === 'sidePanel' ? savedConfig?.contentUrl : undefined;
  const base = saved ?? srcOverride ?? (frameChoice === 'config' ? '/?role=config' : '/');
  const url = new URL(base, location.origin);
  const appUser = DEMO_USERS.find((u) => u.key === userKey)?.appUser ?? null;
  if (appUser) url.searchParams.set('user', appUser);
  else url.searchParams.delete('user');
  return url.pathname + url.search + url.hash;
}

function updateSave(): void {
  ui.actions.hidden = frameChoice !== 'config';
  ui.save.disabled = !valid || saving;
}

function rememberChoices(): void {
  const next = new URLSearchParams({ user: userKey, frame: frameChoice, theme });
  if (meeting) next.set('meeting', meeting.threadId);
  if (srcOverride) next.set('src', srcOverride);
  history.replaceState(null, '', `${location.pathname}?${next.toString()}`);
}

function onEffect(effect: HostEffect, func: string): void {
  switch (effect.kind) {
    case 'validity':
      valid = effect.valid;
      updateSave();
      return;
    case 'config':
      pendingConfig = effect.config;
      return;
    case 'saved':
      if (!saving) return;
      saving = false;
      if (!pendingConfig) {
        say('Siden sagde gemt, men satte ingen indstillinger (pages.config.setConfig).');
        updateSave();
        return;
      }
      savedConfig = pendingConfig;
      ui.savedUrl.textContent = savedConfig.contentUrl;
      ui.savedLine.hidden = false;
      say('Fanen er tilføjet. Sidepanelet viser den gemte adresse.');
      showFrame('sidePanel');
      return;
    case 'saveFailed':
      saving = false;
      say(`Siden kunne ikke gemme${effect.reason ? `: ${effect.reason}` : '.'}`);
      updateSave();
      return;
    case 'failed':
      say(`Appen meldte fejl ved start${effect.reason ? `: ${effect.reason}` : '.'}`);
      return;
    case 'unsupported':
      log(`(ikke understøttet: ${func})`);
      return;
    case 'ready':
    case 'registered':
      return;
  }
}

/** Replaces the frame: Teams loads a fresh page for each panel, so validity starts over. */
function renderFrame(): void {
  bridge?.close();
  valid = false;
  saving = false;
  ui.frame.value = frameChoice;
  ui.panel.dataset.frame = FRAME_CONTEXTS[frameChoice];
  const iframe = document.createElement('iframe');
  iframe.title = FRAME_TITLES[frameChoice];
  iframe.src = frameUrl();
  // Connect before the page loads, so its initialize is answered.
  bridge = connectFrame({
    frame: iframe,
    state: hostState,
    onEffect,
    onTraffic: (direction, func) => log(direction === 'in' ? `app → vært: ${func}` : `vært → app: ${func}`),
  });
  ui.slot.replaceChildren(iframe);
  updateSave();
  rememberChoices();
}

function showFrame(choice: FrameChoice): void {
  frameChoice = choice;
  renderFrame();
}

function fillMeetings(): void {
  const format = new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeStyle: 'short' });
  ui.meeting.replaceChildren(
    ...meetings.map((m) => {
      const option = document.createElement('option');
      option.value = m.threadId;
      const where = m.place.kind === 'channel' ? ' (kanalmøde)' : '';
      option.textContent = `${m.subject}${where} – ${format.format(new Date(m.startUtc))}`;
      return option;
    }),
  );
  if (meeting) ui.meeting.value = meeting.threadId;
}

function applyTheme(): void {
  document.body.dataset.theme = theme;
  ui.theme.value = theme;
}

ui.user.replaceChildren(
  ...DEMO_USERS.map((u) => {
    const option = document.createElement('option');
    option.value = u.key;
    option.textContent = u.label;
    return option;
  }),
);
ui.user.value = userKey;
applyTheme();
updateSave();

ui.user.addEventListener('change', () => {
  userKey = pick(
    ui.user.value,
    DEMO_USERS.map((u) => u.key),
    'secretary',
  );
  renderFrame();
});
ui.meeting.addEventListener('change', () => {
  meeting = meetings.find((m) => m.threadId === ui.meeting.value);
  renderFrame();
});
ui.frame.addEventListener('change', () => showFrame(pick(ui.frame.value, ['config', 'sidePanel', 'personal'], 'sidePanel')));
ui.theme.addEventListener('change', () => {
  theme = pick(ui.theme.value, ['default', 'dark', 'contrast'], 'default');
  applyTheme();
  rememberChoices();
  // Teams tells an open tab at once (app.registerOnThemeChangeHandler); the context says so from now on.
  bridge?.send({ func: 'themeChange', args: [theme] });
});
ui.save.addEventListener('click', () => {
  if (!valid || saving) return;
  saving = true;
  updateSave();
  say('Gemmer …');
  // Teams' Save: the page's save handler gets settings.save and answers settings.save.success or .failure.
  bridge?.send({ func: 'settings.save', args: [{}] });
});

async function start(): Promise<void> {
  try {
    const loaded = await Promise.all(DEMO_USERS.map(async (u) => [u.key, await loadUser(u.token)] as const));
    for (const [key, user] of loaded) users.set(key, user);
    // The demo calendar is the organizer's (the secretary's): every forum meeting is in it.
    meetings = await loadMeetings(DEMO_USERS[0].token, new Date());
  } catch (error) {
    say(`Den lokale Graph-tjeneste svarer ikke (${String(error)}). Start med npm start.`);
    return;
  }
  meeting = meetings.find((m) => m.threadId === params.get('meeting')) ?? defaultMeeting(meetings, new Date());
  fillMeetings();
  renderFrame();
}

void start();
