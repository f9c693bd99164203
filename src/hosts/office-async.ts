/**
 * office.js reports results through callbacks with an AsyncResult. These helpers turn them into
 * promises that reject on failure, so no caller ever throws inside an Office callback (an exception
 * there is swallowed by office.js and the promise would never settle).
 */
import { appError, type AppError, type WithAppError } from '../domain/app-error';

/** The part of Office.AsyncResult we read; matches office.js and hand-written fakes. */
export interface OfficeAsyncResult<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: { name?: string; message: string; code?: number } | null;
}

/**
 * An error reported by an office.js callback API. `officeName` is Office.Error.name (for example
 * 'ItemNotSaved'): the documented, language-independent way to tell expected failures apart.
 */
export class OfficeAsyncError extends Error implements WithAppError {
  override readonly name = 'OfficeAsyncError';
  /** The host's own failure; callers that expect one (ItemNotSaved) catch it by `officeName` first. */
  readonly appError: AppError = appError('unknown', { source: 'host' });
  constructor(
    message: string,
    readonly code: number | null,
    readonly officeName: string | null = null,
  ) {
    super(message);
  }
}

/**
 * Calls an office.js API that takes a callback (`(result) => void`) and resolves with the value,
 * or rejects with OfficeAsyncError when the result failed or the call itself threw.
 */
export function officeAsync<T>(start: (callback: (result: OfficeAsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        // Compare by string: Office.AsyncResultStatus.Succeeded === 'succeeded' at runtime.
        if (String(result.status) === 'succeeded') resolve(result.value);
        else
          reject(
            new OfficeAsyncError(result.error?.message ?? 'Office request failed', result.error?.code ?? null, result.error?.name ?? null),
          );
      });
    } catch (error) {
      reject(error instanceof Error ? error : new OfficeAsyncError(String(error), null));
    }
  });
}

/** What Office.onReady resolves with; `host` is null outside Office. */
export interface OfficeReadyInfo {
  host: string | null;
  platform: string | null;
}

/** Where office.js finds its host before onReady answers (the globals, or a test's stand-ins). */
export interface OfficeHostClues {
  search: string;
  windowName: string;
  sessionHostInfo: string | null;
  /** Desktop Outlook's sandbox bridge (window.external.GetHostInfo). */
  hasHostBridge: boolean;
}

function globalClues(): OfficeHostClues {
  const w = globalThis as { location?: { search?: string }; name?: string; external?: { GetHostInfo?: unknown } };
  let sessionHostInfo: string | null = null;
  try {
    sessionHostInfo = globalThis.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // Blocked storage (partitioned iframes): the other clues still count.
  }
  return {
    search: w.location?.search ?? '',
    windowName: typeof w.name === 'string' ? w.name : '',
    sessionHostInfo,
    hasHostBridge: typeof w.external?.GetHostInfo === 'function',
  };
}

/**
 * Whether the page was opened by an Office host, read the way office.js itself finds its host
 * (office.debug.js, _retrieveHostInfo): the sandbox's window.external.GetHostInfo, a `_host_Info=`
 * query parameter, `hostInfo` in the JSON window name, or sessionStorage's hostInfoValue. A plain
 * browser or a Teams tab has none of them.
 */
export function officeHostHinted(clues: OfficeHostClues = globalClues()): boolean {
  if (clues.hasHostBridge || clues.sessionHostInfo || /[?&]_host_Info=/.test(clues.search)) return true;
  try {
    const parsed = JSON.parse(clues.windowName) as { hostInfo?: unknown } | null;
    return !!parsed?.hostInfo;
  } catch {
    return false;
  }
}

/** How whenOfficeReady treats a slow Office.onReady. */
export interface OfficeWaitOptions {
  /** Whether an Office host opened the page; default officeHostHinted() on the globals. */
  insideOffice?: () => boolean;
  /** Called once when Office is known to be there but has not answered within the timeout. */
  onSlow?: () => void;
}

/**
 * Waits for Office.onReady. Outside an Office host office.js resolves at once with host null, yet a
 * blocked script load would otherwise hang the page, so after `timeoutMs` it gives up with no host,
 * unless the page was opened by Office: a slow Outlook (a cold start on a busy machine) is still
 * Outlook, and falling back to the plain browser's meeting picker would show a different app. Then
 * it keeps waiting and calls `onSlow`, so the page can show that it is still loading.
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 */
export function whenOfficeReady(
  office: { onReady(): Promise<{ host: unknown; platform: unknown }> } | undefined,
  timeoutMs = 3000,
  options: OfficeWaitOptions = {},
): Promise<OfficeReadyInfo> {
  const none: OfficeReadyInfo = { host: null, platform: null };
  if (!office) return Promise.resolve(none);
  const insideOffice = options.insideOffice ?? (() => officeHostHinted());
  return new Promise<OfficeReadyInfo>((resolve) => {
    const timer = setTimeout(() => {
      if (insideOffice()) options.onSlow?.();
      else resolve(none);
    }, timeoutMs);
    office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve({ host: info.host == null ? null : String(info.host), platform: info.platform == null ? null : String(info.platform) });
      },
      () => {
        clearTimeout(timer);
        resolve(none);
      },
    );
  });
}

/** The parts of the page officeScriptRan reads: `document`, or a test's stand-in. */
export interface OfficeScriptPage {
  readonly readyState: string;
  querySelector(selectors: string): Pick<EventTarget, 'addEventListener'> | null;
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }): void;
}

/**
 * `Office` once office.js has run; undefined where it did not load. The built entry is an async module
 * script (vite.config.ts) that can run while the parser still waits for office.js in <head>, so
 * window.Office may not exist yet. office.js is a parser-blocking script in <head>, as Microsoft asks
 * (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn),
 * so it has run, or failed, once its element fires load or error, and at the latest when the document
 * is parsed. Office.onReady is asked only after that
 * (https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
 */
export function officeScriptRan<O>(
  page: OfficeScriptPage = document,
  read: () => O | undefined = () => (globalThis as { Office?: O }).Office,
): Promise<O | undefined> {
  const now = read();
  if (now !== undefined || page.readyState !== 'loading') return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(read());
    const script = page.querySelector('script[src$="/office.js"]');
    script?.addEventListener('load', done, { once: true });
    script?.addEventListener('error', done, { once: true });
    page.addEventListener('DOMContentLoaded', done, { once: true });
  });
}
