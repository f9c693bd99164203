import { describe, expect, it } from 'vitest';
import { isoDate } from '../../domain/brands';
import { emptyItem, toMeeting, type Draft, type DraftItem } from './draft';
import { switchTiming } from './timing-switch';

function draftOf(items: Array<Partial<DraftItem>>): Draft {
  return {
    meeting: {
      kind: 'dagsorden',
      forum: 'Chefforum',
      date: isoDate('2024-04-10'),
      start: '09:00',
      plannedEnd: '11:00',
      location: null,
      participants: [],
      preamble: [],
    },
    items: items.map((patch) => ({ ...emptyItem(), title: 'Punkt', caseNumber: '00.01.00-P35-7-24', ...patch })),
  };
}

describe('switching a punkt’s timing', () => {
  it('fixes a punkt to the slot the schedule gives it now', () => {
    const draft = draftOf([{ duration: '15' }, { duration: '30' }]);
    expect(switchTiming(draft.items[1]!, 'slot', toMeeting(draft), 1)).toEqual({ timing: 'slot', slotStart: '09:15', slotEnd: '09:45' });
  });

  it('gives a punkt without time a 20-minute slot where it stands', () => {
    const draft = draftOf([{ duration: '15' }, { timing: 'none', duration: '' }]);
    expect(switchTiming(draft.items[1]!, 'slot', toMeeting(draft), 1)).toEqual({ timing: 'slot', slotStart: '09:15', slotEnd: '09:35' });
  });

  it('keeps slot times the secretary already typed', () => {
    const draft = draftOf([{ slotStart: '10:00', slotEnd: '10:30' }]);
    expect(switchTiming(draft.items[0]!, 'slot', toMeeting(draft), 0)).toEqual({ timing: 'slot' });
  });

  it('turns a slot back into a duration of the same length', () => {
    const draft = draftOf([{ timing: 'slot', slotStart: '9.40', slotEnd: '10:25' }]);
    expect(switchTiming(draft.items[0]!, 'duration', toMeeting(draft), 0)).toEqual({ timing: 'duration', duration: '45' });
  });

  it('leaves the fields alone while the meeting’s start time does not validate', () => {
    const draft = draftOf([{ duration: '15' }]);
    draft.meeting = { ...draft.meeting, start: 'ni' };
    expect(switchTiming(draft.items[0]!, 'slot', toMeeting(draft), 0)).toEqual({ timing: 'slot' });
  });
});
