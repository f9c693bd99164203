/**
 * "Godkendt af forum på mødet D": the referat approved by the forum at its next meeting (issue #14),
 * with a link that opens that meeting in the app (the address's `meeting` parameter takes a meeting key).
 */
import { Link, Text } from '@fluentui/react-components';
import { meetingKeyOf } from '../domain/meeting-identity';
import { formatDate } from './format';
import { useLanguage, useText } from './i18n';
import { referatApprovalMessages } from './referat-approval-messages';
import type { ForumApprovalAt } from './useForumApproval';

/** This page's address with `meeting` set to the given meeting, every other choice (role, user, language) kept. */
function addressOf(forum: ForumApprovalAt): string {
  const params = new URLSearchParams(typeof location === 'undefined' ? '' : location.search);
  params.set('meeting', meetingKeyOf(forum.ref));
  return `?${params.toString()}`;
}

export function ForumApprovalNote({ forum }: { forum: ForumApprovalAt }) {
  const t = useText(referatApprovalMessages);
  const language = useLanguage();
  return (
    <Text>
      {t.approvedByForum} <Link href={addressOf(forum)}>{formatDate(forum.date, language)}</Link>
    </Text>
  );
}
