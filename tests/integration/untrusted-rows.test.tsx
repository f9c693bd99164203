// @vitest-environment jsdom
/**
 * Every role's view over the real agenda repository, with list rows as someone could leave them in
 * SharePoint: a column edited by hand to a value Punkt does not know, and a title with directional
 * controls. Issue #9, points 9 and 10.
 */
import '../setup-dom';
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting';
import { createAgendaRepository } from '../../src/graph/agenda-repository';
import { provision } from '../../src/graph/provision';
import { createFakeGraphClient, type FakeGraphClient } from '../fakes/fake-graph-client';
import AgendaRole from '../../src/features/agenda';
import NotesRole from '../../src/features/notes';
import PrepareRole from '../../src/features/prepare';
import { type AppServices, type RoleViewProps } from '../../src/ui/services';
import { createFakeHost } from '../fakes/fake-host';
import { InMemoryCalendar } from '../fakes/in-memory-agenda';
import { SAMPLE_REF, sampleMeeting } from '../fakes/sample-agenda';
import { providers } from '../helpers/ui/providers';

// jsdom lacks it; Fluent's MessageBar observes its size.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const RLO = '\u202E';
const views: [string, ComponentType<RoleViewProps>][] = [
  ['managers', AgendaRole],
  ['note-taker', NotesRole],
  ['secretary', PrepareRole],
];

let fake: FakeGraphClient;
beforeEach(async () => {
  fake = createFakeGraphClient();
  await provision(fake, 'punkt-demo');
});

/** Saves `meeting` through the repository, then lets `change` edit the rows of a list as SharePoint would allow. */
async function stored(meeting: Meeting, change: (rows: Record<string, unknown>[]) => void = () => undefined, list = 'PunktItems') {
  await createAgendaRepository(fake, { siteId: 'punkt-demo' }).saveAgenda(SAMPLE_REF, meeting);
  const rows = [...fake.lists.values()].find((l) => l.displayName === list)!;
  change([...rows.items.values()].map((r) => r.fields));
}

function renderRole(View: ComponentType<RoleViewProps>) {
  const repository = createAgendaRepository(fake, { siteId: 'punkt-demo' });
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: repository,
    agendaStore: repository,
    decisions: repository,
    calendar: new InMemoryCalendar(),
    now: () => new Date('2024-03-12T12:00:00Z'),
    storage: null,
  };
  return render(<View meetingRef={SAMPLE_REF} />, { wrapper: providers({ services }) });
}

describe('a meeting with one malformed list row (point 9)', () => {
  for (const [role, View] of views) {
    it(`opens for the ${role} with the other punkter intact and a warning naming the punkt and the column`, async () => {
      await stored(sampleMeeting(), (rows) => {
        rows.find((f) => f.Number === 3)!.Status = 'Godkendt med ændringer';
      });
      renderRole(View);
      const warning = await screen.findByText(/Et punkt kunne ikke læses helt/);
      const bar = warning.closest('[role="group"], .fui-MessageBar') as HTMLElement;
      expect(bar).toHaveTextContent(/Punkt 3 \(Lederdøgn 2024\): kolonnen Status i listen PunktItems kunne ikke læses/);
      expect(screen.queryByText('Noget gik galt')).toBeNull();
      for (const title of ['Godkendelse af dagsorden', 'Status på budget 2025', 'Nyt fra afdelingerne']) {
        expect(screen.getAllByText(new RegExp(title)).length, title).toBeGreaterThan(0);
      }
      // The note-taker can still write the decision of the malformed punkt (its write repairs the row).
      if (role === 'note-taker') expect(await screen.findByRole('textbox', { name: 'Beslutning for punkt 3' })).toBeEnabled();
    });

    it(`opens for the ${role} when the meeting row's participants are malformed, naming the column`, async () => {
      await stored(sampleMeeting(), ([row]) => void (row!.ParticipantsJson = '[{"name":'), 'PunktMeetings');
      renderRole(View);
      const warning = await screen.findByText('Mødets oplysninger kunne ikke læses helt');
      expect(warning.closest('.fui-MessageBar')).toHaveTextContent(
        /Mødet: kolonnen ParticipantsJson i listen PunktMeetings kunne ikke læses/,
      );
      expect(screen.getAllByText(/Lederdøgn 2024/).length).toBeGreaterThan(0);
    });
  }
});

describe('a title with directional controls (point 10)', () => {
  const spoofed = (): Meeting => {
    const meeting = sampleMeeting();
    meeting.items[1] = { ...meeting.items[1]!, title: `Budget ${RLO}5202 tegdub` };
    // Bilag are read back from their section.
    meeting.items[1].sections = [...meeting.items[1].sections, { heading: 'Bilag', text: `faktura${RLO}fdp.exe` }];
    return meeting;
  };

  for (const [role, View] of views) {
    it(`is shown isolated and without the controls to the ${role}`, async () => {
      await stored(spoofed());
      const { container } = renderRole(View);
      await screen.findAllByText(/Budget 5202 tegdub/);
      expect(container.textContent).not.toContain(RLO);
      const isolated = [...container.querySelectorAll('bdi, [dir="auto"]')].filter(
        (e) => e.textContent?.includes('Budget 5202 tegdub') || (e as HTMLInputElement).value?.includes('5202'),
      );
      expect(isolated.length).toBeGreaterThan(0);
      for (const labelled of container.querySelectorAll('[aria-label]')) expect(labelled.getAttribute('aria-label')).not.toContain(RLO);
      if (role === 'managers') {
        await userEvent.click(screen.getByRole('button', { name: /Budget 5202 tegdub/ }));
        const bilag = await screen.findByText('fakturafdp.exe');
        expect(bilag.closest('[dir="auto"]')).not.toBeNull();
        expect(container.textContent).not.toContain(RLO);
      }
    });
  }
});
