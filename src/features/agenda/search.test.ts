import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../../domain/ports';
import { punkt } from '../../../tests/fakes/agenda-items';
import { searchItems } from './search';

function stored(item: ReturnType<typeof punkt>, readable = true): StoredItem {
  return { id: String(item.number), etag: '1', item, readable };
}

const items = [
  stored(punkt(1, { prefix: null, title: 'Godkendelse af dagsorden', caseNumber: '00.01.00-A00-1-24' })),
  stored(
    punkt(2, {
      prefix: 'CF',
      caseNumber: '00.30.00-S00-2-24',
      title: 'Status på budget 2025',
      sections: [{ heading: 'Sagsfremstilling', text: 'Tal fra KL om anlæg.' }],
    }),
  ),
  stored(punkt(3, { prefix: null, caseNumber: '00.30.00-S00-3-24', title: 'Café-ordning', attachments: ['https://example.org/cafe.pdf'] })),
  stored(punkt(4, { closed: true, title: 'Afskedigelse af direktør', caseNumber: '81.03.00-G01-7-24' }), false),
];
const numbers = (found: StoredItem[]) => found.map((s) => s.item.number);

describe('searchItems', () => {
  it('keeps every punkt for an empty or blank query', () => {
    expect(numbers(searchItems(items, ''))).toEqual([1, 2, 3, 4]);
    expect(numbers(searchItems(items, '   '))).toEqual([1, 2, 3, 4]);
  });

  afterEach(() => vi.restoreAllMocks());

  it("an empty query needs no locale: the first open's list must not be the page's first use of ICU (issue #13)", () => {
    const lower = vi.spyOn(String.prototype, 'toLocaleLowerCase');
    searchItems(items, '');
    searchItems(items, ' ');
    expect(lower).not.toHaveBeenCalled();
    searchItems(items, 'cafe');
    expect(lower).toHaveBeenCalled();
  });

  it('finds by title, prefix and case number, ignoring case', () => {
    expect(numbers(searchItems(items, 'BUDGET'))).toEqual([2]);
    expect(numbers(searchItems(items, 'cf'))).toEqual([2]);
    expect(numbers(searchItems(items, '00.01.00'))).toEqual([1]);
  });

  it("finds by the punkt's text and Bilag, and needs every word", () => {
    expect(numbers(searchItems(items, 'anlæg'))).toEqual([2]);
    expect(numbers(searchItems(items, 'kl anlæg'))).toEqual([2]);
    expect(numbers(searchItems(items, 'kl budget 2026'))).toEqual([]);
    expect(numbers(searchItems(items, 'cafe.pdf'))).toEqual([3]);
  });

  it('ignores accents: "cafe" finds "Café"', () => {
    expect(numbers(searchItems(items, 'cafe-ordning'))).toEqual([3]);
  });

  it('reveals nothing of a closed punkt the user cannot read: only its case number matches', () => {
    expect(numbers(searchItems(items, 'direktør'))).toEqual([]);
    expect(numbers(searchItems(items, '81.03.00'))).toEqual([4]);
  });
});
