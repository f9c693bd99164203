import { describe, expect, it, vi } from 'vitest';
import { OfficeAsyncError, officeAsync, whenOfficeReady } from './office-async';

describe('office.js callbacks as promises', () => {
  it('resolves with the value of a succeeded result', async () => {
    await expect(officeAsync<string>((cb) => cb({ status: 'succeeded', value: 'ok' }))).resolves.toBe('ok');
  });

  it('rejects with the error of a failed result', async () => {
    const failed = officeAsync<string>((cb) => cb({ status: 'failed', value: '', error: { message: 'Item not found', code: 9041 } }));
    await expect(failed).rejects.toBeInstanceOf(OfficeAsyncError);
    await expect(failed).rejects.toMatchObject({ message: 'Item not found', code: 9041 });
  });

  it('rejects when the API throws instead of calling back', async () => {
    await expect(
      officeAsync(() => {
        throw new Error('API not supported');
      }),
    ).rejects.toThrow('API not supported');
  });

  it('reports the host from Office.onReady, and no host without office.js or when it never answers', async () => {
    await expect(whenOfficeReady({ onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }) })).resolves.toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
    });
    await expect(whenOfficeReady({ onReady: async () => ({ host: null, platform: null }) })).resolves.toEqual({
      host: null,
      platform: null,
    });
    await expect(whenOfficeReady(undefined)).resolves.toEqual({ host: null, platform: null });

    vi.useFakeTimers();
    try {
      const hanging = whenOfficeReady({ onReady: () => new Promise(() => undefined) }, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      await expect(hanging).resolves.toEqual({ host: null, platform: null });
    } finally {
      vi.useRealTimers();
    }
  });
});
