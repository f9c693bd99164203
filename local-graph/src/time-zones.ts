/**
 * Time zone names as Graph clients send them: Outlook sends Windows zone names
 * (https://learn.microsoft.com/graph/api/resources/datetimetimezone), others IANA names.
 */
import { IANAZone } from 'luxon';
import { ServiceError } from './errors';

// The Windows zones a Danish tenant uses, mapped to IANA.
const WINDOWS_ZONES: Record<string, string> = {
  'Romance Standard Time': 'Europe/Copenhagen',
  'W. Europe Standard Time': 'Europe/Berlin',
  'GMT Standard Time': 'Europe/London',
  UTC: 'UTC',
};

/** The IANA zone for a Windows or IANA zone name. */
export const zoneOf = (name: string): string => WINDOWS_ZONES[name] ?? name;

/**
 * The IANA zone for a zone name a request gives, or Exchange's 400 TimeZoneNotSupportedException
 * ("A valid TimeZone value must be specified. The following TimeZone value is not supported: 'X'.",
 * as Graph answers an event whose time zone it does not know:
 * https://github.com/microsoftgraph/microsoft-graph-docs/issues/4758; supported names:
 * https://learn.microsoft.com/graph/api/resources/datetimetimezone). Known means a Windows name
 * above or an IANA name the runtime knows.
 */
export function requireZone(name: string): string {
  const zone = zoneOf(name);
  if (!IANAZone.isValidZone(zone)) {
    throw new ServiceError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
    );
  }
  return zone;
}
