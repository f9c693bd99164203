/**
 * A fake Outlook around the task pane: before the page loads, `Office` describes an appointment
 * (attendee read mode) whose item id converts to a given Graph event id, and office.js itself is
 * replaced by an empty script so it cannot overwrite the fake. The page can later switch the item
 * and fire ItemChanged, as a pinned task pane sees when the user opens another invite.
 */
import type { Page } from 'playwright-core';

/** EWS ids use '/' and '+' where REST ids use '-' and '_' (the conversion convertToRestId does). */
export function toEwsId(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}

export interface FakeOutlookOptions {
  /** The Graph (REST) id of the open appointment's event. */
  eventId: string;
  /** Office's body background colour: '#ffffff' light, '#1f1f1f' dark. */
  bodyBackgroundColor?: string;
}

/** What the page exposes for the test to drive and inspect. */
export interface FakeOutlookState {
  conversions: Array<{ itemId: string; restVersion: unknown }>;
  handlers: Record<string, Array<() => void>>;
}

/** Installs the fake; call before `page.goto`. */
export async function installFakeOutlook(page: Page, options: FakeOutlookOptions): Promise<void> {
  await page.route('**/office.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '/* office.js replaced by the test: Office is faked before load */' }),
  );
  await page.addInitScript(
    ({ itemId, background }) => {
      const state = {
        conversions: [] as Array<{ itemId: string; restVersion: unknown }>,
        handlers: {} as Record<string, Array<() => void>>,
      };
      const mailbox = {
        item: { itemId, itemType: 'appointment' },
        userProfile: { displayName: 'Leder Demo', emailAddress: 'leder@example.org' },
        convertToRestId(id: string, restVersion: unknown) {
          state.conversions.push({ itemId: id, restVersion });
          return id.replace(/\//g, '-').replace(/\+/g, '_');
        },
        addHandlerAsync(type: string, handler: () => void, callback?: (result: { status: string; value: undefined }) => void) {
          (state.handlers[type] ??= []).push(handler);
          callback?.({ status: 'succeeded', value: undefined });
        },
      };
      const office = {
        context: { mailbox, officeTheme: { bodyBackgroundColor: background } },
        EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
        MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
        HostType: { Outlook: 'Outlook' },
        onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
      };
      const w = window as unknown as { Office: unknown; __fakeOutlook: FakeOutlookState & { open(itemId: string): void } };
      w.Office = office;
      // Outlook opens its task pane with host info, which office.js keeps in sessionStorage: how the page knows it is in Office.
      sessionStorage.setItem('hostInfoValue', 'Outlook|Web|16.01|da-DK|||');
      w.__fakeOutlook = {
        ...state,
        // Opens another item in the pinned pane: Outlook swaps mailbox.item, then fires ItemChanged.
        open(next: string) {
          mailbox.item = { itemId: next, itemType: 'appointment' };
          for (const handler of state.handlers.olkItemSelectedChanged ?? []) handler();
        },
      };
    },
    { itemId: toEwsId(options.eventId), background: options.bodyBackgroundColor ?? '#ffffff' },
  );
}

/** The fake's record of convertToRestId calls and how many handlers each event type has. */
export function fakeOutlookState(
  page: Page,
): Promise<{ conversions: FakeOutlookState['conversions']; handlerCounts: Record<string, number> }> {
  return page.evaluate(() => {
    const s = (window as unknown as { __fakeOutlook: FakeOutlookState }).__fakeOutlook;
    return {
      conversions: s.conversions,
      handlerCounts: Object.fromEntries(Object.entries(s.handlers).map(([type, list]) => [type, list.length])),
    };
  });
}

/** Opens another appointment in the pinned pane (fires ItemChanged). */
export function openOutlookItem(page: Page, eventId: string): Promise<void> {
  return page.evaluate(
    (id) => (window as unknown as { __fakeOutlook: { open(id: string): void } }).__fakeOutlook.open(id),
    toEwsId(eventId),
  );
}
