import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import type { FileChild } from 'docx';
import type { TitlePage } from './documentModel';

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

/**
 * The default design's title page: the kicker (city), the title, the subtitle, the facts as a
 * borderless label/value table (as a council paper's head), the lines; the body starts on the next page.
 */
export function renderTitlePage(page: TitlePage, textWidth: number): FileChild[] {
  const centred = (text: string, size: number, isBold = false, after = 240): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [new TextRun({ text, size, bold: isBold })] });
  const facts = page.facts ?? [];
  const labelWidth = Math.round(textWidth * 0.32);
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    ...(page.kicker ? [centred(page.kicker, 28)] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun(page.title)] }),
    ...(page.subtitle ? [centred(page.subtitle, 32, true)] : []),
    ...(facts.length > 0
      ? [
          new Table({
            width: { size: textWidth, type: WidthType.DXA },
            columnWidths: [labelWidth, textWidth - labelWidth],
            layout: TableLayoutType.FIXED,
            borders: noBorders,
            rows: facts.map(
              (fact) =>
                new TableRow({
                  children: [
                    new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: fact.label, bold: true })] })] }),
                    new TableCell({ width: { size: textWidth - labelWidth, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun(fact.value)] })] })
                  ]
                })
            )
          }),
          new Paragraph({ spacing: { after: 240 }, children: [] })
        ]
      : []),
    ...(page.lines ?? []).map((line) => centred(line, 24))
  ];
}
