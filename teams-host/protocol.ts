/**
 * The host side of teams-js's window protocol (read from @microsoft/teams-js 2.58,
 * dist/esm/packages/teams-js/src/internal/communication.js, appHelpers.js, handlers.js and
 * public/pages/config.js): the framed page posts `{ id, uuidAsString, func, args, apiVersionTag }`
 * to its parent; the host answers a request with `{ id, uuidAsString, args }` and sends events as
 * `{ func, args }`. Pure: no window, so the rules can be read (and tested) on their own.
 */

/** Teams' three themes, as teams-js names them (app.Context.app.theme). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** The frame contexts this host can show (teams-js FrameContexts). */
export type FrameContext = 'settings' | 'sidePanel' | 'content';

/** A request from the framed page, as teams-js serializes it (serializeMessageRequest). */
export interface TeamsRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

/** The answer to a request, found by teams-js through its uuid (or, for old SDKs, its id). */
export interface TeamsResponse {
  id: number;
  uuidAsString?: string;
  args: unknown[];
}

/** An event from host to page: teams-js calls the handler registered for `func`. */
export interface TeamsEvent {
  func: string;
  args: unknown[];
}

/** The tab's settings as `pages.config.setConfig` / `settings.setSettings` sends them. */
export interface TabConfig {
  contentUrl: string;
  websiteUrl?: string;
  entityId?: string;
  suggestedDisplayName?: string;
  removeUrl?: string;
}

/** Whom the panel belongs to (the demo user signed in to "Teams"). */
export interface HostUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

/** Where the panel is shown: a meeting chat, a channel meeting, or nothing (personal tab). */
export type HostPlace =
  | { kind: 'chat'; chatId: string }
  | { kind: 'channel'; channelId: string; channelName: string; teamId: string; teamName: string }
  | { kind: 'none' };

/** What the host knows when the page asks: the inputs of initialize and getContext. */
export interface HostState {
  frameContext: FrameContext;
  theme: TeamsThemeName;
  user: HostUser;
  place: HostPlace;
  /** The settings the configuration page has set (undefined until it calls setConfig). */
  config: TabConfig | undefined;
}

/** The demo tenant's id, as the context's `tid` carries a real tenant's. */
export const DEMO_TENANT_ID = 'punkt-demo';

/** Teams' client version the host claims (teams-js compares it with its own, e.g. for back compat). */
export const CLIENT_SUPPORTED_SDK_VERSION = '2.58.0';

/**
 * The runtime config: teams-js 2.58 requires `apiVersion: 4` (runtime.js, latestRuntimeApiVersion)
 * and reads each capability's presence under `supports`. Only what this host answers is listed, so
 * `pages.config.isSupported()` is true and e.g. `meeting.isSupported()` is false.
 */
export const RUNTIME_CONFIG = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: { pages: { config: {} }, teamsCore: {} },
} as const;

/**
 * The base64 meeting id Teams gives a meeting chat, `0#<thread id>#0` encoded
 * (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/using-teams-client-library, the context's meeting.id).
 */
export function meetingIdOf(threadId: string): string {
  return btoa(`0#${threadId}#0`);
}

/**
 * The flat context object the host sends for `getContext`; teams-js turns it into app.Context
 * (public/app/app.js: locale → app.locale, chatId → chat.id, userPrincipalName → user.userPrincipalName, …).
 */
export function legacyContext(state: HostState): Record<string, unknown> {
  const { user, place } = state;
  const context: Record<string, unknown> = {
    locale: 'da-dk',
    theme: state.theme,
    frameContext: state.frameContext,
    entityId: state.config?.entityId ?? 'punkt-meeting',
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'punkt-local-teams-host',
    userObjectId: user.id,
    userDisplayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    loginHint: user.userPrincipalName,
    tid: DEMO_TENANT_ID,
  };
  if (place.kind === 'chat') {
    context.chatId = place.chatId;
    context.meetingId = meetingIdOf(place.chatId);
  } else if (place.kind === 'channel') {
    // A channel meeting's tab gets the channel and team, not a chat id (the point 4).
    context.channelId = place.channelId;
    context.channelName = place.channelName;
    context.teamId = place.teamId;
    context.teamName = place.teamName;
    context.meetingId = meetingIdOf(place.channelId);
  }
  return context;
}

