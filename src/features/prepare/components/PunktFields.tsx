/**
 * The fields of one punkt. Every input sits in a Fluent Field, which labels it and ties the
 * Danish problem text to it (aria-invalid, aria-describedby), so a screen reader hears both.
 * Fields holding text from the lists take their direction from it (dir="auto", untrusted text).
 */
import { Checkbox, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type Ref } from 'react';
import { useText } from '../../../ui/i18n';
import type { DraftItem, Timing } from '../draft';
import { prepareMessages } from '../messages';
import { SINGLE_LINE_LIMITS, type ItemField, type ItemProblems } from '../validate';
import { BilagField } from './BilagField';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  pair: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  short: { flex: '1 1 8rem', minWidth: 0 },
  // Alone in the column a flex basis would set the height, so a lone short field gets a width instead.
  single: { maxWidth: '12rem' },
});

export interface PunktFieldsProps {
  item: DraftItem;
  /** The punkt's number, named in a too long text's message. */
  number: number;
  problems: ItemProblems;
  /** Show every problem; otherwise only those of fields the user has left. */
  showAll: boolean;
  onChange: (patch: Partial<DraftItem>) => void;
  /** Focused when the punkt was just added. */
  titleRef?: Ref<HTMLInputElement>;
}

/** The editable fields of one punkt. */
export function PunktFields({ item, number, problems, showAll, onChange, titleRef }: PunktFieldsProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  // A half-typed case number is not an error yet: a field is judged once it is left.
  const [touched, setTouched] = useState<ReadonlySet<ItemField>>(new Set());
  const touch = (field: ItemField) => () => setTouched((s) => (s.has(field) ? s : new Set([...s, field])));
  const problem = (field: ItemField) => {
    const p = showAll || touched.has(field) ? problems[field] : undefined;
    if (!p) return {};
    const message = p === 'tooLong' ? t.tooLong(t.fieldTitle, SINGLE_LINE_LIMITS.title, item.title.trim().length, number) : t.problems[p];
    return { validationMessage: message, validationState: 'error' as const };
  };
  return (
    <div className={styles.fields}>
      <Field label={t.fieldTitle} required={!item.closed} {...problem('title')}>
        <Input ref={titleRef} dir="auto" value={item.title} onBlur={touch('title')} onChange={(_, d) => onChange({ title: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field className={styles.short} label={t.prefix} {...problem('prefix')}>
          <Input
            dir="auto"
            value={item.prefix}
            onBlur={touch('prefix')}
            disabled={item.closed}
            onChange={(_, d) => onChange({ prefix: d.value })}
          />
        </Field>
        <Field className={styles.short} label={t.caseNumber} hint={t.caseNumberHint} required {...problem('caseNumber')}>
          <Input dir="auto" value={item.caseNumber} onBlur={touch('caseNumber')} onChange={(_, d) => onChange({ caseNumber: d.value })} />
        </Field>
      </div>
      <Field hint={t.closedHint}>
        <Checkbox label={t.closed} checked={item.closed} onChange={(_, d) => onChange({ closed: d.checked === true })} />
      </Field>
      <Field label={t.timing}>
        <RadioGroup value={item.timing} onChange={(_, d) => onChange({ timing: d.value as Timing })}>
          <Radio value="duration" label={t.timingDuration} />
          <Radio value="slot" label={t.timingSlot} />
          <Radio value="none" label={t.timingNone} />
        </RadioGroup>
      </Field>
      {item.timing === 'duration' && (
        <Field className={styles.single} label={t.duration} {...problem('duration')}>
          <Input
            inputMode="numeric"
            value={item.duration}
            onBlur={touch('duration')}
            onChange={(_, d) => onChange({ duration: d.value })}
          />
        </Field>
      )}
      {item.timing === 'slot' && (
        <div className={styles.pair}>
          <Field className={styles.short} label={t.slotStart} {...problem('slotStart')}>
            <Input value={item.slotStart} onBlur={touch('slotStart')} onChange={(_, d) => onChange({ slotStart: d.value })} />
          </Field>
          <Field className={styles.short} label={t.slotEnd} {...problem('slotEnd')}>
            <Input value={item.slotEnd} onBlur={touch('slotEnd')} onChange={(_, d) => onChange({ slotEnd: d.value })} />
          </Field>
        </div>
      )}
      <Field label={t.anledning}>
        <Textarea resize="vertical" dir="auto" value={item.anledning} onChange={(_, d) => onChange({ anledning: d.value })} />
      </Field>
      <Field label={t.sagsfremstilling}>
        <Textarea
          resize="vertical"
          rows={5}
          dir="auto"
          value={item.sagsfremstilling}
          onChange={(_, d) => onChange({ sagsfremstilling: d.value })}
        />
      </Field>
      <Field label={t.recommender}>
        <Input dir="auto" value={item.recommender} onChange={(_, d) => onChange({ recommender: d.value, recommendationEdited: true })} />
      </Field>
      <Field label={t.points}>
        <Textarea
          resize="vertical"
          dir="auto"
          value={item.points}
          onChange={(_, d) => onChange({ points: d.value, recommendationEdited: true })}
        />
      </Field>
      <BilagField value={item.attachments} number={number} closed={item.closed} onChange={(attachments) => onChange({ attachments })} />
    </div>
  );
}
