import { describe, expect, it } from 'vitest';
import { placeOfThread, threadIdOfJoinUrl } from './demo-data';
import { handleRequest, legacyContext, responseTo, type HostState } from './protocol';

const ORIGIN = 'http://localhost:5173';
const state = (overrides: Partial<HostState> = {}): HostState => ({
  frameContext: 'sidePanel',
  theme: 'default',
  user: { id: 'user-notetaker', displayName: 'Referent Demo', userPrincipalName: 'referent@punkt-demo.local' },
  place: { kind: 'chat', chatId: '19:meeting_abc@thread.v2' },
  config: undefined,
  ...overrides,
});
const request = (func: string, ...args: unknown[]) => ({ id: 7, uuidAsString: 'u-7', func, args });

describe('the local Teams host protocol', () => {
  it('reads the thread from a Teams join URL and tells a channel meeting from a meeting chat', () => {
    const chat = '19:meeting_abc@thread.v2';
    expect(threadIdOfJoinUrl(`https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chat)}/0?context=%7b%7d`)).toBe(chat);
    expect(threadIdOfJoinUrl('https://example.com/other')).toBeNull();
    expect(placeOfThread(chat, 'Chefforum')).toEqual({ kind: 'chat', chatId: chat });
    expect(placeOfThread('19:team-channel@thread.tacv2', 'Chefforum').kind).toBe('channel');
  });

  it('gives a channel meeting a channel and no chat id in the context', () => {
    const place = placeOfThread('19:team-channel@thread.tacv2', 'Chefforum – temamøde');
    const context = legacyContext(state({ place }));
    expect(context).toMatchObject({ channelId: '19:team-channel@thread.tacv2', channelName: 'Chefforum – temamøde' });
    expect(context.chatId).toBeUndefined();
    expect(legacyContext(state({ place: { kind: 'none' } }))).not.toHaveProperty('meetingId');
  });

  it('answers with the request id and uuid, and answers what it does not know with NOT_SUPPORTED_ON_PLATFORM', () => {
    const handled = handleRequest(request('meeting.getMeetingDetails'), state(), ORIGIN);
    expect(handled.answer).toEqual([expect.objectContaining({ errorCode: 501 })]);
    expect(responseTo(request('x'), ['a'])).toEqual({ id: 7, uuidAsString: 'u-7', args: ['a'] });
  });

  it('takes validity only from a configuration page and a contentUrl only on the app origin', () => {
    expect(handleRequest(request('settings.setValidityState', true), state(), ORIGIN).effect).toBeNull();
    expect(handleRequest(request('settings.setValidityState', true), state({ frameContext: 'settings' }), ORIGIN).effect).toEqual({
      kind: 'validity',
      valid: true,
    });
    const foreign = handleRequest(request('settings.setSettings', { contentUrl: 'https://evil.example/' }), state(), ORIGIN);
    expect(foreign).toEqual({ answer: [false, `contentUrl er ikke på ${ORIGIN}`], effect: null });
    const own = handleRequest(request('settings.setSettings', { contentUrl: `${ORIGIN}/` }), state(), ORIGIN);
    expect(own.answer).toEqual([true]);
  });
});
