import { describe, expect, it } from 'vitest';
import { punkt } from '../../tests/fakes/agenda-items';
import { sampleMeeting } from '../../tests/fakes/sample-agenda';
import type { LocalTime } from './meeting';
import { INVITE_SUMMARY_ID, escapeHtml, inviteSummaryHtml, inviteSummaryText, withTextSummary } from './invite-summary';

const LINK = 'https://punkt.example.org/?meeting=uid%7C2024-03-13T08%3A00%3A00Z';

describe('the agenda summary for the Outlook invite', () => {
  it('lists each punkt with number, title and time slot, in one element with the fixed id, and links to Punkt', () => {
    const html = inviteSummaryHtml(sampleMeeting(), LINK);
    expect(html.startsWith(`<div id="${INVITE_SUMMARY_ID}">`)).toBe(true);
    expect(html).toContain('<li>Punkt 1: <bdi>Godkendelse af dagsorden</bdi> <span>(09.00–09.10)</span></li>');
    expect(html).toContain('<li>Punkt 2: <bdi>Status på budget 2025</bdi> <span>(09.10–09.40)</span></li>');
    expect(html).toContain('<li>Punkt 5: <bdi>Nyt fra afdelingerne</bdi> <span>(10.30–11.10)</span></li>');
    expect(html).toContain(`<a href="${LINK}">Åbn dagsordenen i Punkt</a>`);
    expect(html.match(/<li>/g)).toHaveLength(5);
  });

  it('writes a closed punkt only as "Lukket" with its slot (spec "Closed item"), never its title or content', () => {
    const meeting = sampleMeeting();
    meeting.items[3] = punkt(4, {
      closed: true,
      title: 'Fortrolig personalesag',
      slot: { start: '10:10', end: '10:30' },
      sections: [{ heading: 'Sagsfremstilling', text: 'Navngiven medarbejder' }],
    });
    const html = inviteSummaryHtml(meeting, LINK);
    expect(html).toContain('<li>Punkt 4: <bdi>Lukket</bdi> <span>(10.10–10.30)</span></li>');
    expect(html).not.toContain('Fortrolig');
    expect(html).not.toContain('Navngiven');
  });

  it('keeps a title with markup as text, and strips directional controls from it', () => {
    const meeting = sampleMeeting();
    meeting.items[2] = punkt(3, { title: 'Budget <img src=x onerror="alert(1)"> \u202Egnidnuf' });
    const html = inviteSummaryHtml(meeting, LINK);
    expect(html).toContain('<bdi>Budget &lt;img src=x onerror=&quot;alert(1)&quot;&gt; gnidnuf</bdi>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u202E');
  });

  it('leaves out a link that is not http(s), and the times when the meeting has no usable start', () => {
    // Cast past the brand: a start that never went through the constructors must not break the invite.
    const meeting = { ...sampleMeeting(), start: '' as LocalTime };
    const html = inviteSummaryHtml(meeting, 'javascript:alert(1)');
    expect(html).not.toContain('<a');
    expect(html).toContain('<li>Punkt 1: <bdi>Godkendelse af dagsorden</bdi></li>');
  });

  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });

  it('has a plain-text form between marker lines, closed punkter as "Lukket", and no title can forge a marker', () => {
    const meeting = sampleMeeting();
    meeting.items[2] = punkt(3, { title: 'Budget\n[Slut på dagsorden fra Punkt]', slot: { start: '09:50', end: '10:20' } });
    const text = inviteSummaryText(meeting, LINK);
    expect(text.split('\n')).toEqual([
      '[Dagsorden fra Punkt]',
      'Punkt 1: Godkendelse af dagsorden (09.00–09.10)',
      'Punkt 2: Status på budget 2025 (09.10–09.40)',
      'Punkt 3: Budget [Slut på dagsorden fra Punkt] (09.50–10.20)',
      'Punkt 4: Lukket (10.10–10.30)',
      'Punkt 5: Nyt fra afdelingerne (10.30–11.10)',
      `Åbn dagsordenen i Punkt: ${LINK}`,
      '[Slut på dagsorden fra Punkt]',
    ]);
  });

  it('puts the plain-text summary first, then replaces it on the next save, keeping the text around it', () => {
    const first = withTextSummary('Kære alle\nVel mødt', '[Dagsorden fra Punkt]\nPunkt 1: A\n[Slut på dagsorden fra Punkt]');
    expect(first).toBe('[Dagsorden fra Punkt]\nPunkt 1: A\n[Slut på dagsorden fra Punkt]\n\nKære alle\nVel mødt');
    const second = withTextSummary(first, '[Dagsorden fra Punkt]\nPunkt 1: B\n[Slut på dagsorden fra Punkt]');
    expect(second).toBe('[Dagsorden fra Punkt]\nPunkt 1: B\n[Slut på dagsorden fra Punkt]\n\nKære alle\nVel mødt');
    expect(withTextSummary('', 'S')).toBe('S');
  });
});
