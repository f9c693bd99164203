import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from './ports';
import { chooseOccurrence, findTeamsMeeting, joinUrlThreadId, lookupWindow, sameJoinUrl } from './meeting-lookup';

// Join URLs as Graph writes them (percent-encoded thread id and context JSON).
const JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4YzE5@thread.v2/0?context=%7b%22Tid%22%3a%22t1%22%2c%22Oid%22%3a%22o1%22%7d';
const SERIES = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2VyaWVz@thread.v2/0?context=%7b%22Tid%22%3a%22t1%22%7d';
const CHANNEL = 'https://teams.microsoft.com/l/meetup-join/19%3aAbCdEf123%40thread.tacv2/1732960800000?context=%7b%22Tid%22%3a%22t1%22%7d';

const event = (id: string, iCalUId: string, start: string, end: string, joinUrl: string | null): CalendarEvent => ({
  id,
  iCalUId,
  subject: `Møde ${id}`,
  start,
  end,
  location: null,
  organizerName: 'Sekretær',
  isOrganizer: false,
  joinUrl,
});

const NOW = new Date('2026-11-30T09:30:00Z');
const chatContext = { chatId: '19:meeting_NjA4YzE5@thread.v2', channelId: null };

describe('finding the Teams meeting in the user’s own calendar', () => {
  it('finds the organizer’s event by the chat’s join URL', () => {
    const mine = { ...event('AAMk-organizer', 'uid-1', '2026-11-30T09:00:00Z', '2026-11-30T11:00:00Z', JOIN), isOrganizer: true };
    const chat = { joinWebUrl: JOIN, calendarEventId: 'AAMk-organizer' };
    expect(findTeamsMeeting({ context: chatContext, chat, events: [mine], now: NOW })).toEqual({ kind: 'found', event: mine });
  });

  it('finds an attendee’s own copy, whose event id is not the chat’s calendarEventId (the organizer’s copy)', () => {
    const other = event('AAMk-other', 'uid-2', '2026-11-30T12:00:00Z', '2026-11-30T13:00:00Z', SERIES);
    const attendeeCopy = event('AAMk-attendee', 'uid-1', '2026-11-30T09:00:00Z', '2026-11-30T11:00:00Z', JOIN);
    const chat = { joinWebUrl: JOIN, calendarEventId: 'AAMk-organizer' };
    const found = findTeamsMeeting({ context: chatContext, chat, events: [other, attendeeCopy], now: NOW });
    expect(found).toEqual({ kind: 'found', event: attendeeCopy });
  });

  it('matches a join URL written with other escapes or another query string (decoded, without the query)', () => {
    const decoded = 'https://teams.microsoft.com/l/meetup-join/19:meeting_NjA4YzE5@thread.v2/0?context={"Tid":"t1"}';
    expect(sameJoinUrl(JOIN, decoded)).toBe(true);
    expect(sameJoinUrl(JOIN.replace('%3a', '%3A'), JOIN)).toBe(true);
    expect(sameJoinUrl(JOIN, SERIES)).toBe(false);
    expect(sameJoinUrl(JOIN, null)).toBe(false);
    const copy = event('AAMk-attendee', 'uid-1', '2026-11-30T09:00:00Z', '2026-11-30T11:00:00Z', decoded);
    expect(
      findTeamsMeeting({ context: chatContext, chat: { joinWebUrl: JOIN, calendarEventId: null }, events: [copy], now: NOW }).kind,
    ).toBe('found');
  });

  describe('a weekly series shares one chat and join URL: the occurrence is chosen by time', () => {
    const occurrence = (day: string, hours: [string, string]) =>
      event(`occ-${day}-${hours[0]}`, `uid-occ-${day}-${hours[0]}`, `${day}T${hours[0]}:00Z`, `${day}T${hours[1]}:00Z`, SERIES);
    const early = occurrence('2026-11-30', ['07', '08']);
    const running = occurrence('2026-11-30', ['09', '10']);
    const later = occurrence('2026-11-30', ['14', '15']);
    const chat = { joinWebUrl: SERIES, calendarEventId: 'series-master-of-organizer' };
    const find = (events: CalendarEvent[], now = NOW) => findTeamsMeeting({ context: chatContext, chat, events, now });

    it('the one running now', () => expect(find([later, running, early])).toEqual({ kind: 'found', event: running }));
    it('else the next one today', () => expect(find([later, early])).toEqual({ kind: 'found', event: later }));
    it('else the most recent one today', () =>
      expect(find([early, running], new Date('2026-11-30T16:00:00Z'))).toEqual({ kind: 'found', event: running }));
    it('chooseOccurrence of nothing is nothing', () => expect(chooseOccurrence([], NOW)).toBeNull());
  });

  it('says the meeting is not in the calendar when no event has the chat’s join URL (never another meeting)', () => {
    const unrelated = event('AAMk-x', 'uid-x', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z', SERIES);
    const noUrl = event('AAMk-y', 'uid-y', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z', null);
    const chat = { joinWebUrl: JOIN, calendarEventId: 'AAMk-organizer' };
    expect(findTeamsMeeting({ context: chatContext, chat, events: [unrelated, noUrl], now: NOW })).toEqual({ kind: 'not-in-calendar' });
    expect(findTeamsMeeting({ context: chatContext, chat: null, events: [unrelated], now: NOW })).toEqual({ kind: 'not-in-calendar' });
  });

  it('uses calendarEventId only as the organizer’s fast path, when the event carries no join URL', () => {
    const mine = { ...event('AAMk-organizer', 'uid-1', '2026-11-30T09:00:00Z', '2026-11-30T11:00:00Z', null), isOrganizer: true };
    const chat = { joinWebUrl: JOIN, calendarEventId: 'AAMk-organizer' };
    expect(findTeamsMeeting({ context: chatContext, chat, events: [mine], now: NOW })).toEqual({ kind: 'found', event: mine });
  });

  it('finds a channel meeting (no chat id in the context) by the channel’s thread id in the join URL', () => {
    expect(joinUrlThreadId(CHANNEL)).toBe('19:abcdef123@thread.tacv2');
    const channelMeeting = event('AAMk-ch', 'uid-ch', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z', CHANNEL);
    const chatMeeting = event('AAMk-chat', 'uid-chat', '2026-11-30T09:00:00Z', '2026-11-30T10:00:00Z', JOIN);
    const context = { chatId: null, channelId: '19:AbCdEf123@thread.tacv2' };
    expect(findTeamsMeeting({ context, chat: null, events: [chatMeeting, channelMeeting], now: NOW })).toEqual({
      kind: 'found',
      event: channelMeeting,
    });
    expect(findTeamsMeeting({ context, chat: null, events: [chatMeeting], now: NOW })).toEqual({ kind: 'not-in-calendar' });
  });

  it('asks the user to choose when the context names no meeting (the personal tab)', () => {
    expect(findTeamsMeeting({ context: { chatId: null, channelId: null }, chat: null, events: [], now: NOW })).toEqual({
      kind: 'no-meeting',
    });
  });

  it('looks 12 hours either side of now, so a meeting running now and the rest of today are inside', () => {
    expect(lookupWindow(NOW)).toEqual({ from: '2026-11-29T21:30:00.000Z', to: '2026-11-30T21:30:00.000Z' });
  });
});
