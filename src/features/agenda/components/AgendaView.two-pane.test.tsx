// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../../ui/i18n';
import { ServicesProvider, type AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { AgendaView } from './AgendaView';

// jsdom lacks ResizeObserver (Fluent's MessageBar) and scrollIntoView (the view scrolls to a punkt).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.getAttribute('aria-label') ?? this.id);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const DURING_PUNKT_3 = new Date('2024-03-13T09:00:00Z'); // 10.00 local: punkt 3 09.50–10.20

function renderView(now: Date) {
  const services: AppServices = {
    host: createFakeHost({ ref: SAMPLE_REF }),
    agenda: new InMemoryAgendaSource().put(sampleAgenda()),
    calendar: new InMemoryCalendar(),
    now: () => now,
    storage: null,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language="da">
        <ServicesProvider services={services}>
          <AgendaView meetingRef={SAMPLE_REF} />
        </ServicesProvider>
      </LanguageProvider>
    </FluentProvider>,
  );
}

// jsdom applies no media query: the index pane keeps its narrow display: none, so it is queried with hidden.
const index = () => within(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
const entry = (n: number) => index().getByRole('button', { name: new RegExp(`^Punkt ${n}\\b`), hidden: true });

describe('the managers’ view from 900 px (issue #15, two panes)', () => {
  it('puts an index of the punkter with their slots beside the list, the current punkt selected', async () => {
    const { container } = renderView(DURING_PUNKT_3);
    await screen.findByRole('list', { name: 'Dagsorden' });
    const [indexPane, detailPane] = container.querySelectorAll('[data-two-pane] > [data-pane]');
    expect(indexPane).toContainElement(screen.getByRole('navigation', { name: 'Punktoversigt', hidden: true }));
    expect(detailPane).toContainElement(screen.getByRole('list', { name: 'Dagsorden' }));
    expect(index().getAllByRole('button', { hidden: true })).toHaveLength(5);
    expect(entry(3)).toHaveTextContent('09.50–10.20');
    expect(entry(3)).toHaveAttribute('aria-current', 'true');
    expect(entry(2)).not.toHaveAttribute('aria-current');
  });

  it('opens the punkt picked in the index in the detail pane and moves focus to it', async () => {
    const user = userEvent.setup();
    renderView(DURING_PUNKT_3);
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    expect(within(two).getByRole('button', { name: /^Punkt 2/ })).toHaveAttribute('aria-expanded', 'false');
    entry(2).focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(within(two).getByRole('button', { name: /^Punkt 2/ })));
    expect(within(two).getByRole('button', { name: /^Punkt 2/ })).toHaveAttribute('aria-expanded', 'true');
    expect(scrolled.at(-1)).toMatch(/^Punkt 2:/);
    expect(entry(2)).toHaveAttribute('aria-current', 'true');
    expect(entry(3)).not.toHaveAttribute('aria-current');
  });
});
