// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError } from '../../../domain/app-error';
import type { MeetingRef } from '../../../domain/ports';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** A fake Outlook compose host: a brand-new invite that saving turns into a meeting. */
function composeHost(saves: Array<() => Promise<MeetingRef | null>>) {
  const host = createFakeHost({ ref: null, organizer: true });
  let calls = 0;
  return Object.assign(host, {
    saveDraftMeeting: () => {
      calls++;
      return saves.shift()?.() ?? Promise.resolve(null);
    },
    calls: () => calls,
  });
}

describe('the secretary’s view on an invite that was never saved', () => {
  it('offers to save the invite, and says so in Danish when Outlook cannot', async () => {
    const user = userEvent.setup();
    const refused = Object.assign(new Error('Outlook could not save the invite: busy'), {
      name: 'ComposeItemError',
      appError: appError('unavailable', { source: 'host' }),
    });
    const host = composeHost([() => Promise.reject(refused), () => Promise.resolve({ iCalUId: 'ny', start: '2024-04-10T07:00:00Z' })]);
    renderPrepareView({ ref: null, host });
    expect(screen.getByRole('heading', { name: 'Invitationen er ikke gemt endnu' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem invitationen' }));
    expect(await screen.findByText(/Outlook kunne ikke læse eller gemme invitationen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(host.calls()).toBe(2);
    await expect.poll(() => screen.queryByText(/Outlook kunne ikke/)).toBeNull();
  });

  it('keeps the plain “no meeting” text where the host cannot save an invite', () => {
    renderPrepareView({ ref: null, host: createFakeHost({ ref: null }) });
    expect(screen.getByRole('heading', { name: 'Intet møde' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem invitationen' })).toBeNull();
  });
});
