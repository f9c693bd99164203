/**
 * Time zone names as Graph clients send them: Outlook sends Windows zone names
 * (https://learn.microsoft.com/graph/api/resources/datetimetimezone), others IANA names.
 */

// The Windows zones a Danish tenant uses, mapped to IANA.
const WINDOWS_ZONES: Record<string, string> = {
  'Romance Standard Time': 'Europe/Copenhagen',
  'W. Europe Standard Time': 'Europe/Berlin',
  'GMT Standard Time': 'Europe/London',
  UTC: 'UTC',
};

/** The IANA zone for a Windows or IANA zone name. */
export const zoneOf = (name: string): string => WINDOWS_ZONES[name] ?? name;
