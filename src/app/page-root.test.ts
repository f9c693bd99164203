import { describe, expect, it } from 'vitest';
import { pageRoot } from './page-root';

const within = <T>(promise: Promise<T>, ms = 30): Promise<T | 'still waiting'> =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

function page(readyState: string, root: HTMLElement | null) {
  return Object.assign(new EventTarget(), { readyState, getElementById: (id: string) => (id === 'root' ? root : null) });
}

describe('the root the async entry renders into', () => {
  const element = { id: 'root' } as HTMLElement;

  it('waits while the document is still being parsed: #root may not be there, or not whole, yet', async () => {
    const parsing = page('loading', element);
    const root = pageRoot(parsing);
    await expect(within(root)).resolves.toBe('still waiting');
    parsing.dispatchEvent(new Event('DOMContentLoaded'));
    await expect(root).resolves.toBe(element);
  });

  it('answers at once once parsed, and fails where the page has no #root', async () => {
    await expect(within(pageRoot(page('interactive', element)))).resolves.toBe(element);
    await expect(pageRoot(page('complete', null))).rejects.toThrow('no #root');
  });
});
