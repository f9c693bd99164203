/** Shared placeholder states: the loading skeleton and a calm empty message. */
import { Skeleton, SkeletonItem, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingVerticalM },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A skeleton shaped like a header and a few punkter; `label` is announced to screen readers. */
export function LoadingState({ label, rows = 5 }: { label: string; rows?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} role="status" aria-busy="true" className={styles.skeleton}>
      <SkeletonItem size={24} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.row}>
          <SkeletonItem size={16} />
          <SkeletonItem size={12} />
        </div>
      ))}
    </Skeleton>
  );
}

/** A titled message for states that are not errors (no agenda yet, no meeting). */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.empty} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children && <div>{children}</div>}
    </section>
  );
}
