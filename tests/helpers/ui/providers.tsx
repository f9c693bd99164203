/**
 * The providers a component under test needs, as the app gives them: the language (Danish unless
 * the test asks for English), Fluent's light theme, and, for components that use them, the services.
 * For Testing Library's `wrapper` option: `render(<X />, { wrapper: providers({ services }) })`.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LanguageProvider, type Language } from '../../../src/ui/i18n';
import { ServicesProvider, type AppServices } from '../../../src/ui/services';

export interface ProviderOptions {
  language?: Language;
  services?: AppServices;
}

/** A wrapper component that renders its children inside the language, theme and (given) services. */
export function providers({ language = 'da', services }: ProviderOptions = {}) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <LanguageProvider language={language}>
        <FluentProvider theme={webLightTheme}>
          {services ? <ServicesProvider services={services}>{children}</ServicesProvider> : children}
        </FluentProvider>
      </LanguageProvider>
    );
  };
}
