/**
 * What the app shows, before anything else, when tenant mode lacks configuration: one Fluent
 * MessageBar naming every missing or invalid variable (ConfigError's problems), in the UI language.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageProvider, useLanguage, useText, type Language } from '../ui/i18n';
import type { ConfigError } from './config/load-config';
import { tenantMessages } from './messages/tenant';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  bar: { whiteSpace: 'normal' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  variable: { fontFamily: tokens.fontFamilyMonospace },
});

/** The configuration error as a MessageBar: title, what to do, one line per variable. */
export function ConfigErrorView({ error }: { error: ConfigError }) {
  const t = useText(tenantMessages);
  const language = useLanguage();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t.configTitle}</MessageBarTitle>
        {t.configHelp}
        <ul className={styles.list} aria-label={t.configTitle}>
          {error.problems.map((problem) => (
            <li key={problem.variable}>
              <code className={styles.variable}>{problem.variable}</code>: {problem.kind === 'missing' ? t.configMissing : t.configInvalid}{' '}
              ({problem.expected[language]})
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Renders only the configuration error into `element` (no host, no data: nothing else can work). */
export function renderConfigError(element: HTMLElement, error: ConfigError, language: Language): void {
  document.documentElement.lang = language;
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang={language}>
        <LanguageProvider language={language}>
          <ConfigErrorPage error={error} />
        </LanguageProvider>
      </FluentProvider>
    </StrictMode>,
  );
}

function ConfigErrorPage({ error }: { error: ConfigError }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <ConfigErrorView error={error} />
    </main>
  );
}
