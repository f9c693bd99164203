/**
 * The punkter being prepared: a numbered list of cards, each with its place in the live schedule,
 * and the "Tilføj punkt" button. Keyboard focus follows the user's action: onto the moved punkt's
 * button after a move, into a new punkt's title after an add or insert, and onto the list's heading
 * after a delete.
 */
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons/svg/add';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meeting';
import { useText } from '../../../ui/i18n';
import { emptyItem, type Draft, type DraftItem } from '../draft';
import { changeItem, insertItem, moveByKey, moveToPosition, removeByKey } from '../draft-edits';
import { prepareMessages } from '../messages';
import { cardTiming, safeSchedule } from '../safe-schedule';
import { itemProblems } from '../validate';
import { PunktCard, type MoveFocus } from './PunktCard';
import { SortablePunkter } from './SortablePunkter';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  add: { alignSelf: 'flex-start' },
});

export interface PunktListProps {
  items: readonly DraftItem[];
  /** The form as a meeting, for each punkt's place in the schedule. */
  meeting: Meeting;
  /** False while the header's times do not validate (no schedule then). */
  usable: boolean;
  /** Keys of the punkter shown open. */
  open: ReadonlySet<string>;
  onOpenChange: (update: (open: ReadonlySet<string>) => ReadonlySet<string>) => void;
  showProblems: boolean;
  edit: (change: (draft: Draft) => Draft) => void;
  /** Keys of the punkter changed after the referat was approved. */
  changed?: ReadonlySet<string>;
  /** The agenda is being saved: no dragging until it is stored (the buttons stay). */
  saving?: boolean;
}

/** The list of punkter with their actions, and the add button. */
export function PunktList({ items, meeting, usable, open, onOpenChange, showProblems, edit, changed, saving = false }: PunktListProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [focus, setFocus] = useState<{ key: string; what: MoveFocus } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const clearFocus = useCallback(() => setFocus(null), []);
  const schedule = useMemo(() => safeSchedule(meeting, usable), [meeting, usable]);
  const keys = useMemo(() => items.map((it) => it.key), [items]);
  /** A new punkt at `index`, opened, its title focused. */
  const insertAt = (index: number) => {
    const added = emptyItem();
    edit((d) => insertItem(d, index, added));
    onOpenChange((s) => toggled(s, added.key));
    setFocus({ key: added.key, what: 'title' });
  };

  return (
    <>
      <section aria-labelledby={headingId}>
        {/* Focus lands here after a delete, so keyboard users keep their place in the list. */}
        <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
          <Subtitle2>{t.itemsTitle}</Subtitle2>
        </h2>
        {items.length === 0 && <p>{t.noItems}</p>}
        {/* A drop moves as "Flyt til position…" does. */}
        <SortablePunkter keys={keys} onMove={({ key, position }) => edit((d) => moveToPosition(d, key, position))}>
          <ol className={styles.list} aria-labelledby={headingId}>
            {items.map((item, index) => (
              <PunktCard
                key={item.key}
                item={item}
                number={index + 1}
                count={items.length}
                problems={itemProblems(item)}
                timing={cardTiming(schedule, index + 1)}
                open={open.has(item.key)}
                changed={changed?.has(item.key) ?? false}
                dragDisabled={saving}
                showProblems={showProblems}
                focus={focus?.key === item.key ? focus.what : null}
                onFocused={clearFocus}
                onToggle={() => onOpenChange((s) => toggled(s, item.key))}
                onChange={(patch) => edit((d) => changeItem(d, item.key, patch))}
                onMove={(by) => {
                  edit((d) => moveByKey(d, item.key, by));
                  setFocus({ key: item.key, what: by < 0 ? 'up' : 'down' });
                }}
                onMoveTo={(position) => {
                  edit((d) => moveToPosition(d, item.key, position));
                  setFocus({ key: item.key, what: 'more' });
                }}
                onInsertAfter={() => insertAt(index + 1)}
                onRemove={() => {
                  edit((d) => removeByKey(d, item.key));
                  heading.current?.focus();
                }}
              />
            ))}
          </ol>
        </SortablePunkter>
      </section>
      <Button className={styles.add} icon={<AddRegular />} onClick={() => insertAt(items.length)}>
        {t.addItem}
      </Button>
    </>
  );
}

function toggled(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
