// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SeriesOpened } from '../../../domain/host-port';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { SAMPLE_REF } from '../../../../tests/fakes/sample-agenda';
import { renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** An Outlook host on a series master: it prepares `next` and says it opened the series. */
function seriesHost(next: SeriesOpened['next']) {
  return Object.assign(createFakeHost({ ref: next, organizer: true }), {
    seriesOpened: async (): Promise<SeriesOpened> => ({ next }),
    saveDraftMeeting: async () => null,
  });
}

describe('the secretary’s view on a whole meeting series', () => {
  it('tells the organizer who opened the series that she prepares its next meeting, naming it', async () => {
    renderPrepareView({ ref: SAMPLE_REF, host: seriesHost(SAMPLE_REF) });
    expect(
      await screen.findByText(/Du har åbnet hele mødeserien\. .* så her forbereder du det næste: onsdag den 13\. marts 2024 kl\. 09\.00\./),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Punkt 1: Godkendelse af dagsorden' })).toBeInTheDocument();
  });

  it('says how to reach a meeting when the series has none ahead, instead of offering to save the invite', async () => {
    renderPrepareView({ ref: null, host: seriesHost(null) });
    expect(await screen.findByRole('heading', { name: 'Du har åbnet hele mødeserien' })).toBeInTheDocument();
    expect(screen.getByText(/serien har ingen kommende møder/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gem invitationen' })).toBeNull();
  });
});
