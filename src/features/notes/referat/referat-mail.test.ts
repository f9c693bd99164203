import { describe, expect, it } from 'vitest';
import { mailHtml, mailtoUrl, recipientsOf } from './referat-mail';

const mail = { subject: 'Referat af Chefforum 2026-11-30', intro: 'Referatet kan læses her:', link: 'https://x.test/a b?x=1&y=<2>' };

describe('the referat mail', () => {
  it('escapes the link in the HTML body (the link comes from the service)', () => {
    expect(mailHtml(mail)).toBe(
      '<p>Referatet kan læses her:</p><p><a href="https://x.test/a b?x=1&amp;y=&lt;2&gt;">https://x.test/a b?x=1&amp;y=&lt;2&gt;</a></p>',
    );
  });

  it('percent-encodes subject and body of the mailto: link, with CRLF line breaks (RFC 6068)', () => {
    expect(mailtoUrl(mail)).toBe(
      'mailto:?subject=Referat%20af%20Chefforum%202026-11-30&body=Referatet%20kan%20l%C3%A6ses%20her%3A%0D%0Ahttps%3A%2F%2Fx.test%2Fa%20b%3Fx%3D1%26y%3D%3C2%3E',
    );
  });

  it('addresses the mailto: link to the participants, comma-separated and encoded (RFC 6068)', () => {
    expect(mailtoUrl(mail, ['leder@albertslund.dk', 'a&b?c@albertslund.dk'])).toMatch(
      /^mailto:leder@albertslund\.dk,a%26b%3Fc@albertslund\.dk\?subject=Referat%20af/,
    );
  });

  it('sends to the organizer and the attendees, each once, and to nobody without the event', () => {
    const event = { organizerEmail: 'Formand@albertslund.dk', attendees: ['leder@albertslund.dk', 'formand@albertslund.dk', ' '] };
    expect(recipientsOf(event)).toEqual(['Formand@albertslund.dk', 'leder@albertslund.dk']);
    expect(recipientsOf(null)).toEqual([]);
    expect(recipientsOf({ organizerEmail: null })).toEqual([]);
  });
});
