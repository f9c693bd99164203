/**
 * One punkt for the note-taker as a card: a header (title, time, "I gang", start) that is always
 * shown, and a body that can be collapsed: the decision field ("Beslutning for punkt N") that
 * grows with its text, the status, the drafts from the Indstilling as a menu, the save state once
 * the punkt has been edited, and a conflict chooser when needed. Every change goes to the sync
 * engine at once.
 */
import { Field, Skeleton, SkeletonItem, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useId } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import { draftsFor } from '../../../domain/decision-draft';
import type { DecisionWrite, StoredItem } from '../../../domain/ports';
import { useText } from '../../../ui/i18n';
import { usePunktSync } from '../hooks/useDecisionSync';
import { notesMessages } from '../messages';
import type { SyncEngine } from '../sync/sync-engine';
import { ConflictChooser } from './ConflictChooser';
import { DecisionField } from './DecisionField';
import { DraftsMenu } from './DraftsMenu';
import { PunktHeader } from './PunktHeader';
import { SaveState } from './SaveState';
import { StatusChoice } from './StatusChoice';

const useStyles = makeStyles({
  punkt: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    // Scrolled to under the sticky toolbar, not behind it: the usual toolbar's height; usePunktCards
    // scrolls further when a long title in the "Nu" strip makes the toolbar taller.
    scrollMarginTop: '6rem',
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  readText: { whiteSpace: 'pre-wrap' },
});

export interface PunktEditorProps {
  stored: StoredItem;
  forum: string;
  engine: SyncEngine | null;
  readOnly: boolean;
  /** 'HH.MM–HH.MM' from the (replanned) schedule, or null. */
  slot: string | null;
  isCurrent: boolean;
  /** Changed after the referat was approved: flagged until approved again. */
  changed: boolean;
  /** Whether the card's body is shown. */
  open: boolean;
  /** Turns the card: `open` is the way the user turned it (the opposite of what it showed). */
  onToggle(number: number, open: boolean): void;
  /** "Start punktet nu" for punkt `number`. */
  onStartNow(number: number): void;
  /** Registers (or, with null, forgets) the decision field of punkt `number` for keyboard movement. */
  registerEditor(number: number, element: HTMLTextAreaElement | null): void;
}

/** The drafts menu's entries: the combined draft first, then one per point. */
function draftTextsOf(item: StoredItem['item'], forum: string): string[] {
  const drafts = draftsFor(item, forum);
  return [...(drafts.combined ? [drafts.combined] : []), ...drafts.perPoint].map(withoutBidiControls);
}

/** Memoised: the view re-renders on every clock tick, and typing in one punkt must not re-render the others. */
export const PunktEditor = memo(function PunktEditor({
  stored,
  forum,
  engine,
  readOnly,
  slot,
  isCurrent,
  changed,
  open,
  onToggle,
  onStartNow,
  registerEditor,
}: PunktEditorProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const { item } = stored;
  const n = item.number;
  const sync = usePunktSync(engine, stored.id);
  const headingId = `punkt-${stored.id}-heading`;
  const bodyId = useId();

  if (!stored.readable) {
    return (
      <section className={styles.punkt} aria-labelledby={headingId} data-punkt={n}>
        <PunktHeader number={n} headingId={headingId} title={t.closedTitle} slot={slot} running={isCurrent} changed={changed} />
        <Text>{t.closedText}</Text>
      </section>
    );
  }

  const loaded: DecisionWrite = { decision: item.decision ?? '', status: item.status, postponedTo: item.postponedTo };
  // A read-only user sees what the list holds, never a local draft the list refused.
  const value: DecisionWrite = (readOnly ? sync?.serverValue : sync?.value) ?? loaded;
  const canEdit = !readOnly && engine !== null && sync !== undefined;
  const edit = (change: Partial<DecisionWrite>) => {
    // A 403 may have made the engine read-only since this render: then the view turns read-only.
    if (!canEdit || engine.isReadOnly()) return;
    // A failed local save needs no handling here: the engine shows it (state and alert) and still sends.
    void engine.edit(stored.id, { ...value, ...change });
  };
  // "Gemt" only once this device has written the punkt (revision > 0), or while a write is under way:
  // a "Gemt" on every untouched card says nothing (issue #15).
  const showSaveState = sync !== undefined && (sync.state !== 'saved' || sync.revision > 0);
  // A conflict needs the note-taker's choice: its card is shown open whatever the toggle says.
  const shown = open || sync?.conflict != null;
  // Drafts are the Indstilling's text from the lists: inserted and shown without directional controls. Made
  // only for the menu a writer's open card shows: their grammar's Unicode expressions cost CPU on a first open
  // (issue #13), where most cards are closed.
  const draftTexts = shown && !readOnly ? draftTextsOf(item, forum) : [];

  return (
    <section
      className={mergeClasses(styles.punkt, isCurrent && styles.current)}
      aria-labelledby={headingId}
      data-punkt={n}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <PunktHeader
        number={n}
        headingId={headingId}
        prefix={item.prefix}
        title={item.title}
        slot={slot}
        running={isCurrent}
        changed={changed}
        disclosure={{ open: shown, bodyId, onToggle: () => onToggle(n, !shown) }}
        onStart={!readOnly && engine ? () => onStartNow(n) : undefined}
      />
      <div id={bodyId} className={styles.body} hidden={!shown}>
        {shown &&
          (readOnly ? (
            <>
              <Text className={styles.readText} dir="auto">
                {withoutBidiControls(value.decision) || t.noDecision}
              </Text>
              {value.status !== 'none' && (
                <Text>
                  {t.status[value.status]}
                  {value.postponedTo ? ` ${withoutBidiControls(value.postponedTo)}` : ''}
                </Text>
              )}
            </>
          ) : (
            <>
              {engine ? (
                <Field label={t.decisionLabel}>
                  <DecisionField
                    number={n}
                    value={value.decision}
                    disabled={!canEdit}
                    registerEditor={registerEditor}
                    onChange={(decision) => edit({ decision })}
                  />
                </Field>
              ) : (
                // Until the store has said the user may write and the engine has started, there is no field
                // to type into: a disabled one shown that long (a round trip) would swallow the first keystrokes.
                <Skeleton aria-label={t.preparingFor(n)}>
                  <SkeletonItem size={120} />
                </Skeleton>
              )}
              <div className={styles.actions}>
                <StatusChoice number={n} value={value} disabled={!canEdit} onChange={edit} />
                <DraftsMenu
                  drafts={draftTexts}
                  disabled={!canEdit}
                  onInsert={(draft) => edit({ decision: value.decision.trim() === '' ? draft : `${value.decision.trimEnd()}\n\n${draft}` })}
                />
                {showSaveState && <SaveState state={sync.state} itemNumber={n} />}
              </div>
            </>
          ))}
        {sync?.conflict && (
          <ConflictChooser
            local={sync.value}
            server={sync.conflict.server}
            fromPanel={sync.conflict.fromPanel === true}
            onKeepMine={() => void engine?.resolveConflict(stored.id, 'local')}
            onTakeTheirs={() => void engine?.resolveConflict(stored.id, 'server')}
          />
        )}
      </div>
    </section>
  );
});
