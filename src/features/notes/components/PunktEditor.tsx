/**
 * One punkt for the note-taker: heading and slot, the decision field ("Beslutning for punkt N"),
 * the status with the target meeting when postponed, one-click drafts from the Indstilling, the
 * save state, and a conflict chooser when needed. Every change goes to the sync engine at once.
 */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import { draftsFor } from '../../../domain/decision-draft';
import type { AgendaItem } from '../../../domain/meeting';
import type { DecisionWrite, StoredItem } from '../../../domain/ports';
import { useText } from '../../../ui/i18n';
import { usePunktSync } from '../hooks/useDecisionSync';
import { notesMessages } from '../messages';
import type { SyncEngine } from '../sync/sync-engine';
import { ConflictChooser } from './ConflictChooser';
import { SaveState } from './SaveState';

const useStyles = makeStyles({
  punkt: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  drafts: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  draft: { textAlign: 'start', whiteSpace: 'normal', height: 'auto' },
  statusRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  readText: { whiteSpace: 'pre-wrap' },
  // The Teams side panel is about 320 px wide: let the five statuses wrap instead of overflowing.
  statuses: { flexWrap: 'wrap' },
});

const STATUSES: AgendaItem['status'][] = ['none', 'approved', 'noted', 'discussed', 'postponed'];

export interface PunktEditorProps {
  stored: StoredItem;
  forum: string;
  engine: SyncEngine | null;
  readOnly: boolean;
  /** 'HH.MM–HH.MM' from the (replanned) schedule, or null. */
  slot: string | null;
  isCurrent: boolean;
  /** "Start punktet nu" for punkt `number`. */
  onStartNow(number: number): void;
  /** Registers (or, with null, forgets) the decision field of punkt `number` for keyboard movement. */
  registerEditor(number: number, element: HTMLTextAreaElement | null): void;
}

/** Memoised: the view re-renders on every clock tick, and typing in one punkt must not re-render the others. */
export const PunktEditor = memo(function PunktEditor({
  stored,
  forum,
  engine,
  readOnly,
  slot,
  isCurrent,
  onStartNow,
  registerEditor,
}: PunktEditorProps) {
  const t = useText(notesMessages);
  const styles = useStyles();
  const { item } = stored;
  const n = item.number;
  const sync = usePunktSync(engine, stored.id);
  const headingId = `punkt-${stored.id}-heading`;

  if (!stored.readable) {
    return (
      <section className={styles.punkt} aria-labelledby={headingId} data-punkt={n}>
        <Subtitle2 as="h2" id={headingId}>
          {t.punktHeading(n, t.closedTitle)}
        </Subtitle2>
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
  const drafts = draftsFor(item, forum);
  // Drafts are the Indstilling's text from the lists: inserted and shown without directional controls.
  const draftTexts = [...(drafts.combined ? [drafts.combined] : []), ...drafts.perPoint].map(withoutBidiControls);
  const title = item.prefix ? `${item.prefix}: ${item.title}` : item.title;

  return (
    <section
      className={mergeClasses(styles.punkt, isCurrent && styles.current)}
      aria-labelledby={headingId}
      data-punkt={n}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <div className={styles.head}>
        {/* The title comes from the lists: its own direction, no directional controls. */}
        <Subtitle2 as="h2" id={headingId} dir="auto">
          {t.punktHeading(n, withoutBidiControls(title))}
        </Subtitle2>
        {slot && <Text size={200}>{t.slot(slot)}</Text>}
      </div>
      {readOnly ? (
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
              <Textarea
                ref={(element) => registerEditor(n, element)}
                aria-label={t.decisionFor(n)}
                value={value.decision}
                resize="vertical"
                rows={4}
                disabled={!canEdit}
                onChange={(_, data) => edit({ decision: data.value })}
              />
            </Field>
          ) : (
            // Until the store has said the user may write and the engine has started, there is no field
            // to type into: a disabled one shown that long (a round trip) would swallow the first keystrokes.
            <Skeleton aria-label={t.preparingFor(n)}>
              <SkeletonItem size={120} />
            </Skeleton>
          )}
          {draftTexts.length > 0 && (
            <div className={styles.drafts} role="group" aria-label={t.draftsTitle}>
              <Text size={200}>{t.draftsTitle}</Text>
              {draftTexts.map((draft) => (
                <Button
                  key={draft}
                  size="small"
                  appearance="subtle"
                  className={styles.draft}
                  aria-label={t.useDraft(draft)}
                  disabled={!canEdit}
                  onClick={() => edit({ decision: value.decision.trim() === '' ? draft : `${value.decision.trimEnd()}\n\n${draft}` })}
                >
                  {draft}
                </Button>
              ))}
            </div>
          )}
          <div className={styles.statusRow}>
            <RadioGroup
              className={styles.statuses}
              layout="horizontal"
              aria-label={t.statusFor(n)}
              value={value.status}
              disabled={!canEdit}
              onChange={(_, data) => {
                const status = data.value as AgendaItem['status'];
                edit({ status, postponedTo: status === 'postponed' ? value.postponedTo : null });
              }}
            >
              {STATUSES.map((status) => (
                <Radio key={status} value={status} label={t.status[status]} />
              ))}
            </RadioGroup>
            {value.status === 'postponed' && (
              <Field label={t.postponedToFor(n)}>
                <Input
                  type="date"
                  disabled={!canEdit}
                  value={value.postponedTo ?? ''}
                  onChange={(_, data) => edit({ postponedTo: data.value || null })}
                />
              </Field>
            )}
          </div>
        </>
      )}
      <div className={styles.head}>
        {sync && <SaveState state={sync.state} itemNumber={n} />}
        {!readOnly && engine && (
          <Button size="small" onClick={() => onStartNow(n)} aria-label={t.startNowFor(n)}>
            {t.startNow}
          </Button>
        )}
      </div>
      {sync?.conflict && (
        <ConflictChooser
          local={sync.value}
          server={sync.conflict.server}
          fromPanel={sync.conflict.fromPanel === true}
          onKeepMine={() => void engine?.resolveConflict(stored.id, 'local')}
          onTakeTheirs={() => void engine?.resolveConflict(stored.id, 'server')}
        />
      )}
    </section>
  );
});
