// @vitest-environment jsdom
import '../../tests/setup-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleMeeting } from '../../tests/fakes/sample-agenda';
import { MeetingHeader } from './MeetingHeader';
import { providers } from '../../tests/helpers/ui/providers';

function renderHeader() {
  return render(<MeetingHeader meeting={sampleMeeting()} compact />, { wrapper: providers() });
}

describe('MeetingHeader participants', () => {
  it('builds the names only when opened (issue #13), the button controlling the region either way', async () => {
    const user = userEvent.setup();
    renderHeader();
    const toggle = screen.getByRole('button', { name: 'Vis deltagere (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const region = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(region).not.toBeNull();
    expect(screen.queryByRole('list', { name: 'Deltagere', hidden: true })).toBeNull();
    expect(screen.queryByText('Henrik Harder', { exact: false })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Skjul deltagere');
    const list = within(region!).getByRole('list', { name: 'Deltagere' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Henrik Harder (Kommunaldirektør)', 'Marie Aasøe (Afdelingschef Økonomi & Stab)']);
    expect(within(region!).getByText('Forperson:', { exact: false })).toHaveTextContent('Henrik Harder');

    await user.click(toggle);
    expect(screen.queryByRole('list', { name: 'Deltagere', hidden: true })).toBeNull();
  });
});
