import { describe, expect, it, vi } from 'vitest';
import { newMessageForm } from './outlook-new-message';

describe("Outlook's new-message form", () => {
  it('opens displayNewMessageForm with recipients, subject and HTML body', async () => {
    const displayNewMessageForm = vi.fn();
    await newMessageForm({ displayNewMessageForm })!({ to: ['a@x.dk'], subject: 'Referat', htmlBody: '<p>x</p>' });
    expect(displayNewMessageForm).toHaveBeenCalledWith({ toRecipients: ['a@x.dk'], subject: 'Referat', htmlBody: '<p>x</p>' });
  });

  it('is not offered before Mailbox 1.6 (no displayNewMessageForm)', () => {
    expect(newMessageForm({})).toBeUndefined();
  });

  it('cuts the subject at 255 characters and refuses a body over 32 KB (the documented limits)', async () => {
    const displayNewMessageForm = vi.fn();
    const compose = newMessageForm({ displayNewMessageForm })!;
    await compose({ to: [], subject: 'x'.repeat(300), htmlBody: '' });
    expect((displayNewMessageForm.mock.calls[0]![0] as { subject: string }).subject).toHaveLength(255);
    await expect(compose({ to: [], subject: 's', htmlBody: 'æ'.repeat(17 * 1024) })).rejects.toThrow(/32 KB/);
  });
});
