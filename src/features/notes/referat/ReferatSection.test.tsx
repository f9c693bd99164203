// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageDraft } from '../../../domain/host-port';
import type { CalendarEvent, StoredAgenda } from '../../../domain/ports';
import type { ReferatFile, ReferatLibrary, ReferatMeeting, ReferatVersion } from '../../../domain/referat/library-port';
import type { AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda, sampleMeeting } from '../../../../tests/fakes/sample-agenda';
import { ReferatSection } from './ReferatSection';
import { providers } from '../../../../tests/helpers/ui/providers';

beforeAll(() => {
  // jsdom has neither; Fluent's MessageBar observes its size.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  URL.createObjectURL ??= () => 'blob:referat';
  URL.revokeObjectURL ??= () => undefined;
});

/** The sample meeting's calendar event: the chair organizes it and invites two people and a room. */
const EVENT: CalendarEvent = {
  id: 'e1',
  iCalUId: SAMPLE_REF.iCalUId,
  subject: 'Chefforum',
  start: SAMPLE_REF.start,
  end: '2024-03-13T10:00:00Z',
  location: null,
  organizerName: 'Formand',
  organizerEmail: 'formand@albertslund.dk',
  isOrganizer: false,
  attendees: ['leder@albertslund.dk', 'referent@albertslund.dk'],
};

/** A library in memory: what was saved, by version. */
class FakeLibrary implements ReferatLibrary {
  readonly saved: { version: ReferatVersion; bytes: Uint8Array; meeting: ReferatMeeting }[] = [];
  failWith: unknown = null;
  async save(meeting: ReferatMeeting, version: ReferatVersion, bytes: Uint8Array): Promise<ReferatFile> {
    if (this.failWith) throw this.failWith;
    this.saved.push({ version, bytes, meeting });
    return {
      version,
      name: `${version}.docx`,
      webUrl: `https://sp.test/${version}.docx`,
      modified: '2024-03-13T12:00:00Z',
      size: bytes.length,
    };
  }
  async list(): Promise<ReferatFile[]> {
    return [];
  }
}

/** The sample with every punkt readable (a member who may read closed punkter). */
function readableAgenda(): StoredAgenda {
  const agenda = sampleAgenda();
  return { ...agenda, items: agenda.items.map((i) => ({ ...i, readable: true })) };
}

function renderSection(
  agenda: StoredAgenda,
  options: {
    library?: FakeLibrary;
    readOnly?: boolean;
    compose?: (m: MessageDraft) => Promise<void>;
    events?: CalendarEvent[];
    calendar?: AppServices['calendar'];
  } = {},
) {
  const source = new InMemoryAgendaSource().put(agenda);
  const host = { ...createFakeHost(), ...(options.compose ? { composeMessage: options.compose } : {}) };
  const services: AppServices = {
    host,
    agenda: source,
    calendar: options.calendar ?? new InMemoryCalendar(options.events ?? []),
    ...(options.library ? { referat: options.library } : {}),
    now: () => new Date('2024-03-13T12:00:00Z'),
    storage: null,
  };
  render(<ReferatSection agenda={agenda} readOnly={options.readOnly ?? false} />, { wrapper: providers({ services }) });
  return { source };
}

const preview = () => screen.getByRole('region', { name: 'Forhåndsvisning af referatet' });
const openPreview = () => userEvent.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));

