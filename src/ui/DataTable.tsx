import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';

export interface DataTableColumn<Row> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: Row) => React.ReactNode;
  readonly numeric?: boolean;
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: ReadonlyArray<DataTableColumn<Row>>;
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string | number;
  readonly rowHeader?: string;
  readonly highlight?: (row: Row) => boolean;
  readonly testId?: string;
}

/** A small semantic table (caption, column and row headers) for summaries that screen readers read well. */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowHeader, highlight, testId }: DataTableProps<Row>): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    table: { borderCollapse: 'collapse', width: '100%', color: theme.semanticColors.bodyText },
    caption: { textAlign: 'left', paddingBottom: 8 },
    cell: { padding: '6px 8px', borderBottom: `1px solid ${theme.palette.neutralLight}`, textAlign: 'left', fontWeight: 'normal' },
    head: { fontWeight: 600, borderBottom: `2px solid ${theme.palette.neutralTertiary}` },
    numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    highlight: { background: theme.palette.themeLighterAlt }
  });
  const headerKey = rowHeader ?? columns[0].key;
  return (
    <table className={classes.table} data-testid={testId}>
      <caption className={classes.caption}>
        <Text variant="large" as="span">
          {caption}
        </Text>
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={`${classes.cell} ${classes.head} ${column.numeric ? classes.numeric : ''}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={highlight?.(row) ? classes.highlight : undefined}>
            {columns.map((column) =>
              column.key === headerKey ? (
                <th key={column.key} scope="row" className={classes.cell}>
                  {column.render(row)}
                </th>
              ) : (
                <td key={column.key} className={`${classes.cell} ${column.numeric ? classes.numeric : ''}`}>
                  {column.render(row)}
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
