/**
 * office.js's answer to "which host?", without waiting for it where no Office host opened the page.
 * Office.onReady answers only after office.js has fetched its follow-up files, outside Office too
 * (issue #13: at +100 ms per request that held the first Graph request back by hundreds of ms).
 * Outside Office its answer is always "no host", and officeHostHinted reads the same clues office.js
 * reads to find its host, so the plain browser and Teams start their Graph work at once.
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in
 */
import { officeHostHinted, whenOfficeReady, type OfficeReadyInfo, type OfficeWaitOptions } from '../hosts/office-async';

/** What officeHost waits for: office.js's `Office` once the script has run (officeScriptRan). */
type OfficeReadiness = { onReady(): Promise<{ host: unknown; platform: unknown }> };

/**
 * Office.onReady's host where the page may be in Office; `{ host: null }` at once elsewhere, without
 * waiting for office.js to load or run. Inside Office it waits for `loadOffice` (the entry can run
 * before office.js has) and then for Office.onReady.
 */
export async function officeHost(
  loadOffice: () => Promise<OfficeReadiness | undefined>,
  options: OfficeWaitOptions = {},
): Promise<OfficeReadyInfo> {
  const insideOffice = options.insideOffice ?? officeHostHinted;
  if (!insideOffice()) return { host: null, platform: null };
  return whenOfficeReady(await loadOffice(), 3000, { ...options, insideOffice });
}
