/** A ReferatApprovalStore for tests: approvals by meeting key, approving as a fixed user at the test's clock. */
import { meetingKeyOf } from '../../src/domain/meeting-identity';
import type { MeetingRef, ReferatApprovalStore } from '../../src/domain/ports';
import type { ReferatApproval } from '../../src/domain/referat/approval';

export class InMemoryApprovals implements ReferatApprovalStore {
  readonly stored = new Map<string, ReferatApproval>();
  /** Set to make the next approve() reject with it. */
  failNext: unknown = null;

  constructor(
    private readonly user: { by: string; mail: string | null } = { by: 'Henrik Harder', mail: 'hh@albertslund.dk' },
    private readonly now: () => Date = () => new Date(),
  ) {}

  put(ref: MeetingRef, approval: ReferatApproval): this {
    this.stored.set(meetingKeyOf(ref), approval);
    return this;
  }

  async approvalOf(ref: MeetingRef): Promise<ReferatApproval | null> {
    return this.stored.get(meetingKeyOf(ref)) ?? null;
  }

  async approve(ref: MeetingRef): Promise<ReferatApproval> {
    if (this.failNext !== null) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    const approval = { ...this.user, at: this.now().toISOString() };
    this.stored.set(meetingKeyOf(ref), approval);
    return approval;
  }
}
