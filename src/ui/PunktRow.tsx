/**
 * One punkt as a list item: a heading with a disclosure button (WAI-ARIA accordion pattern, so it
 * works with Tab, Enter and Space), its time as text, a line of facts, and the details when open.
 * Used by every role's agenda list; the list itself is named by the caller.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { withoutBidiControls } from '../domain/bidi';
import { Isolated } from './Isolated';
import { SlotBadge } from './SlotBadge';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    minWidth: 0,
  },
  current: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  heading: { margin: 0, fontSize: 'inherit', fontWeight: 'inherit', minWidth: 0 },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    paddingLeft: 0,
    paddingRight: 0,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'normal',
  },
  staticTitle: { fontWeight: tokens.fontWeightSemibold, display: 'block', paddingTop: tokens.spacingVerticalXXS },
  number: { marginRight: tokens.spacingHorizontalXS },
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  details: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
});

export interface PunktRowProps {
  /** The accessible name of the list item; must start with "Punkt N" (end-to-end checks rely on it). */
  label: string;
  /** "Punkt N" as shown. */
  numberText: string;
  /** Shown isolated: it comes from the lists. */
  title: string;
  /** `HH.MM–HH.MM`, or null when the punkt has no time. */
  slotText: string | null;
  /** Small facts under the title: case number, recommender. */
  meta?: ReactNode;
  /** Badges and live notes beside the time. */
  aside?: ReactNode;
  /** Warnings shown under the facts. */
  warnings?: ReactNode;
  current?: boolean;
  /** The details; without them the title is plain text, not a button. */
  details?: ReactNode;
  expanded?: boolean;
  onToggle?: () => void;
}

export function PunktRow(props: PunktRowProps) {
  const styles = useStyles();
  const detailsId = useId();
  // One span: a Fluent Button lays its children out as flex items, which would split number and title.
  const title = (
    <span>
      <span className={styles.number}>{props.numberText}.</span>
      <Isolated text={props.title} />
    </span>
  );
  return (
    <li
      className={mergeClasses(styles.item, props.current && styles.current)}
      aria-label={withoutBidiControls(props.label)}
      aria-current={props.current ? 'true' : undefined}
    >
      <h2 className={styles.heading}>
        {props.details ? (
          <Button
            appearance="transparent"
            className={styles.toggle}
            aria-expanded={!!props.expanded}
            aria-controls={detailsId}
            onClick={props.onToggle}
          >
            {title}
          </Button>
        ) : (
          <span className={styles.staticTitle}>{title}</span>
        )}
      </h2>
      <div className={styles.line}>
        {props.slotText && <SlotBadge text={props.slotText} />}
        {props.aside}
      </div>
      {props.meta && <Caption1 className={mergeClasses(styles.line, styles.meta)}>{props.meta}</Caption1>}
      {props.warnings}
      {props.details && (
        <div id={detailsId} className={styles.details} hidden={!props.expanded}>
          {props.expanded && props.details}
        </div>
      )}
    </li>
  );
}
