/**
 * The two ways saving an agenda is refused on purpose (AgendaStore.saveAgenda), as typed errors the
 * secretary's view turns into Danish text. Both are read by shape (`name`) as well, like the other errors
 * that meet the user (src/ui/error-kind.ts).
 */
import { appError, type AppError, type WithAppError } from './app-error';

/**
 * Someone else changed the stored agenda since the secretary's draft was loaded, where the draft changed
 * it too (or differently): the same punkt, the meeting header, a punkt they added or deleted. A decision
 * the note-taker wrote meanwhile is not a clash; it is kept. `status` 412, as a failed If-Match.
 */
export class AgendaConflictError extends Error implements WithAppError {
  readonly status = 412;
  readonly appError: AppError = appError('conflict', { status: 412 });
  /** The numbers (in the stored agenda) of the punkter that clash; empty for the header or the agenda itself. */
  readonly numbers: number[];

  constructor(numbers: number[]) {
    super(
      numbers.length > 0
        ? `The agenda changed since it was loaded (punkt ${numbers.join(', ')})`
        : 'The agenda changed since it was loaded',
    );
    this.name = 'AgendaConflictError';
    this.numbers = numbers;
  }
}

/**
 * Saving would delete a punkt whose decision the secretary's draft never held (written by the note-taker
 * after the draft was loaded): never done, even when saving over someone else's version on purpose.
 */
export class PunktHasDecisionError extends Error {
  readonly number: number;
  readonly title: string;

  constructor(number: number, title: string) {
    super(`Punkt ${number} (${title}) has a decision written after the agenda was loaded; it is not deleted`);
    this.name = 'PunktHasDecisionError';
    this.number = number;
    this.title = title;
  }
}
