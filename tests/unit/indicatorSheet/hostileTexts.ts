/**
 * Titles, units and comments as anyone with write access to a list can store them: each is
 * run, converted or cut by a spreadsheet program that takes it as typed input ("=…" and "@…"
 * run, "+49 123" and "-5" become formulas or numbers, "0012" loses its zeros, "1.5" and "3/4"
 * become dates). Written into a workbook they must read back exactly.
 */
export const hostileTexts = ['=HYPERLINK("https://evil.example";"Details")', '+49 123', '-5', '@SUM(A1)', '0012', '1.5', '3/4', '\tTab', 'Plain title'] as const;
