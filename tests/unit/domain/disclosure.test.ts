import { disclosureCellNames, disclosureMark, suppressSmallCounts, type DisclosureCell, type PublicCount } from '../../../src/domain/disclosure';

const personCount = { isPersonCount: true, isGenderSplit: true };

/** The cells as published: a number, "<5", "." or "x" — total, weiblich, männlich, divers, ohne Angabe. */
function published(count: PublicCount): string[] {
  return disclosureCellNames.map((name) => {
    const cell = count[name];
    return cell.kind === 'shown' ? String(cell.value) : disclosureMark(cell)!;
  });
}

function split(total: number, female: number, male: number, diverse: number, notStated: number) {
  return { total, female, male, diverse, notStated };
}

/**
 * Independent of the implementation: every assignment of the hidden cells a reader could try,
 * within the bounds the marks state ("<5": 0–4, or 1–4 for a reader who takes every "<5" for a
 * primary cell; ".": 5 or more, at most a shown total), that keeps total = sum of the parts.
 * Answers the hidden cells that have one single possible value.
 */
function derivableCells(cells: readonly string[], smallMin: number): number[] {
  const shownTotal = cells[0] === '<5' || cells[0] === '.' ? undefined : Number(cells[0]);
  const ceiling = 40;
  const ranges = cells.map((cell, index): number[] => {
    if (cell === '<5') return range(smallMin, 4);
    // A withheld or unrecorded split ("." in every part) says nothing about its parts.
    const isWholeSplitHidden = index > 0 && cells.slice(1).every((part) => part === '.');
    if (cell === '.') return range(isWholeSplitHidden ? 0 : 5, shownTotal ?? ceiling);
    return [Number(cell)];
  });
  const seen = cells.map(() => new Set<number>());
  for (const female of ranges[1]) {
    for (const male of ranges[2]) {
      for (const diverse of ranges[3]) {
        for (const notStated of ranges[4]) {
          const total = female + male + diverse + notStated;
          if (!ranges[0].includes(total)) continue;
          [total, female, male, diverse, notStated].forEach((value, index) => seen[index].add(value));
        }
      }
    }
  }
  return cells.map((cell, index) => (cell === '<5' || cell === '.') && seen[index].size === 1 ? index : -1).filter((index) => index >= 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

function isTrueMark(cell: DisclosureCell, value: number): boolean {
  switch (cell.kind) {
    case 'shown':
      return cell.value === value;
    case 'small':
      return value >= 0 && value < 5;
    case 'secret':
      return value >= 5;
    default:
      return true;
  }
}

describe('small-number suppression of a count and its gender parts', () => {
  // [case, total, weiblich, männlich, divers, ohne Angabe] → cells as published
  const table: ReadonlyArray<[string, [number, number, number, number, number], string[]]> = [
    ['nothing small: everything shown', [30, 10, 10, 5, 5], ['30', '10', '10', '5', '5']],
    ['zero total', [0, 0, 0, 0, 0], ['0', '0', '0', '0', '0']],
    ['no part from 1 to 4: zeros are exact and shown', [20, 12, 8, 0, 0], ['20', '12', '8', '0', '0']],
    ['one small part alone would follow from the total: a zero next to it is hidden with it', [20, 16, 4, 0, 0], ['20', '16', '<5', '<5', '0']],
    ['a zero beside the small part, not the large part', [9, 5, 4, 0, 0], ['9', '5', '<5', '<5', '0']],
    ['two small parts summing to 2, each at least 1: a third cell joins them', [12, 10, 1, 1, 0], ['12', '10', '<5', '<5', '<5']],
    ['two small parts of 4 summing to 8 would be forced: a zero joins', [8, 4, 4, 0, 0], ['8', '<5', '<5', '<5', '0']],
    ['three parts of 4 and a zero: all four parts hidden', [12, 4, 4, 4, 0], ['12', '<5', '<5', '<5', '<5']],
    ['four parts of 4 would be forced even together: the total is hidden too', [16, 4, 4, 4, 4], ['.', '<5', '<5', '<5', '<5']],
    ['no zero to pair with: the smallest larger part is hidden as "."', [20, 4, 6, 5, 5], ['20', '<5', '6', '.', '5']],
    ['two small parts without zero protect each other', [15, 2, 5, 5, 3], ['15', '<5', '5', '5', '<5']],
    ['two small parts of unequal size protect each other', [10, 2, 2, 6, 0], ['10', '<5', '<5', '6', '0']],
    ['four small parts with room in their sum', [7, 1, 1, 1, 4], ['7', '<5', '<5', '<5', '<5']],
    ['a small part beside one large part', [25, 1, 24, 0, 0], ['25', '<5', '24', '<5', '0']],
    ['a small part and a zero with a part of exactly 5', [6, 1, 5, 0, 0], ['6', '<5', '5', '<5', '0']],
    ['a small total: "<5" and its split withheld', [3, 2, 1, 0, 0], ['<5', '.', '.', '.', '.']],
    ['a small total of one gender only: the split is withheld', [4, 4, 0, 0, 0], ['<5', '.', '.', '.', '.']],
    ['a small total split 1+1+1+1', [4, 1, 1, 1, 1], ['<5', '.', '.', '.', '.']]
  ];

  it.each(table)('%s', (_, [total, female, male, diverse, notStated], expected) => {
    const result = suppressSmallCounts(split(total, female, male, diverse, notStated), personCount);
    expect(published(result)).toEqual(expected);
    expect(derivableCells(expected, 0)).toEqual([]);
  });

  it('the check itself finds what a table without secondary suppression gives away', () => {
    expect(derivableCells(['20', '16', '<5', '0', '0'], 0)).toEqual([2]);
    expect(derivableCells(['12', '10', '<5', '<5', '0'], 1)).toEqual([2, 3]);
    expect(derivableCells(['16', '<5', '<5', '<5', '<5'], 0)).toEqual([1, 2, 3, 4]);
  });

  it('shows a count that is not split by gender with "x" and suppresses a small total', () => {
    expect(published(suppressSmallCounts({ total: 3 }, { isPersonCount: true, isGenderSplit: false }))).toEqual(['<5', 'x', 'x', 'x', 'x']);
    expect(published(suppressSmallCounts({ total: 31 }, { isPersonCount: true, isGenderSplit: false }))).toEqual(['31', 'x', 'x', 'x', 'x']);
  });

  it('marks parts that were not recorded with "." and still suppresses a small total', () => {
    expect(published(suppressSmallCounts({ total: 12 }, personCount))).toEqual(['12', '.', '.', '.', '.']);
    expect(published(suppressSmallCounts({ total: 2 }, personCount))).toEqual(['<5', '.', '.', '.', '.']);
    // Parts that do not add up to the total are not published: they would contradict it.
    expect(published(suppressSmallCounts({ total: 12, female: 3, male: 3, diverse: 0, notStated: 0 }, personCount))).toEqual(['12', '.', '.', '.', '.']);
  });

  it('does not suppress amounts, rates or percentages: they point at nobody', () => {
    expect(published(suppressSmallCounts({ total: 3 }, { isPersonCount: false, isGenderSplit: false }))).toEqual(['3', 'x', 'x', 'x', 'x']);
    expect(published(suppressSmallCounts({ total: 2.5 }, { isPersonCount: false, isGenderSplit: false }))).toEqual(['2.5', 'x', 'x', 'x', 'x']);
  });

  it('for every split of every total up to 14: marks are true, every 1–4 is hidden, and no hidden cell can be worked out', () => {
    let checked = 0;
    for (let total = 0; total <= 14; total += 1) {
      for (let female = 0; female <= total; female += 1) {
        for (let male = 0; male <= total - female; male += 1) {
          for (let diverse = 0; diverse <= total - female - male; diverse += 1) {
            const values = [total, female, male, diverse, total - female - male - diverse];
            const result = suppressSmallCounts(split(values[0], values[1], values[2], values[3], values[4]), personCount);
            const cells = published(result);
            disclosureCellNames.forEach((name, index) => {
              expect(isTrueMark(result[name], values[index])).toBe(true);
              if (values[index] >= 1 && values[index] <= 4) expect(result[name].kind).not.toBe('shown');
            });
            expect({ values, derivable: derivableCells(cells, 0) }).toEqual({ values, derivable: [] });
            const hiddenSmall = disclosureCellNames.filter((name) => result[name].kind === 'small').map((name) => values[disclosureCellNames.indexOf(name)]);
            if (hiddenSmall.every((value) => value >= 1)) {
              // A reader who takes every "<5" for 1–4 learns nothing either, when that reading is true.
              expect({ values, derivable: derivableCells(cells, 1) }).toEqual({ values, derivable: [] });
            }
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(3060);
  });
});
