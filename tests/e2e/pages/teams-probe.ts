/**
 * The probe the local Teams host's browser test frames: the real teams-js initializes, reads the
 * context, listens for theme changes and, as a configuration page, sets itself valid on request and
 * answers Save with its config. It prints what it saw for the test to read.
 */
import { app, pages } from '@microsoft/teams-js';

const show = (id: string, text: string): void => {
  const target = document.getElementById(id);
  if (target) target.textContent = text;
};

async function probe(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  show(
    'context',
    JSON.stringify({
      frameContext: context.page.frameContext,
      theme: context.app.theme,
      locale: context.app.locale,
      chatId: context.chat?.id ?? null,
      meetingId: context.meeting?.id ?? null,
      channelId: context.channel?.id ?? null,
      user: context.user,
      configSupported: pages.config.isSupported(),
    }),
  );
  app.registerOnThemeChangeHandler((theme) => {
    const item = document.createElement('li');
    item.textContent = theme;
    document.getElementById('themes')?.append(item);
  });
  if (context.page.frameContext === 'settings') {
    pages.config.registerOnSaveHandler((event) => {
      pages.config
        .setConfig({ contentUrl: `${location.origin}/?probe=saved`, websiteUrl: `${location.origin}/`, entityId: 'probe' })
        .then(() => {
          show('saves', 'saved');
          event.notifySuccess();
        })
        .catch((error: unknown) => event.notifyFailure(String(error)));
    });
    document.getElementById('valid')?.addEventListener('click', () => pages.config.setValidityState(true));
  }
  await app.notifySuccess();
}

probe().catch((error: unknown) => show('context', `error: ${String(error)}`));
