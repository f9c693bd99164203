/**
 * "Send til deltagerne" in Outlook: `Office.context.mailbox.displayNewMessageForm` opens Outlook's
 * own new-message form, filled in, and the user sends it; no mail permission is needed. Mailbox 1.6,
 * read mode only (the form is not offered while an invite is being composed); the subject is cut at
 * 255 characters and the HTML body may be at most 32 KB, as documented:
 * https://learn.microsoft.com/javascript/api/outlook/office.mailbox#outlook-office-mailbox-displaynewmessageform-member(1),
 * https://learn.microsoft.com/javascript/api/outlook/office.messageform
 */
import type { MessageDraft } from '../domain/host-port';

/** The part of the mailbox this needs (absent before Mailbox 1.6). */
export interface NewMessageMailbox {
  displayNewMessageForm?(parameters: { toRecipients: string[]; subject: string; htmlBody: string }): void;
}

const MAX_SUBJECT = 255;
const MAX_BODY_BYTES = 32 * 1024;

/** The compose function for a mailbox that has the form, else undefined (the app then offers mailto:). */
export function newMessageForm(mailbox: NewMessageMailbox): ((message: MessageDraft) => Promise<void>) | undefined {
  const display = mailbox.displayNewMessageForm;
  if (typeof display !== 'function') return undefined;
  return async (message) => {
    if (new TextEncoder().encode(message.htmlBody).length > MAX_BODY_BYTES) {
      throw new Error('The message body is larger than the 32 KB Outlook accepts.');
    }
    display.call(mailbox, { toRecipients: message.to, subject: message.subject.slice(0, MAX_SUBJECT), htmlBody: message.htmlBody });
  };
}
