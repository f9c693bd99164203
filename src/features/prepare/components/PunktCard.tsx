/**
 * One punkt in the secretary's list: a header that reads like the other views (the shared
 * PunktTitle, its slot and minutes, and the schedule's warning for this punkt, issue #15), its
 * actions as a toolbar, its fields when open, and the confirmation before a delete.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Body1, Caption1, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons/svg/warning';
import { useEffect, useId, useRef, useState } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import { formatClock } from '../../../ui/format';
import { ChangedBadge } from '../../../ui/ChangedBadge';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useText } from '../../../ui/i18n';
import { PunktTime, PunktTitle, usePunktLabel } from '../../../ui/PunktTitle';
import type { DraftItem } from '../draft';
import { prepareMessages, punktName } from '../messages';
import type { CardTiming } from '../safe-schedule';
import type { ItemProblems } from '../validate';
import { DragHandle } from './DragHandle';
import { MoveToDialog } from './MoveToDialog';
import { PunktActions } from './PunktActions';
import { PunktFields } from './PunktFields';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  invalid: { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  // While dragged: above the cards it passes, opaque, with a shadow so it reads as picked up.
  dragging: { position: 'relative', zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow16 },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  titleText: { flexGrow: 1, minWidth: 0, alignSelf: 'center' },
  title: { margin: 0, minWidth: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // A div, not Caption1's <p>: the slot is a badge (a div).
  facts: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  warning: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
  fix: { color: tokens.colorPaletteRedForeground1 },
});

export type MoveFocus = 'up' | 'down' | 'more' | 'title';

export interface PunktCardProps {
  item: DraftItem;
  number: number;
  count: number;
  problems: ItemProblems;
  /** Its place in the live schedule; null while the schedule cannot be computed. */
  timing: CardTiming | null;
  open: boolean;
  /** Show every problem, touched or not (after a refused save). */
  showProblems: boolean;
  /** Which control to focus after this render (a move or a new punkt), then forgotten. */
  focus: MoveFocus | null;
  onFocused: () => void;
  onToggle: () => void;
  onChange: (patch: Partial<DraftItem>) => void;
  onMove: (by: -1 | 1) => void;
  /** Moves the punkt to a 1-based position. */
  onMoveTo: (position: number) => void;
  onInsertAfter: () => void;
  onRemove: () => void;
  /** Changed after the referat was approved: flagged until approved again. */
  changed?: boolean;
  /** No dragging now (while the agenda is saved). */
  dragDisabled?: boolean;
}

/** One punkt with its actions; its fields when `open`. */
export function PunktCard(props: PunktCardProps) {
  const { item, number, count, problems, timing, open, showProblems, focus, onFocused, onToggle, onChange } = props;
  const t = useText(prepareMessages);
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const headingId = useId();
  const fieldsId = useId();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLInputElement>(null);
  const name = punktName(t, item.closed, item.title);
  // The name the checks and screen readers use stays "Punkt N: title"; the prefix shows as the shared badge.
  const label = usePunktLabel()({ number, title: name });
  const invalid = Object.keys(problems).length > 0;
  // The card is a sortable by its key; a drag starts only at the handle (SortablePunkter.tsx).
  const sortable = useSortable({ id: item.key, disabled: props.dragDisabled ?? false, attributes: { roleDescription: t.dragRole } });

  useEffect(() => {
    if (!focus) return;
    ({ up, down, more, title })[focus].current?.focus();
    onFocused();
  }, [focus, onFocused]);

  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={mergeClasses(styles.card, invalid && styles.invalid, sortable.isDragging && styles.dragging)}
      aria-labelledby={headingId}
    >
      {/* The handle inside the heading, as an accordion's button is: the heading keeps its name (aria-label). */}
      <h3 id={headingId} aria-label={label} className={mergeClasses(styles.title, styles.header)}>
        <DragHandle
          number={number}
          attributes={sortable.attributes}
          listeners={sortable.listeners}
          setRef={sortable.setActivatorNodeRef}
          disabled={props.dragDisabled ?? false}
        />
        <span className={styles.titleText}>
          <PunktTitle number={number} prefix={item.closed ? null : item.prefix} title={name} />
        </span>
      </h3>
      {timing && (
        <div className={styles.facts}>
          {timing.timed ? <PunktTime start={timing.start} end={timing.end} /> : <span className={styles.muted}>{t.itemNoTime}</span>}
          {timing.timed && <span className={styles.muted}>{t.minutes(timing.minutes)}</span>}
        </div>
      )}
      {props.changed && <ChangedBadge />}
      {timing?.overlap && <Warning text={t.overlap(timing.overlap.previous, timing.overlap.minutes)} />}
      {timing?.overrun && <Warning text={t.overrun(timing.overrun.minutes, formatClock(timing.overrun.plannedEnd))} />}
      <PunktActions
        number={number}
        count={count}
        open={open}
        fieldsId={fieldsId}
        upRef={up}
        downRef={down}
        moreRef={more}
        onToggle={onToggle}
        onMove={props.onMove}
        onRemove={() => setConfirming(true)}
        onMoveTo={() => setMoving(true)}
        onInsertAfter={props.onInsertAfter}
      />
      {invalid && !open && <Body1 className={styles.fix}>{t.needsFixing}</Body1>}
      <div id={fieldsId} hidden={!open}>
        {open && (
          <PunktFields item={item} number={number} problems={problems} showAll={showProblems} onChange={onChange} titleRef={title} />
        )}
      </div>
      {moving && (
        <MoveToDialog
          open
          number={number}
          count={count}
          onClose={() => setMoving(false)}
          onMove={(position) => {
            setMoving(false);
            props.onMoveTo(position);
          }}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={t.confirmRemoveTitle(number)}
        text={t.confirmRemove(withoutBidiControls(name))}
        confirmLabel={t.confirmYes}
        cancelLabel={t.cancel}
        onConfirm={() => {
          setConfirming(false);
          props.onRemove();
        }}
        onCancel={() => setConfirming(false)}
      />
    </li>
  );
}

/** A schedule warning for this punkt, in words (a note, as in the Tidsplan) with an icon. */
function Warning({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <Caption1 as="p" role="note" className={mergeClasses(styles.facts, styles.warning)}>
      <WarningRegular aria-hidden />
      <span>{text}</span>
    </Caption1>
  );
}
