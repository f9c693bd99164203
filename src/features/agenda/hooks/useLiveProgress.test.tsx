// @vitest-environment jsdom
import { effectsSettled } from '../../../../tests/setup-dom';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { StoredAgenda } from '../../../domain/ports';
import { computeSchedule } from '../../../domain/schedule';
import { ServicesProvider, type AppServices } from '../../../ui/services';
import { createFakeHost } from '../../../../tests/fakes/fake-host';
import { InMemoryAgendaSource, InMemoryCalendar } from '../../../../tests/fakes/in-memory-agenda';
import { SAMPLE_REF, sampleAgenda } from '../../../../tests/fakes/sample-agenda';
import { useLiveProgress } from './useLiveProgress';

const clock = new Date('2024-03-13T09:00:00Z'); // 10.00 local, during the sample meeting
const services: AppServices = {
  host: createFakeHost({ ref: SAMPLE_REF }),
  agenda: new InMemoryAgendaSource(),
  calendar: new InMemoryCalendar(),
  now: () => clock,
  storage: null,
};
const wrapper = ({ children }: { children: ReactNode }) => <ServicesProvider services={services}>{children}</ServicesProvider>;

const withProgress = (number: number, startedAt: string): StoredAgenda => ({
  ...sampleAgenda(),
  progress: { number, startedAt: new Date(startedAt) },
});

describe('useLiveProgress', () => {
  it('takes the agenda’s progress without a second render at mount (issue #13), and a newer agenda’s when it arrives', async () => {
    let renders = 0;
    const first = withProgress(2, '2024-03-13T08:40:00Z');
    const schedule = computeSchedule(first.meeting);
    const { result, rerender } = renderHook(
      ({ agenda }) => {
        renders += 1;
        return useLiveProgress(agenda, schedule, clock);
      },
      { initialProps: { agenda: first }, wrapper },
    );
    await effectsSettled();
    expect(renders).toBe(1);
    expect(result.current?.number).toBe(2);

    rerender({ agenda: withProgress(3, '2024-03-13T08:55:00Z') });
    await effectsSettled();
    expect(result.current?.number).toBe(3);
  });
});
