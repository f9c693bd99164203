/**
 * The punkter being prepared: a numbered list of cards and the "Tilføj punkt" button. Keyboard
 * focus follows the user's action: onto the moved punkt's button after a move, into a new
 * punkt's title after an add, and onto the list's heading after a delete.
 */
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId, useRef, useState } from 'react';
import { useText } from '../../../ui/i18n';
import { emptyItem, type Draft, type DraftItem } from '../draft';
import { addItem, changeItem, moveByKey, removeByKey } from '../draft-edits';
import { prepareMessages } from '../messages';
import { itemProblems } from '../validate';
import { PunktCard, type MoveFocus } from './PunktCard';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  add: { alignSelf: 'flex-start' },
});

export interface PunktListProps {
  items: readonly DraftItem[];
  /** Keys of the punkter shown open. */
  open: ReadonlySet<string>;
  onOpenChange: (update: (open: ReadonlySet<string>) => ReadonlySet<string>) => void;
  showProblems: boolean;
  edit: (change: (draft: Draft) => Draft) => void;
}

/** The list of punkter with their actions, and the add button. */
export function PunktList({ items, open, onOpenChange, showProblems, edit }: PunktListProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [focus, setFocus] = useState<{ key: string; what: MoveFocus } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const clearFocus = useCallback(() => setFocus(null), []);

  return (
    <>
      <section aria-labelledby={headingId}>
        {/* Focus lands here after a delete, so keyboard users keep their place in the list. */}
        <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
          <Subtitle2>{t.itemsTitle}</Subtitle2>
        </h2>
        {items.length === 0 && <p>{t.noItems}</p>}
        <ol className={styles.list} aria-labelledby={headingId}>
          {items.map((item, index) => (
            <PunktCard
              key={item.key}
              item={item}
              number={index + 1}
              count={items.length}
              problems={itemProblems(item)}
              open={open.has(item.key)}
              showProblems={showProblems}
              focus={focus?.key === item.key ? focus.what : null}
              onFocused={clearFocus}
              onToggle={() => onOpenChange((s) => toggled(s, item.key))}
              onChange={(patch) => edit((d) => changeItem(d, item.key, patch))}
              onMove={(by) => {
                edit((d) => moveByKey(d, item.key, by));
                setFocus({ key: item.key, what: by < 0 ? 'up' : 'down' });
              }}
              onRemove={() => {
                edit((d) => removeByKey(d, item.key));
                heading.current?.focus();
              }}
            />
          ))}
        </ol>
      </section>
      <Button
        className={styles.add}
        onClick={() => {
          const added = emptyItem();
          edit((d) => addItem(d, added));
          onOpenChange((s) => toggled(s, added.key));
          setFocus({ key: added.key, what: 'title' });
        }}
      >
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
