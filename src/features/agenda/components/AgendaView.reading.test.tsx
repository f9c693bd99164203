// @vitest-environment jsdom
import '../../../../tests/setup-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleAgenda, sampleMeeting } from '../../../../tests/fakes/sample-agenda';
import { recordScrolls, renderAgendaView } from '../../../../tests/helpers/agenda/render-agenda-view';

const scrolled = recordScrolls();

const BEFORE_MEETING = new Date('2024-03-12T12:00:00Z');
const DURING_PUNKT_3 = new Date('2024-03-13T09:00:00Z'); // 10.00 local: punkt 3 09.50–10.20

const renderView = (now: Date = BEFORE_MEETING, agenda = sampleAgenda()) => renderAgendaView(now, agenda);

const shownNumbers = () =>
  within(screen.getByRole('list', { name: 'Dagsorden' }))
    .queryAllByRole('listitem', { name: /^Punkt \d+/ })
    .map((li) => Number(/^Punkt (\d+)/.exec(li.getAttribute('aria-label') ?? '')?.[1]));

describe('the managers’ view, reading a long agenda (issue #15)', () => {
  it('writes each punkt as "Punkt N", the prefix as a badge and the title, in a compact header', async () => {
    renderView();
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    const title = within(two).getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent(/^Punkt 2CFStatus på budget 2025$/);
    expect(within(title).getByText('CF').closest('.fui-Badge')).not.toBeNull();
    // Compact header: date, time and place on one line, not a facts table.
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent(
      /13\. marts 2024 · 09\.00–11\.00 · Mødelokale 915$/,
    );
    expect(screen.queryByText('Dato')).toBeNull();
  });

  it('filters by title, case number or text, and says how many punkter match', async () => {
    const user = userEvent.setup();
    renderView();
    await screen.findByRole('list', { name: 'Dagsorden' });
    const search = screen.getByRole('searchbox', { name: 'Søg i dagsordenen' });
    await user.type(search, 'budget');
    expect(shownNumbers()).toEqual([2]);
    expect(screen.getByRole('status')).toHaveTextContent('1 af 5 punkter matcher.');
    await user.clear(search);
    await user.type(search, 'P35-5');
    expect(shownNumbers()).toEqual([5]);
    await user.clear(search);
    await user.type(search, 'Tal fra KL');
    expect(shownNumbers()).toEqual([2]);
    await user.clear(search);
    await user.type(search, 'intet sådant');
    expect(shownNumbers()).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Ingen punkter matcher søgningen.');
    await user.clear(search);
    expect(shownNumbers()).toEqual([1, 2, 3, 4, 5]);
  });

  it('"Udvid alle" opens every punkt that has details, "Skjul alle" closes them', async () => {
    const user = userEvent.setup();
    renderView();
    await screen.findByRole('list', { name: 'Dagsorden' });
    const toggles = () => within(screen.getByRole('list', { name: 'Dagsorden' })).getAllByRole('button', { expanded: true });
    await user.click(screen.getByRole('button', { name: 'Udvid alle' }));
    // Punkt 4 is closed and unreadable: nothing to open.
    expect(toggles().map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Punkt 1/),
      expect.stringMatching(/^Punkt 2/),
      expect.stringMatching(/^Punkt 3/),
      expect.stringMatching(/^Punkt 5/),
    ]);
    await user.click(screen.getByRole('button', { name: 'Skjul alle' }));
    expect(within(screen.getByRole('list', { name: 'Dagsorden' })).queryAllByRole('button', { expanded: true })).toEqual([]);
  });

  it('links Bilag that are https addresses (new tab, noopener) and leaves http and other schemes as text', async () => {
    const user = userEvent.setup();
    const meeting = sampleMeeting();
    meeting.items[1] = {
      ...meeting.items[1]!,
      attachments: ['https://example.org/budget.pdf', 'http://example.org/plain.pdf', 'javascript:alert(1)'],
    };
    renderView(BEFORE_MEETING, sampleAgenda(meeting));
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    await user.click(within(two).getByRole('button', { name: /Status på budget 2025/ }));
    const bilag = within(two).getByRole('region', { name: 'Bilag' });
    const links = within(bilag).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/budget.pdf']);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
    expect(within(bilag).getByText('http://example.org/plain.pdf').closest('a')).toBeNull();
    expect(within(bilag).getByText('javascript:alert(1)').closest('a')).toBeNull();
  });

  it('opens a Bilag attached from the library in one tap: the link is named by the file, not its address', async () => {
    const user = userEvent.setup();
    const meeting = sampleMeeting();
    const url = 'https://kommune.sharepoint.com/sites/cf/Delte%20dokumenter/Bilag/2024/2024-03-13/Budget.pdf';
    meeting.items[1] = { ...meeting.items[1]!, attachments: [`Bilag 1 - Budget.pdf <${url}>`, 'Notat <javascript:alert(1)>'] };
    renderView(BEFORE_MEETING, sampleAgenda(meeting));
    const two = await screen.findByRole('listitem', { name: /^Punkt 2:/ });
    await user.click(within(two).getByRole('button', { name: /Status på budget 2025/ }));
    const bilag = within(two).getByRole('region', { name: 'Bilag' });
    expect(within(bilag).getByRole('link', { name: 'Bilag 1 - Budget.pdf' })).toHaveAttribute('href', url);
    expect(within(bilag).getAllByRole('link')).toHaveLength(1);
    expect(within(bilag).getByText('Notat <javascript:alert(1)>').closest('a')).toBeNull();
  });

  it('during the meeting pins a "Nu" strip with the current punkt and opens scrolled to it', async () => {
    const user = userEvent.setup();
    renderView(DURING_PUNKT_3);
    const now = await screen.findByRole('region', { name: 'Nu' });
    expect(now).toHaveTextContent('Punkt 3');
    expect(now).toHaveTextContent('Lederdøgn 2024');
    expect(now).toHaveTextContent('20 min. tilbage · Forventet slut');
    expect(scrolled).toEqual([expect.stringMatching(/^Punkt 3:/)]);

    // A search that hides the current punkt is cleared by the jump, which lands on the punkt.
    await user.type(screen.getByRole('searchbox', { name: 'Søg i dagsordenen' }), 'budget');
    expect(shownNumbers()).toEqual([2]);
    await user.click(within(now).getByRole('button', { name: 'Gå til punktet' }));
    await vi.waitFor(() => expect(scrolled).toHaveLength(2));
    expect(shownNumbers()).toEqual([1, 2, 3, 4, 5]);
    expect(scrolled[1]).toMatch(/^Punkt 3:/);
    expect(document.activeElement).toHaveTextContent(/^Punkt 3/);
  });

  it('shows no "Nu" strip and does not scroll before the meeting', async () => {
    renderView(BEFORE_MEETING);
    await screen.findByRole('list', { name: 'Dagsorden' });
    expect(screen.queryByRole('region', { name: 'Nu' })).toBeNull();
    expect(scrolled).toEqual([]);
  });
});
