// @vitest-environment jsdom
import { render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { localTime } from '../domain/brands';
import { providers } from '../../tests/helpers/ui/providers';
import { PunktTime, PunktTitle, usePunktLabel } from './PunktTitle';

afterEach(cleanup);

describe('PunktTitle', () => {
  it('writes "Punkt N", the prefix as its own badge and the title isolated', () => {
    const { container } = render(<PunktTitle number={4} prefix="CF" title="Budget 2025" />, { wrapper: providers() });
    expect(container.textContent).toBe('Punkt 4CFBudget 2025');
    const badge = screen.getByText('CF').closest('.fui-Badge');
    expect(badge).not.toBeNull();
    expect(container.querySelector('bdi:not(.fui-Badge bdi)')?.textContent).toBe('Budget 2025');
  });

  it('shows no badge without a prefix', () => {
    const { container } = render(<PunktTitle number={1} prefix="" title="Godkendelse af dagsorden" />, { wrapper: providers() });
    expect(container.querySelector('.fui-Badge')).toBeNull();
    expect(container.textContent).toBe('Punkt 1Godkendelse af dagsorden');
  });

  it('removes directional controls from the stored title and prefix', () => {
    const { container } = render(<PunktTitle number={2} prefix={'C\u202EF'} title={'Evil\u202Etxet'} />, { wrapper: providers() });
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('speaks English with ?lang=en', () => {
    const { container } = render(<PunktTitle number={3} title="Budget" />, { wrapper: providers({ language: 'en' }) });
    expect(container.textContent).toBe('Item 3Budget');
  });
});

describe('usePunktLabel', () => {
  it('gives the accessible name "Punkt N: PREFIX: Title" that the end-to-end checks start from', () => {
    const { result } = renderHook(() => usePunktLabel(), { wrapper: providers() });
    expect(result.current({ number: 4, prefix: 'CF', title: 'Budget\u202E 2025' })).toBe('Punkt 4: CF: Budget 2025');
    expect(result.current({ number: 1, prefix: null, title: 'Godkendelse' })).toBe('Punkt 1: Godkendelse');
  });
});

describe('PunktTime', () => {
  it('writes the slot as HH.MM–HH.MM with an en dash', () => {
    const { container } = render(<PunktTime start={localTime('09:00')} end={localTime('09:10')} />, { wrapper: providers() });
    expect(container.textContent).toBe('09.00–09.10');
  });
});
