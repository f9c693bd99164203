/**
 * `GET /chats/{id}`: the meeting chat Teams creates with an online meeting
 * (https://learn.microsoft.com/graph/api/chat-get). `onlineMeetingInfo.calendarEventId` is the
 * ORGANIZER's copy of the event (https://learn.microsoft.com/graph/api/resources/teamworkonlinemeetinginfo),
 * so it is no use to an attendee's `/me/events/{id}`; it may be absent (seen for meetings created
 * in Outlook). One chat serves every occurrence of a recurring meeting.
 * Only members may read a chat: anyone else gets 403.
 */
import { ServiceError } from './errors';
import { joinUrlOf } from './event-model';
import type { Route, ServiceContext, ServiceRequest, ServiceResponse } from './router';

/** A meeting chat as stored. */
export interface ChatDoc {
  id: string;
  topic: string;
  /** The organizer's copy of the event, or null when Teams reports none (Outlook-created meetings). */
  eventId: string | null;
  created: string;
  organizer: { id: string; displayName: string };
  /** Member user ids; absent in stores written before membership (then everyone may read). */
  members?: string[];
}

/**
 * "Get chat" documents no OData query parameters (https://learn.microsoft.com/graph/api/chat-get,
 * "This operation does not currently support OData query parameters to customize the
 * response"). Our conservative reading: a strict service refuses them with 400, so the app
 * never relies on one that Graph may ignore or refuse.
 */
function refuseQueryOptions(request: ServiceRequest): void {
  const option = [...request.query.keys()].find((k) => k.startsWith('$'));
  if (option) throw new ServiceError(400, 'BadRequest', `The query parameter '${option}' is not supported on this request.`);
}

function getChat(request: ServiceRequest, params: Record<string, string>, context: ServiceContext): ServiceResponse {
  refuseQueryOptions(request);
  const chat = context.store.get<ChatDoc>('chat', params.id as string);
  if (!chat) throw new ServiceError(404, 'NotFound', `The chat '${params.id}' was not found.`);
  if (chat.members && !chat.members.includes(request.caller.id)) throw new ServiceError(403, 'Forbidden', 'Forbidden');
  const info: Record<string, unknown> = {
    joinWebUrl: joinUrlOf(chat.id),
    organizer: { id: chat.organizer.id, displayName: chat.organizer.displayName, userIdentityType: 'aadUser' },
  };
  if (chat.eventId) info.calendarEventId = chat.eventId;
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
      onlineMeetingInfo: info,
    },
  };
}

/** The chat routes. */
export const chatRoutes: Route[] = [{ method: 'GET', pattern: '/chats/:id', handler: getChat }];
