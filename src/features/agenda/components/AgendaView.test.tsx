// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingRef } from '../../../domain/ports';
import type { Language } from '../../../ui/i18n';
import type { AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { AgendaView } from './AgendaView';
import { providers } from '../../../../tests/helpers/ui/providers';

const BEFORE_MEETING = new Date('2024-03-12T12:00:00Z');

function renderView(
  options: {
    source?: InMemoryAgendaSource;
    ref?: MeetingRef | null;
    now?: Date | (() => Date);
    language?: Language;
    organizer?: boolean;
    storage?: Storage | null;
  } = {},
) {
  const source = options.source ?? new InMemoryAgendaSource().put(sampleAgenda());
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF, organizer: options.organizer }),
    agenda: source,
    calendar: new InMemoryCalendar(),
    now: typeof options.now === 'function' ? options.now : () => (options.now as Date | undefined) ?? BEFORE_MEETING,
    storage: options.storage ?? null,
  };
  const ref = options.ref === undefined ? SAMPLE_REF : options.ref;
  return render(<AgendaView meetingRef={ref} />, { wrapper: providers({ language: options.language, services }) });
}

const punkter = () =>
  within(screen.getByRole('list', { name: 'Dagsorden' }))
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.getAttribute('aria-label') === 'Dagsorden');

