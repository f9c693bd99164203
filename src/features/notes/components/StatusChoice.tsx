/**
 * A punkt's status as one compact Dropdown (issue #15: five radios wrapped into three rows at
 * 280 px), and the target meeting's date when it is postponed. Fluent v9 Dropdown:
 * https://react.fluentui.dev/?path=/docs/components-dropdown--docs
 */
import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItem } from '../../../domain/meeting';
import type { DecisionWrite } from '../../../domain/ports';
import { useText } from '../../../ui/i18n';
import { notesMessages } from '../messages';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, minWidth: 0 },
  dropdown: { minWidth: '10rem', maxWidth: '100%' },
});

const STATUSES: AgendaItem['status'][] = ['none', 'approved', 'noted', 'discussed', 'postponed'];

export interface StatusChoiceProps {
  number: number;
  value: DecisionWrite;
  disabled: boolean;
  onChange(change: Partial<DecisionWrite>): void;
}

export function StatusChoice({ number, value, disabled, onChange }: StatusChoiceProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-label={t.statusFor(number)}
        placeholder={t.choosePlaceholder}
        value={value.status === 'none' ? '' : t.status[value.status]}
        selectedOptions={[value.status]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          const status = data.optionValue as AgendaItem['status'] | undefined;
          if (!status) return;
          onChange({ status, postponedTo: status === 'postponed' ? value.postponedTo : null });
        }}
      >
        {STATUSES.map((status) => (
          <Option key={status} value={status}>
            {t.status[status]}
          </Option>
        ))}
      </Dropdown>
      {value.status === 'postponed' && (
        <Field label={t.postponedToFor(number)}>
          <Input
            type="date"
            disabled={disabled}
            value={value.postponedTo ?? ''}
            onChange={(_, data) => onChange({ postponedTo: data.value || null })}
          />
        </Field>
      )}
    </div>
  );
}
