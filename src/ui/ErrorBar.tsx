/** The one way an error meets the user: a Fluent MessageBar with a Danish text and a retry button. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { errorKind, requestIdOf, signInText } from './error-kind';
import { useLanguage, useText } from './i18n';
import { uiMessages } from './messages';

const useStyles = makeStyles({
  id: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
  bar: { whiteSpace: 'normal' },
});

export interface ErrorBarProps {
  error: unknown;
  /** Shows a retry button when given. */
  onRetry?: () => void;
}

/** Shows `error` as its Danish (or English) message; the Graph request id is shown small for support. */
export function ErrorBar({ error, onRetry }: ErrorBarProps) {
  const t = useText(uiMessages);
  const language = useLanguage();
  const styles = useStyles();
  const kind = errorKind(error);
  const requestId = requestIdOf(error);
  return (
    <MessageBar intent={kind === 'offline' || kind === 'busy' ? 'warning' : 'error'} layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {signInText(error, language) ?? t.errors[kind]}
        {requestId && (
          <Text size={200} className={styles.id}>
            {t.requestId(requestId)}
          </Text>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
