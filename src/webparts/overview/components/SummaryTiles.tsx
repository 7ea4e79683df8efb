import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';
import type { OverviewModel } from '../../../app/overview/overviewModel';

export interface OverviewSectionProps {
  readonly model: OverviewModel;
  readonly strings: IOverviewWebPartStrings;
  readonly locale: string;
}

export function SummaryTiles({ model, strings, locale }: OverviewSectionProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12 },
    tile: { minWidth: 160, padding: 16, borderRadius: 4, background: theme.palette.neutralLighter, borderLeft: `4px solid ${theme.palette.themePrimary}` },
    number: { fontSize: 32, fontWeight: 600, color: theme.semanticColors.bodyText }
  });
  const tiles = [
    { label: strings.FieldsOfAction, value: model.fieldsOfAction.length },
    { label: strings.Goals, value: model.goalCount },
    { label: strings.Measures, value: model.measureCount },
    { label: strings.Departments, value: model.departments.length }
  ];
  return (
    <ul className={classes.list} data-testid="summary-tiles">
      {tiles.map((tile) => (
        <li key={tile.label} className={classes.tile}>
          <div className={classes.number}>{tile.value.toLocaleString(locale)}</div>
          <Text>{tile.label}</Text>
        </li>
      ))}
    </ul>
  );
}
