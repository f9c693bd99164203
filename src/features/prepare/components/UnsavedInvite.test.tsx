// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appError } from '../../../domain/app-error';
import type { InviteSyncProgress } from '../../../domain/host-port';
import type { MeetingRef } from '../../../domain/ports';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** A fake Outlook compose host: a brand-new invite that saving turns into a meeting. */
function composeHost(saves: Array<(onProgress?: (p: InviteSyncProgress) => void) => Promise<MeetingRef | null>>) {
  const host = createFakeHost({ ref: null, organizer: true });
  let calls = 0;
  return Object.assign(host, {
    saveDraftMeeting: (onProgress?: (p: InviteSyncProgress) => void) => {
      calls++;
      return saves.shift()?.(onProgress) ?? Promise.resolve(null);
    },
    calls: () => calls,
  });
}

describe('the secretary’s view on an invite that was never saved', () => {
  it('on an Outlook that names an invite only by saving it, says why to save and that attendees may get an update', async () => {
    const user = userEvent.setup();
    const host = Object.assign(composeHost([() => Promise.resolve({ iCalUId: 'sendt', start: '2024-04-10T07:00:00Z' })]), {
      inviteIdNeedsSave: true,
    });
    renderPrepareView({ ref: null, host });
    expect(screen.getByRole('heading', { name: 'Gem invitationen for at finde mødet' })).toBeInTheDocument();
    expect(screen.getByText(/får de en opdatering/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gem invitationen' }));
    expect(host.calls()).toBe(1);
  });

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

  it('shows how long it has waited for the saved invite to reach the calendar, then says in Danish that it has not yet', async () => {
    const user = userEvent.setup();
    let giveUp: () => void = () => undefined;
    const notSynced = Object.assign(new Error('no event'), { status: 404, appError: appError('not-found', { status: 404 }) });
    const host = composeHost([
      (onProgress) =>
        new Promise((_, reject) => {
          onProgress?.({ waitedMs: 12_000, limitMs: 30_000 });
          giveUp = () => reject(notSynced);
        }),
    ]);
    renderPrepareView({ ref: null, host });
    await user.click(screen.getByRole('button', { name: 'Gem invitationen' }));
    expect(await screen.findByText(/Venter på, at den når frem til kalenderen … \(12 s\)/)).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-valuenow'))).toContain('12000');
    giveUp();
    expect(await screen.findByText(/ikke nået frem til kalenderen efter 30 sekunder/)).toBeInTheDocument();
    // Not the generic "not found" text, and the save button is there to try again.
    expect(screen.queryByText(/blev ikke fundet/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Gem invitationen' })).toBeEnabled();
  });

  it('keeps the plain “no meeting” text where the host cannot save an invite', () => {
    renderPrepareView({ ref: null, host: createFakeHost({ ref: null }) });
    expect(screen.getByRole('heading', { name: 'Intet møde' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem invitationen' })).toBeNull();
  });
});