describe('the Referat section', () => {
  it('previews the public document as text in the page (no frame, no markup from the lists), and offers no internal version to a user who cannot read a closed punkt, on request', async () => {
    const meeting = sampleMeeting();
    meeting.items[0]!.decision = 'Godkendt <img src=x onerror=alert(1)>';
    renderSection(sampleAgenda(meeting));
    expect(screen.queryByRole('region', { name: 'Forhåndsvisning af referatet' })).toBeNull();
    await openPreview();
    expect(screen.getByRole('button', { name: 'Skjul forhåndsvisning' })).toHaveAttribute('aria-expanded', 'true');
    expect(preview()).toHaveTextContent('Godkendt <img src=x onerror=alert(1)>');
    expect(preview().querySelector('img, iframe')).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
    expect(screen.queryByRole('radio', { name: /Intern/ })).toBeNull();
  });

  it('shows the internal version in the preview when a member picks it', async () => {
    const agenda = readableAgenda();
    const closedTitle = 'Fortrolig beslutning om en personalesag';
    agenda.meeting.items.find((i) => i.closed)!.decision = closedTitle;
    renderSection(agenda);
    await openPreview();
    expect(preview()).not.toHaveTextContent(closedTitle);
    await userEvent.click(screen.getByRole('radio', { name: /Intern/ }));
    await waitFor(() => expect(preview()).toHaveTextContent(closedTitle));
  });

  it('saves both versions as Word files after reading the lists again, then shows the links and the state', async () => {
    const library = new FakeLibrary();
    const agenda = readableAgenda();
    const { source } = renderSection(agenda, { library });
    await openPreview();
    // A decision saved since the view opened: the referat must hold it.
    const later = structuredClone(agenda);
    later.meeting.items[1]!.decision = 'Chefforum tog orienteringen til efterretning.';
    source.put(later);
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    await screen.findByText(/Gemt i SharePoint kl\./);
    expect(library.saved.map((s) => s.version)).toEqual(['public', 'internal']);
    // A .docx is a zip: it starts with PK\x03\x04.
    expect([...library.saved[0]!.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(preview()).toHaveTextContent('Chefforum tog orienteringen til efterretning.');
    const links = within(screen.getByRole('list', { name: 'Gemte dokumenter' }));
    expect(links.getByRole('link', { name: 'Åbn den offentlige version' }).getAttribute('href')).toBe('https://sp.test/public.docx');
    expect(links.getByRole('link', { name: 'Åbn den interne version' })).toBeInTheDocument();
  }, 20_000);

  it('saves only the public version for a user who cannot read a closed punkt', async () => {
    const library = new FakeLibrary();
    renderSection(sampleAgenda(), { library });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    await screen.findByText(/Gemt i SharePoint kl\./);
    expect(library.saved.map((s) => s.version)).toEqual(['public']);
  }, 20_000);

  it('says in Danish when saving fails, and offers no saving to a read-only user', async () => {
    const library = new FakeLibrary();
    library.failWith = new TypeError('Failed to fetch');
    renderSection(sampleAgenda(), { library });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    expect(await screen.findByText('Noget gik galt')).toBeInTheDocument();
    renderSection(sampleAgenda(), { library, readOnly: true });
    expect(screen.getAllByRole('button', { name: 'Gem i SharePoint' })).toHaveLength(1);
  }, 20_000);

  it("sends the public link through the host's compose form, or a mailto: link without one", async () => {
    const compose = vi.fn(async () => undefined);
    renderSection(sampleAgenda(), { library: new FakeLibrary(), compose });
    expect(screen.getByText('Gem referatet i SharePoint, før du sender det.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send til deltagerne' }));
    expect(compose).toHaveBeenCalledWith(
      expect.objectContaining({
        to: [],
        subject: 'Referat af Chefforum 2024-03-13',
        htmlBody: expect.stringContaining('https://sp.test/public.docx'),
      }),
    );
  }, 20_000);

  it("addresses the host's compose form to the meeting's organizer and attendees, with the public link even for a member", async () => {
    const compose = vi.fn(async (_: MessageDraft) => undefined);
    renderSection(readableAgenda(), { library: new FakeLibrary(), compose, events: [EVENT] });
    await userEvent.click(screen.getByRole('radio', { name: /intern/i }));
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send til deltagerne' }));
    expect(compose).toHaveBeenCalledWith(
      expect.objectContaining({
        to: ['formand@albertslund.dk', 'leder@albertslund.dk', 'referent@albertslund.dk'],
        htmlBody: expect.stringContaining('https://sp.test/public.docx'),
      }),
    );
    expect(compose.mock.calls[0]![0].htmlBody).not.toContain('internal.docx');
  }, 20_000);

  it('addresses the mailto: link to the participants, comma-separated', async () => {
    renderSection(sampleAgenda(), { library: new FakeLibrary(), events: [EVENT] });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    const link = await screen.findByRole('link', { name: 'Send til deltagerne' });
    await waitFor(() =>
      expect(link.getAttribute('href')).toMatch(
        /^mailto:formand@albertslund\.dk,leder@albertslund\.dk,referent@albertslund\.dk\?subject=Referat%20af%20Chefforum/,
      ),
    );
  }, 20_000);

  it('holds "Send til deltagerne" until the calendar has named the participants, and says so', async () => {
    const compose = vi.fn(async (_: MessageDraft) => undefined);
    const silent: AppServices['calendar'] = {
      listEvents: () => new Promise(() => undefined),
      getEvent: () => new Promise(() => undefined),
    };
    renderSection(sampleAgenda(), { library: new FakeLibrary(), compose, calendar: silent });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    const send = await screen.findByRole('button', { name: 'Send til deltagerne' });
    expect(send).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Finder deltagerne i kalenderen …')).toHaveAttribute('role', 'status');
    await userEvent.click(send);
    expect(compose).not.toHaveBeenCalled();
  }, 20_000);

  it('says to add the recipients when the calendar does not hold the meeting', async () => {
    renderSection(sampleAgenda(), { library: new FakeLibrary() });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    await screen.findByRole('link', { name: 'Send til deltagerne' });
    expect(screen.getByText(/Tilføj selv modtagerne/)).toBeInTheDocument();
  }, 20_000);

  it('falls back to a mailto: link when the host has no compose form', async () => {
    renderSection(sampleAgenda(), { library: new FakeLibrary() });
    await userEvent.click(screen.getByRole('button', { name: 'Gem i SharePoint' }));
    const link = await screen.findByRole('link', { name: 'Send til deltagerne' });
    expect(link.getAttribute('href')).toMatch(/^mailto:\?subject=Referat%20af%20Chefforum%202024-03-13&body=.*public\.docx$/);
  }, 20_000);
});
