/** The decision status of a punkt as a Fluent badge: Godkendt, Taget til efterretning, Drøftet, Udsat. */
import { Badge } from '@fluentui/react-components';
import type { AgendaItem } from '../domain/meeting';
import { withoutBidiControls } from '../domain/bidi';
import { formatDate } from './format';
import { useLanguage, useText } from './i18n';
import { uiMessages } from './messages';

const colour = { approved: 'success', noted: 'informative', discussed: 'brand', postponed: 'warning' } as const;

/** Nothing for status 'none'; "Udsat til <dato>" when the target meeting is known. */
export function StatusBadge({ status, postponedTo }: Pick<AgendaItem, 'status' | 'postponedTo'>) {
  const t = useText(uiMessages);
  const language = useLanguage();
  if (status === 'none') return null;
  const text =
    status === 'postponed' && postponedTo ? t.postponedTo(formatDate(withoutBidiControls(postponedTo), language)) : t.status[status];
  return (
    <Badge appearance="tint" color={colour[status]} shape="rounded">
      {text}
    </Badge>
  );
}
