// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../domain/meeting';
import type { MeetingRef, SaveAgendaOptions, StoredAgenda } from '../../../domain/ports';
import { InMemoryAgendaStore } from '../../../../tests/fakes/in-memory-agenda-store';
import { readableAgenda, renderPrepareView } from '../../../../tests/helpers/prepare/render-prepare-view';

/** A store whose save reports a closed punkt's Bilag it could not move out of the public's reach. */
class UnmovedStore extends InMemoryAgendaStore {
  override async saveAgenda(ref: MeetingRef, meeting: Meeting, options?: SaveAgendaOptions): Promise<StoredAgenda> {
    const saved = await super.saveAgenda(ref, meeting, options);
    return { ...saved, unmovedBilag: [{ numbers: [4], name: 'Notat.pdf', url: 'https://example.org/Notat.pdf' }] };
  }
}

/** A store whose save reports a reopened punkt's Bilag it could not move back out of the restricted folder. */
class LeftClosedStore extends InMemoryAgendaStore {
  override async saveAgenda(ref: MeetingRef, meeting: Meeting, options?: SaveAgendaOptions): Promise<StoredAgenda> {
    const saved = await super.saveAgenda(ref, meeting, options);
    return { ...saved, bilagLeftClosed: [{ numbers: [2], name: 'Sag.pdf', url: 'https://example.org/Sag.pdf' }] };
  }
}

/** Opens punkt 1, changes its title and saves. */
async function editAndSave(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('button', { name: 'Flyt punkt 1 ned' });
  const edit = screen.queryByRole('button', { name: 'Redigér punkt 1' });
  if (edit) await user.click(edit);
  const field = within(screen.getByRole('listitem', { name: /^Punkt 1:/ })).getByRole('textbox', { name: 'Titel' });
  await user.type(field, ' x');
  await user.click(screen.getByRole('button', { name: 'Gem dagsorden' }));
}

describe('saving an agenda whose reopened punkt’s Bilag stayed in the restricted folder', () => {
  it('says in Danish which Bilag not everyone can open yet, and to save again', async () => {
    const user = userEvent.setup();
    renderPrepareView({ source: new LeftClosedStore().put(readableAgenda()) });
    await editAndSave(user);
    expect(
      await screen.findByText(/kunne ikke flyttes tilbage fra "Bilag \(lukket\)".*: Sag\.pdf \(punkt 2\)\. Gem igen/),
    ).toBeInTheDocument();
  });
});

describe('saving an agenda whose closed punkt links a file outside the library', () => {
  it('says in Danish which Bilag could not be moved to "Bilag (lukket)"', async () => {
    const user = userEvent.setup();
    renderPrepareView({ source: new UnmovedStore().put(readableAgenda()) });
    await editAndSave(user);
    expect(
      await screen.findByText(/Disse bilag til lukkede punkter ligger ikke i forummets bibliotek.*: Notat\.pdf \(punkt 4\)\./),
    ).toBeInTheDocument();
  });
});
