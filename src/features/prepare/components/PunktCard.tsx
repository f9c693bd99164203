/**
 * One punkt in the secretary's list: its number and title, buttons to open it, move it and
 * delete it (after a confirmation), and its fields when open. The move buttons stay focusable
 * at the ends of the list (disabledFocusable) so keyboard focus is never dropped after a move.
 */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import { useText } from '../../../ui/i18n';
import { Isolated } from '../../../ui/Isolated';
import type { DraftItem } from '../draft';
import { prepareMessages, punktName } from '../messages';
import type { ItemProblems } from '../validate';
import { PunktFields } from './PunktFields';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  title: { margin: 0, overflowWrap: 'anywhere' },
  fix: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type MoveFocus = 'up' | 'down' | 'title';

export interface PunktCardProps {
  item: DraftItem;
  number: number;
  count: number;
  problems: ItemProblems;
  open: boolean;
  /** Show every problem, touched or not (after a refused save). */
  showProblems: boolean;
  /** Which control to focus after this render (a move or a new punkt), then forgotten. */
  focus: MoveFocus | null;
  onFocused: () => void;
  onToggle: () => void;
  onChange: (patch: Partial<DraftItem>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One punkt with its actions; its fields when `open`. */
export function PunktCard({
  item,
  number,
  count,
  problems,
  open,
  showProblems,
  focus,
  onFocused,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: PunktCardProps) {
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const fieldsId = useId();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLInputElement>(null);
  const name = punktName(t, item.closed, item.title);
  const invalid = Object.keys(problems).length > 0;

  useEffect(() => {
    if (!focus) return;
    ({ up, down, title })[focus].current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li className={mergeClasses(styles.card, invalid && styles.invalid)} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.title}>
        {t.punkt(number)}: <Isolated text={name} />
      </Subtitle2>
      <div className={styles.actions}>
        <Button aria-expanded={open} aria-controls={fieldsId} onClick={onToggle}>
          {open ? t.collapse(number) : t.edit(number)}
        </Button>
        <Button ref={up} disabledFocusable={number === 1} onClick={() => onMove(-1)}>
          {t.moveUp(number)}
        </Button>
        <Button ref={down} disabledFocusable={number === count} onClick={() => onMove(1)}>
          {t.moveDown(number)}
        </Button>
        <Button onClick={() => setConfirming(true)}>{t.remove(number)}</Button>
      </div>
      {invalid && !open && <Body1 className={styles.fix}>{t.needsFixing}</Body1>}
      <div id={fieldsId} hidden={!open}>
        {open && (
          <PunktFields item={item} number={number} problems={problems} showAll={showProblems} onChange={onChange} titleRef={title} />
        )}
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.confirmRemoveTitle(number)}</DialogTitle>
            <DialogContent>{t.confirmRemove(withoutBidiControls(name))}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onRemove();
                }}
              >
                {t.confirmYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </li>
  );
}
