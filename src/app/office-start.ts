/**
 * office.js's answer to "which host?", without waiting for it where no Office host opened the page.
 * Office.onReady answers only after office.js has fetched its follow-up files, outside Office too
 * (issue #13: at +100 ms per request that held the first Graph request back by hundreds of ms).
 * Outside Office its answer is always "no host", and officeHostHinted reads the same clues office.js
 * reads to find its host, so the plain browser and Teams start their Graph work at once.
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 */
import { officeHostHinted, whenOfficeReady, type OfficeReadyInfo, type OfficeWaitOptions } from '../hosts/office-async';

/** Office.onReady's host where the page may be in Office; `{ host: null }` at once elsewhere. */
export function officeHost(
  office: { onReady(): Promise<{ host: unknown; platform: unknown }> } | undefined,
  options: OfficeWaitOptions = {},
): Promise<OfficeReadyInfo> {
  const insideOffice = options.insideOffice ?? officeHostHinted;
  if (!office || !insideOffice()) return Promise.resolve({ host: null, platform: null });
  return whenOfficeReady(office, 3000, { ...options, insideOffice });
}
