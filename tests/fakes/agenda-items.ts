/**
 * The one builder of punkter for tests: `punkt(3, { durationMinutes: 20 })` is punkt 3 with
 * filler for everything the test does not care about. A closed punkt is named "Lukket" and has no
 * prefix unless the test says otherwise, as the referater write it.
 */
import type { AgendaItem } from '../../src/domain/meeting';

/** Punkt `number` with `fields` over neutral filler: open, untimed, undecided, no sections. */
export function punkt(number: number, fields: Partial<Omit<AgendaItem, 'number'>> = {}): AgendaItem {
  const closed = fields.closed ?? false;
  return {
    number,
    prefix: closed ? null : 'CF',
    title: closed ? 'Lukket' : `Punkt ${number}`,
    caseNumber: `00.01.00-P35-${number}-24`,
    closed,
    slot: null,
    durationMinutes: null,
    sections: [],
    recommendation: null,
    decision: null,
    history: null,
    attachments: [],
    status: 'none',
    postponedTo: null,
    ...fields,
  };
}