describe('the managers’ agenda view', () => {
  it('names the list "Dagsorden" and each punkt "Punkt N" in order, with a break row for the gap', async () => {
    renderView();
    await screen.findByRole('list', { name: 'Dagsorden' });
    const names = punkter().map((li) => li.getAttribute('aria-label'));
    expect(names).toEqual([
      'Punkt 1: CF: Godkendelse af dagsorden',
      'Punkt 2: CF: Status på budget 2025',
      'Pause 09.40–09.50',
      'Punkt 3: CF: Lederdøgn 2024',
      'Punkt 4: Lukket',
      'Punkt 5: CF: Nyt fra afdelingerne',
    ]);
    expect(screen.getByRole('listitem', { name: /^Punkt 2\b/ })).toBeInTheDocument();
  });

  it('shows each slot from the schedule rule as text HH.MM–HH.MM (spec: durations start at the previous end)', async () => {
    renderView();
    await screen.findByRole('list', { name: 'Dagsorden' });
    const slot = (n: number) =>
      within(screen.getByRole('listitem', { name: new RegExp(`^Punkt ${n}:`) })).getByText(/^\d\d\.\d\d–\d\d\.\d\d$/).textContent;
    expect([1, 2, 3, 4, 5].map(slot)).toEqual(['09.00–09.10', '09.10–09.40', '09.50–10.20', '10.10–10.30', '10.30–11.10']);
  });

  it('warns about the overlap and the overrun on the punkter concerned', async () => {
    renderView();
    const four = await screen.findByRole('listitem', { name: /^Punkt 4:/ });
    expect(within(four).getByRole('note')).toHaveTextContent('Overlapper punkt 3 med 10 min.');
    const five = screen.getByRole('listitem', { name: /^Punkt 5:/ });
    expect(within(five).getByRole('note')).toHaveTextContent('Slutter 10 min. efter mødets planlagte slut (11.00)');
    expect(screen.getByText('2 punkter har tidsadvarsler.')).toBeInTheDocument();
  });

  it('shows case number and recommender, and expands a punkt by keyboard to its sections as text', async () => {
    const user = userEvent.setup();
    renderView();
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    expect(within(two).getByText('Sagsnr. 00.01.00-P35-2-24')).toBeInTheDocument();
    expect(within(two).getByText('Indstilles af Direktøren for Økonomi')).toBeInTheDocument();
    const toggle = within(two).getByRole('button', { name: /Status på budget 2025/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(two).queryByRole('region', { name: 'Anledning' })).toBeNull();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Anledning', 'Sagsfremstilling', 'Supplerende sagsfremstilling', 'Indstilling', 'Historik', 'Bilag']) {
      expect(within(two).getByRole('region', { name })).toBeInTheDocument();
    }
    // Indstilling, what is decided, comes before the long Sagsfremstilling (issue #15).
    const order = within(two)
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-label'));
    expect(order.indexOf('Indstilling')).toBeLessThan(order.indexOf('Sagsfremstilling'));
    // Sagsfremstilling is folded to its first paragraph behind "Vis mere".
    const presentation = within(two).getByRole('region', { name: 'Sagsfremstilling' });
    expect(presentation).toHaveTextContent('Første afsnit.');
    expect(within(presentation).queryByText('Andet afsnit med <b>ikke-HTML</b>.')).toBeNull();
    const more = within(presentation).getByRole('button', { name: 'Vis mere' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(presentation).getByRole('button', { name: 'Vis mindre' })).toHaveAttribute('aria-expanded', 'true');
    // Content is text: markup in a document stays visible as characters.
    expect(within(two).getByText('Andet afsnit med <b>ikke-HTML</b>.')).toBeInTheDocument();
    const points = within(within(two).getByRole('region', { name: 'Indstilling' })).getAllByRole('listitem');
    expect(points.map((p) => p.textContent)).toEqual(['at orienteringen tages til efterretning']);
    expect(within(two).getByRole('link', { name: 'https://example.org/budget.pdf' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(two).getByText('Notat om budget')).toBeInTheDocument();

    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the decision with its status badge, including "Udsat til" a date', async () => {
    const user = userEvent.setup();
    renderView();
    const one = await screen.findByRole('listitem', { name: /^Punkt 1:/ });
    await user.click(within(one).getByRole('button', { name: /Godkendelse af dagsorden/ }));
    const decision = within(one).getByRole('region', { name: 'Beslutning' });
    expect(decision).toHaveTextContent('Chefforum godkendte dagsordenen.');
    expect(within(decision).getByText('Godkendt')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: /^Punkt 5:/ })).getByText('Udsat til 10. april 2024')).toBeInTheDocument();
  });

  it('shows a closed punkt the user may not read as number, case number and "Lukket" only', async () => {
    renderView();
    const four = await screen.findByRole('listitem', { name: 'Punkt 4: Lukket' });
    expect(within(four).queryByRole('button')).toBeNull();
    expect(within(four).getByText('Sagsnr. 00.01.00-P35-4-24')).toBeInTheDocument();
    expect(four).toHaveTextContent(/^Punkt 4Lukket10\.10–10\.30Sagsnr\. 00\.01\.00-P35-4-24Overlapper punkt 3 med 10 min\.$/);
  });

  it('highlights the current punkt with its time left during the meeting', async () => {
    renderView({ now: new Date('2024-03-13T08:20:00Z') }); // 09.20 local: punkt 2 until 09.40
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    await effectsSettled(); // what is on now is known right after the first paint (issue #13)
    expect(two).toHaveAttribute('aria-current', 'true');
    expect(within(two).getByText('I gang · 20 min. tilbage')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^Punkt 1:/ })).not.toHaveAttribute('aria-current');
  });

  it('moves the highlight to the next punkt as the clock passes its start', async () => {
    // Only the interval is faked: the view's own clock tick, driven by the test.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let clock = new Date('2024-03-13T08:08:00Z'); // 09.08: punkt 1, 2 min. left
      renderView({ now: () => clock });
      const one = await screen.findByRole('listitem', { name: /^Punkt 1:/ });
      // The agenda arrived outside act: React runs the view's effects (its tick interval) a moment later.
      await effectsSettled();
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      expect(one).toHaveAttribute('aria-current', 'true');
      expect(within(one).getByText('I gang · 2 min. tilbage')).toBeInTheDocument();

      clock = new Date('2024-03-13T08:11:00Z'); // 09.11: punkt 2 until 09.40
      act(() => {
        vi.advanceTimersByTime(15_000);
      });
      expect(screen.getByRole('listitem', { name: /^Punkt 1:/ })).not.toHaveAttribute('aria-current');
      expect(within(screen.getByRole('listitem', { name: /^Punkt 2:/ })).getByText('I gang · 29 min. tilbage')).toBeInTheDocument();

      clock = new Date('2024-03-13T08:45:00Z'); // 09.45: the break, nobody highlighted
      act(() => {
        vi.advanceTimersByTime(15_000);
      });
      expect(document.querySelector('[aria-current]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
