/**
 * The expanded punkt: Anledning, Indstilling as numbered points (what the managers decide on comes
 * first, issue #15), then Sagsfremstilling (and Supplerende) folded behind "Vis mere", Historik,
 * Bilag, and after the meeting Beslutning with its status. Everything is text; only a Bilag with an
 * address that may be opened (domain/bilag.ts: `name <https://…>` or a bare https line) becomes a
 * link, named by the Bilag, opened in a new tab without access to this page.
 */
import { Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons/svg/open';
import type { ReactNode } from 'react';
import { withoutBidiControls } from '../../../domain/bidi';
import { bilagOf } from '../../../domain/bilag';
import type { AgendaItem, SectionHeading } from '../../../domain/meeting';
import { useText } from '../../../ui/i18n';
import { StatusBadge } from '../../../ui/StatusBadge';
import { agendaMessages } from '../messages';
import { FoldedText } from './FoldedText';
import { SectionText } from './SectionText';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalM, minWidth: 0 },
  heading: { display: 'block', margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  lead: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  link: { overflowWrap: 'anywhere' },
  icon: { marginLeft: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
  decision: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

/** Long reading, folded by default. */
const PRESENTATION: SectionHeading[] = ['Sagsfremstilling', 'Supplerende Sagsfremstilling'];

export function ItemDetails({ item }: { item: AgendaItem }) {
  const t = useText(agendaMessages);
  const styles = useStyles();
  const sectionText = (heading: SectionHeading | '') =>
    item.sections
      .filter((s) => s.heading === heading)
      .map((s) => s.text)
      .join('\n\n');
  const block = (title: string, body: ReactNode) => (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      {body}
    </section>
  );
  const intro = sectionText('');
  const recommendation = item.recommendation;
  const showDecision = item.decision !== null || item.status !== 'none';

  return (
    <div>
      {intro && <SectionText text={intro} />}
      {sectionText('Anledning') && block(t.sections.Anledning, <SectionText text={sectionText('Anledning')} />)}
      {recommendation &&
        recommendation.points.length > 0 &&
        block(
          t.sections.Indstilling,
          <>
            {recommendation.by && <p className={styles.lead}>{t.recommends(withoutBidiControls(recommendation.by))}</p>}
            <ol className={styles.list}>
              {recommendation.points.map((point, i) => (
                <li key={i} dir="auto">
                  {withoutBidiControls(point)}
                </li>
              ))}
            </ol>
          </>,
        )}
      {PRESENTATION.map((heading) => {
        const text = sectionText(heading);
        return text ? <div key={heading}>{block(t.sections[heading], <FoldedText text={text} />)}</div> : null;
      })}
      {item.history && block(t.sections.Historik, <SectionText text={item.history} />)}
      {item.attachments.length > 0 &&
        block(
          t.sections.Bilag,
          <ul className={styles.list}>
            {bilagOf(item.attachments.map(withoutBidiControls)).map((bilag, i) => (
              <li key={i} dir="auto">
                {bilag.url !== null ? (
                  <Link href={bilag.url} target="_blank" rel="noopener noreferrer" className={styles.link}>
                    {bilag.name}
                    <OpenRegular aria-hidden className={styles.icon} />
                  </Link>
                ) : (
                  bilag.name
                )}
              </li>
            ))}
          </ul>,
        )}
      {showDecision &&
        block(
          t.sections.Beslutning,
          <div className={styles.decision}>
            <StatusBadge status={item.status} postponedTo={item.postponedTo} />
            {item.decision && <SectionText text={item.decision} />}
          </div>,
        )}
    </div>
  );
}
