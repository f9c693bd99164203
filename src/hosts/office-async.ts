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

/**
 * Waits for Office.onReady, but never longer than `timeoutMs`: outside an Office host office.js
 * resolves at once with host null, yet a blocked script load would otherwise hang the page.
 */
export function whenOfficeReady(
  office: { onReady(): Promise<{ host: unknown; platform: unknown }> } | undefined,
  timeoutMs = 3000,
): Promise<OfficeReadyInfo> {
  const none: OfficeReadyInfo = { host: null, platform: null };
  if (!office) return Promise.resolve(none);
  return new Promise<OfficeReadyInfo>((resolve) => {
    const timer = setTimeout(() => resolve(none), timeoutMs);
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
