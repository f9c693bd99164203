// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingOf, punkt } from '../../../../tests/fakes/agenda-items';
import { sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { renderAgendaView } from '../../../../tests/helpers/agenda/render-agenda-view';

// The page's first use of Intl pays ICU's one-time start-up (17-45 ms of CPU on a loaded machine): the
// managers' first paint must not need it. Each use is recorded with whether the list was on screen then.
const uses: Array<{ what: string; listShown: boolean }> = [];
const listShown = () => document.querySelector('[role="list"][aria-label="Dagsorden"] [role="listitem"]') !== null;

function watch<T extends object>(target: T, key: keyof T & string, what: string) {
  const original = target[key] as (...args: unknown[]) => unknown;
  vi.spyOn(target as Record<string, (...args: unknown[]) => unknown>, key).mockImplementation(function (this: unknown, ...args) {
    uses.push({ what, listShown: listShown() });
    return original.apply(this, args);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  uses.length = 0;
});

describe("the managers' first paint needs no Intl (issue #13)", () => {
  it('shows the punkter with their slots first, then what is on now, with the first Intl use after the list is on screen', async () => {
    watch(Intl.DateTimeFormat.prototype, 'formatToParts', 'formatToParts');
    watch(String.prototype, 'toLocaleLowerCase', 'toLocaleLowerCase');
    const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!.get!;
    vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: object }, 'format', 'get').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      uses.push({ what: 'format', listShown: listShown() });
      return format.call(this) as object;
    });
    const OriginalFormat = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      uses.push({ what: 'new DateTimeFormat', listShown: listShown() });
      return new OriginalFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat);

    renderAgendaView(new Date('2024-03-13T09:00:00Z')); // 10.00 local: punkt 3, 09.50–10.20
    const three = await screen.findByRole('listitem', { name: /^Punkt 3:/ });
    expect(three).toHaveTextContent('09.50–10.20');
    await effectsSettled();
    expect(three).toHaveAttribute('aria-current', 'true');
    expect(three).toHaveTextContent('20 min. tilbage');
    // The zone's schedule was built (what is on now needs it), but only once the list was on screen.
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((use) => !use.listShown)).toEqual([]);
  });

  it("takes the zone's slots right after the first paint when daylight saving changes within the meeting", async () => {
    // Spring forward on 31 March 2024: 60 real minutes from 01.30 end at 03.30, not at 02.30.
    const night = sampleAgenda(
      meetingOf([punkt(1, { durationMinutes: 60 }), punkt(2, { durationMinutes: 30 })], { date: '2024-03-31', start: '01:30' }),
    );
    renderAgendaView(new Date('2024-03-30T12:00:00Z'), night);
    const one = await screen.findByRole('listitem', { name: /^Punkt 1:/ });
    await effectsSettled();
    expect(one).toHaveTextContent('01.30–03.30');
    expect(screen.getByRole('listitem', { name: /^Punkt 2:/ })).toHaveTextContent('03.30–04.00');
  });
});
