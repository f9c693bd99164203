/**
 * "Udsatte punkter fra sidste møde" (issue #14, Carry-over): the punkter the forum postponed at its
 * previous meeting, each with "Tilføj", which adds it to this agenda with its texts and its Historik
 * gaining the postponement (src/domain/referat/carry-over.ts). Shows nothing while looking, when there
 * is nothing to carry over, or when the previous meeting cannot be read (the agenda works without it).
 */
import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingRef } from '../../../domain/ports';
import { carriedOver, postponedPunkter } from '../../../domain/referat/carry-over';
import { formatDate } from '../../../ui/format';
import { useLanguage, useText } from '../../../ui/i18n';
import { carryOverMessages } from '../carry-over-messages';
import { toDraftItem, type DraftItem } from '../draft';
import { usePreviousAgenda } from '../hooks/usePreviousAgenda';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between', minWidth: 0 },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
});

export interface CarryOverProps {
  meetingRef: MeetingRef;
  /** This agenda's forum: the previous meeting is the same forum's. */
  forum: string;
  /** Adds the punkt (a new draft item) to the agenda. */
  onAdd(item: DraftItem): void;
}

export function CarryOver({ meetingRef, forum, onAdd }: CarryOverProps) {
  const t = useText(carryOverMessages);
  const language = useLanguage();
  const styles = useStyles();
  const state = usePreviousAgenda(meetingRef, forum);
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  if (state.status !== 'ready' || state.previous === null) return null;
  const previous = state.previous;
  const punkter = postponedPunkter(previous);
  if (punkter.length === 0) return null;

  return (
    <section className={styles.box} aria-label={t.title}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Text>{t.from(previous.forum, formatDate(previous.date, language))}</Text>
      <ul className={styles.list}>
        {punkter.map((item) => (
          <li key={item.number} className={styles.row}>
            <Text className={styles.name}>{t.punkt(item.number, item.title)}</Text>
            <Button
              aria-label={added.has(item.number) ? t.added : t.addLabel(item.title)}
              disabled={added.has(item.number)}
              onClick={() => {
                setAdded((s) => new Set([...s, item.number]));
                onAdd(toDraftItem(carriedOver(item, previous)));
              }}
            >
              {added.has(item.number) ? t.added : t.add}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
