/** Medians and the number formats the benchmarks print. */

/** The middle value; of an even count, the upper of the two middle ones. NaN for none. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** The median of what `pick` gives, leaving out nulls (a phase the page does not have); null for none. */
export function medianOf<T>(items: readonly T[], pick: (item: T) => number | null): number | null {
  const values = items.map(pick).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
}

/** Whole milliseconds, or a dash for a missing value. */
export const ms = (value: number | null): string => (value === null || Number.isNaN(value) ? '—' : `${Math.round(value)}`);

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export const pad = (text: string, width: number): string => text.padEnd(width);

/** `median ms (min–max)` of `values`. */
export const range = (values: readonly number[]): string =>
  `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
