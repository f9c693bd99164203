// @vitest-environment jsdom
import '../../../tests/setup-dom';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHost } from '../../../tests/fakes/fake-host';
import { SAMPLE_REF } from '../../../tests/fakes/sample-agenda';
import { useMeetingRef } from '../useMeetingRef';
import { rememberMeetingRef, settledMeetingRef } from './settled-meeting-ref';

describe('the meeting main.tsx knew before React (issue #13: no skeleton after the static first paint)', () => {
  it('is the shell’s first state; a host without one starts loading as before', () => {
    const known = createFakeHost({ ref: SAMPLE_REF });
    rememberMeetingRef(known, SAMPLE_REF);
    const states: string[] = [];
    renderHook(() => states.push(useMeetingRef(known).state.status));
    expect(states[0]).toBe('ready');
    const other = createFakeHost({ ref: SAMPLE_REF });
    expect(settledMeetingRef(other)).toBeUndefined();
    const fresh: string[] = [];
    renderHook(() => fresh.push(useMeetingRef(other).state.status));
    expect(fresh[0]).toBe('loading');
  });
});
