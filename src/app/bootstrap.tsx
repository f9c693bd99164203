/**
 * The composition root's last step, shared by every entry point: given a host and the services,
 * render the app. Nothing renders before the host is known.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AccountSession } from '../auth/account-session';
import { App } from './App';
import type { AddressOptions } from './address';
import type { AppServices } from '../ui/services';

/** Renders the app into `element` and returns a function that unmounts it. */
export function bootstrap(
  element: HTMLElement,
  services: AppServices,
  config: Pick<AddressOptions, 'role' | 'language'> & { roleByAccess?: boolean },
  account?: AccountSession,
): () => void {
  document.documentElement.lang = config.language;
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App services={services} config={config} account={account} />
    </StrictMode>,
  );
  return () => root.unmount();
}
