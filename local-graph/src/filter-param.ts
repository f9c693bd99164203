/** A request's `$filter` parsed, or Graph's 400 for bad syntax: the one place the routes turn one into the other. */
import { badRequest } from './errors';
import { FilterSyntaxError, parseFilter, type FilterExpr } from './odata-filter';

export function parseFilterParam(text: string): FilterExpr {
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw badRequest(`Invalid filter clause: ${error.message}`);
    throw error;
  }
}
