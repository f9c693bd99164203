import { describe, expect, it } from 'vitest';
import { MappingError, itemFromRows, meetingFromRow } from './row-mapping';

// The row mapping validates with zod/mini (issue #13), which loads no messages of its own: a problem
// must still say what the column should have held, for whoever fixes the row in SharePoint.
describe('row problems say what was expected', () => {
  const item = (fields: Record<string, unknown>) =>
    itemFromRows({ id: '42', fields: { MeetingKey: 'K', Number: 1, SortOrder: 1, Title: 'Punkt', ...fields } }).problems;

  it('names the type a column should have had', () => {
    expect(item({ CaseNumber: 17 })).toEqual([
      expect.objectContaining({ column: 'CaseNumber', message: 'Invalid input: expected string, received number' }),
    ]);
  });

  it('names the pattern or bound a value missed', () => {
    expect(item({ SlotStart: '9.00' })[0]?.message).toMatch(/must match pattern/);
    expect(item({ DurationMinutes: -5 })[0]?.message).toMatch(/^Too small: expected number to be >=0/);
  });

  it('names the column and the problem when the meeting cannot be read', () => {
    const read = () =>
      meetingFromRow({ id: '7', fields: { MeetingKey: 'K', Forum: 'Chefforum', MeetingDate: '2024-13-01', StartTime: '09:00' } });
    expect(read).toThrow(MappingError);
    expect(read).toThrow('PunktMeetings item 7, column MeetingDate: expected a date YYYY-MM-DD');
  });
});
