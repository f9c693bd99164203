/**
 * `GET /chats/{id}`: the meeting chat Teams creates with an online meeting, with
 * `onlineMeetingInfo.calendarEventId` pointing back at the Outlook event (how a Teams tab finds
 * its meeting). Doc: "Get chat".
 */
import { ServiceError } from './errors';
import { joinUrlOf } from './event-model';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';

/** A meeting chat as stored. */
export interface ChatDoc {
  id: string;
  topic: string;
  eventId: string;
  created: string;
  organizer: { id: string; displayName: string };
}

function getChat(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  const chat = context.store.get<ChatDoc>('chat', params.id as string);
  if (!chat) throw new ServiceError(404, 'NotFound', `The chat '${params.id}' was not found.`);
  return {
    status: 200,
    body: {
      '@odata.context': `${request.baseUrl}/$metadata#chats/$entity`,
      id: chat.id,
      topic: chat.topic,
      createdDateTime: chat.created,
      lastUpdatedDateTime: chat.created,
      chatType: 'meeting',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=punkt-demo`,
      tenantId: 'punkt-demo',
      onlineMeetingInfo: {
        calendarEventId: chat.eventId,
        joinWebUrl: joinUrlOf(chat.id),
        organizer: { id: chat.organizer.id, displayName: chat.organizer.displayName, userIdentityType: 'aadUser' },
      },
    },
  };
}

/** The chat routes. */
export const chatRoutes: Route[] = [{ method: 'GET', pattern: '/chats/:id', handler: getChat }];
