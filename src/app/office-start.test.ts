import { describe, expect, it } from 'vitest';
import { officeHost } from './office-start';

/** The promise's value if it settles within `ms`, else 'still waiting'. */
const within = <T>(promise: Promise<T>, ms = 50): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

const never = { onReady: () => new Promise<{ host: unknown; platform: unknown }>(() => undefined) };

describe('which Office host, as early as the page can know', () => {
  it('outside Office answers no host at once, without waiting for office.js to be ready', async () => {
    await expect(within(officeHost(never, { insideOffice: () => false }))).resolves.toEqual({ host: null, platform: null });
  });

  it('without office.js answers no host', async () => {
    await expect(within(officeHost(undefined, { insideOffice: () => true }))).resolves.toEqual({ host: null, platform: null });
  });

  it('opened by Office, waits for Office.onReady and reports its host', async () => {
    await expect(within(officeHost(never, { insideOffice: () => true }))).resolves.toBe('still waiting');
    const outlook = { onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }) };
    await expect(within(officeHost(outlook, { insideOffice: () => true }))).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
  });
});