/** What a request did beyond its answer: the page's validity, config or the save outcome. */
export type HostEffect =
  | { kind: 'validity'; valid: boolean }
  | { kind: 'config'; config: TabConfig }
  | { kind: 'saved' }
  | { kind: 'saveFailed'; reason: string }
  | { kind: 'ready' }
  | { kind: 'failed'; reason: string }
  | { kind: 'registered'; handler: string }
  | { kind: 'unsupported'; func: string };

/** The outcome of one request: an answer to post back (or none, for one-way messages) and an effect. */
export interface Handled {
  answer: unknown[] | null;
  effect: HostEffect | null;
}

/** teams-js's ErrorCode.NOT_SUPPORTED_ON_PLATFORM. */
const NOT_SUPPORTED_ON_PLATFORM = 501;

function isTabConfig(value: unknown): value is TabConfig {
  return typeof value === 'object' && value !== null && typeof (value as { contentUrl?: unknown }).contentUrl === 'string';
}

/** Teams accepts a contentUrl only in the app's valid domains; here, the dev server's own origin. */
function configProblem(config: TabConfig, origin: string): string | null {
  try {
    if (new URL(config.contentUrl).origin !== origin) return `contentUrl er ikke på ${origin}`;
  } catch {
    return 'contentUrl er ikke en gyldig adresse';
  }
  return null;
}

/**
 * Answers one request from the framed page. `origin` is the app's (valid domain) origin.
 * Unknown functions are answered with NOT_SUPPORTED_ON_PLATFORM so the page never waits forever.
 */
export function handleRequest(request: TeamsRequest, state: HostState, origin: string): Handled {
  const [first] = request.args;
  switch (request.func) {
    case 'initialize':
      // appHelpers.js: [frameContext, clientType, runtimeConfig JSON, clientSupportedSDKVersion].
      return { answer: [state.frameContext, 'web', JSON.stringify(RUNTIME_CONFIG), CLIENT_SUPPORTED_SDK_VERSION], effect: null };
    case 'getContext':
      return { answer: [legacyContext(state)], effect: null };
    case 'appInitialization.appLoaded':
      return { answer: null, effect: null };
    case 'appInitialization.success':
      return { answer: null, effect: { kind: 'ready' } };
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure':
      return { answer: null, effect: { kind: 'failed', reason: String(request.args[1] ?? first ?? '') } };
    case 'registerHandler':
      return { answer: null, effect: { kind: 'registered', handler: String(first) } };
    case 'settings.setValidityState':
      return { answer: null, effect: state.frameContext === 'settings' ? { kind: 'validity', valid: first === true } : null };
    case 'settings.setSettings': {
      // pagesHelpers.js reads the answer as [status, reason].
      if (!isTabConfig(first)) return { answer: [false, 'contentUrl mangler'], effect: null };
      const problem = configProblem(first, origin);
      return problem ? { answer: [false, problem], effect: null } : { answer: [true], effect: { kind: 'config', config: first } };
    }
    case 'settings.getSettings':
      return { answer: [state.config ?? {}], effect: null };
    case 'settings.save.success':
      return { answer: null, effect: { kind: 'saved' } };
    case 'settings.save.failure':
      return { answer: null, effect: { kind: 'saveFailed', reason: typeof first === 'string' ? first : '' } };
    default:
      return {
        answer: [{ errorCode: NOT_SUPPORTED_ON_PLATFORM, message: `The local Teams host does not answer ${request.func}` }],
        effect: { kind: 'unsupported', func: request.func },
      };
  }
}

/** The response message for `request`, echoing its id and uuid. */
export function responseTo(request: TeamsRequest, args: unknown[]): TeamsResponse {
  return request.uuidAsString === undefined ? { id: request.id, args } : { id: request.id, uuidAsString: request.uuidAsString, args };
}

/** True for a message that is a teams-js request (and not, say, another tool's postMessage). */
export function isTeamsRequest(data: unknown): data is TeamsRequest {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<TeamsRequest>;
  return typeof message.id === 'number' && typeof message.func === 'string' && Array.isArray(message.args);
}
