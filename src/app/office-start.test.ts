import { describe, expect, it } from 'vitest';
import { officeHost } from './office-start';

/** The promise's value if it settles within `ms`, else 'still waiting'. */
const within = <T>(promise: Promise<T>, ms = 50): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

const never = { onReady: () => new Promise<{ host: unknown; platform: unknown }>(() => undefined) };
/** office.js that never finishes loading (the parser still waits for it). */
const loadNever = () => new Promise<typeof never>(() => undefined);

describe('which Office host, as early as the page can know', () => {
  it('outside Office answers no host at once, without waiting for office.js to be ready', async () => {
    await expect(within(officeHost(loadNever, { insideOffice: () => false }))).resolves.toEqual({ host: null, platform: null });
  });

  it('without office.js answers no host', async () => {
    await expect(within(officeHost(async () => undefined, { insideOffice: () => true }))).resolves.toEqual({ host: null, platform: null });
  });

  it('opened by Office, waits for Office.onReady and reports its host', async () => {
    await expect(within(officeHost(async () => never, { insideOffice: () => true }))).resolves.toBe('still waiting');
    const outlook = { onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }) };
    await expect(within(officeHost(async () => outlook, { insideOffice: () => true }))).resolves.toEqual({
      host: 'Outlook',
      platform: 'OfficeOnline',
    });
  });

  it('opened by Office before office.js has run, waits for the script and then for Office.onReady', async () => {
    let loaded: (office: { onReady(): Promise<{ host: unknown; platform: unknown }> }) => void = () => undefined;
    const script = new Promise<{ onReady(): Promise<{ host: unknown; platform: unknown }> }>((resolve) => (loaded = resolve));
    const answer = officeHost(() => script, { insideOffice: () => true });
    await expect(within(answer)).resolves.toBe('still waiting');
    loaded({ onReady: async () => ({ host: 'Outlook', platform: 'PC' }) });
    await expect(within(answer)).resolves.toEqual({ host: 'Outlook', platform: 'PC' });
  });

  it('outside Office never asks for office.js: the Graph work need not wait for it to load', async () => {
    let asked = 0;
    const load = () => {
      asked += 1;
      return loadNever();
    };
    await expect(within(officeHost(load, { insideOffice: () => false }))).resolves.toEqual({ host: null, platform: null });
    expect(asked).toBe(0);
  });
});
