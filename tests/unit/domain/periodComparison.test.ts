import {
  allDifferences,
  CatalogueSnapshot,
  ComparedIndicator,
  ComparedMeasure,
  comparePlanPeriods,
  filterDifferences,
  PeriodComparison,
  AnyItemDifference
} from '../../../src/domain/periodComparison';

// The 2nd update (Fortschreibung) as adopted: departments 5 Jugendamt, 7 Volkshochschule, 8 Jobcenter, 9 Sportamt.
const previous: CatalogueSnapshot = {
  fieldsOfAction: [
    { id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 },
    { id: 2, title: 'Arbeit und Ausbildung', sortOrder: 2, planPeriodId: 2 },
    { id: 3, title: 'Wohnen und Zusammenleben', sortOrder: 3, planPeriodId: 2 }
  ],
  goals: [
    { id: 11, number: '1.1', title: 'Frühe sprachliche Förderung', fieldOfActionId: 1, planPeriodId: 2 },
    { id: 12, number: '1.2', title: 'Deutschkurse für Erwachsene', fieldOfActionId: 1, planPeriodId: 2 },
    { id: 21, number: '2.1', title: 'Anerkennung ausländischer Abschlüsse', fieldOfActionId: 2, planPeriodId: 2 },
    { id: 31, number: '3.1', title: 'Nachbarschaften stärken', fieldOfActionId: 3, planPeriodId: 2 },
    { id: 32, number: '3.2', title: 'Sport und Freizeit', fieldOfActionId: 3, planPeriodId: 2 }
  ],
  measures: [
    measure(101, '1.1.1', 'Sprachkitas ausbauen', 11, 5, 'inProgress'),
    measure(107, '1.1.2', 'Elternbegleiter*innen in Kitas', 11, 5, 'ongoing'),
    measure(102, '1.2.1', 'Sprachcafé im Stadtteilzentrum', 12, 7, 'ongoing'),
    measure(103, '1.2.2', 'Kinderbetreuung während der Integrationskurse', 12, 7, 'implemented'),
    measure(104, '2.1.1', 'Beratungsstelle Anerkennung', 21, 8, 'implemented'),
    measure(105, '3.1.1', 'Nachbarschaftsfeste fördern', 31, 9, 'planned'),
    measure(106, '3.1.2', 'Interkulturelle Öffnung der Sportvereine', 31, 9, 'inProgress')
  ],
  indicators: [
    { id: 201, title: 'Anzahl Sprachkitas', measureId: 101, departmentId: 5, unit: 'Kitas', direction: 'higherIsBetter', targetValue: 20, targetYear: 2021, isGenderSplit: false },
    { id: 202, title: 'Teilnehmende Sprachcafé', measureId: 102, departmentId: 7, unit: 'Personen', direction: 'higherIsBetter', targetValue: 400, isGenderSplit: true },
    { id: 203, title: 'Anerkannte Abschlüsse', measureId: 104, departmentId: 8, unit: 'Abschlüsse', direction: 'higherIsBetter', isGenderSplit: true },
    { id: 204, title: 'Deutschkurse mit Plätzen frei', goalId: 12, departmentId: 7, unit: 'Kurse', direction: 'higherIsBetter', isGenderSplit: false }
  ]
};

function measure(id: number, number: string, title: string, goalId: number, leadDepartmentId: number, status: ComparedMeasure['status']): ComparedMeasure {
  return { id, number, title, goalId, planPeriodId: 2, leadDepartmentId, involvedDepartmentIds: [], status };
}

/** The 3rd update as "Nächste Fortschreibung vorbereiten" makes it: every item copied with a link to its predecessor. */
function copied(snapshot: CatalogueSnapshot): CatalogueSnapshot {
  const id = (old: number): number => old + 1000;
  return {
    fieldsOfAction: snapshot.fieldsOfAction.map((f) => ({ ...f, id: id(f.id), planPeriodId: 3, predecessorId: f.id })),
    goals: snapshot.goals.map((g) => ({ ...g, id: id(g.id), fieldOfActionId: id(g.fieldOfActionId), planPeriodId: 3, predecessorId: g.id })),
    measures: snapshot.measures.map((m) => ({ ...m, id: id(m.id), goalId: id(m.goalId), planPeriodId: 3, predecessorId: m.id })),
    indicators: snapshot.indicators.map((i) => ({
      ...i,
      id: id(i.id),
      measureId: i.measureId === undefined ? undefined : id(i.measureId),
      goalId: i.goalId === undefined ? undefined : id(i.goalId),
      predecessorId: i.id
    }))
  };
}

type Edit = (next: CatalogueSnapshot) => CatalogueSnapshot;

function editMeasure(previousId: number, change: Partial<ComparedMeasure>): Edit {
  return (next) => ({ ...next, measures: next.measures.map((m) => (m.id === previousId + 1000 ? { ...m, ...change } : m)) });
}

function withoutMeasures(...previousIds: number[]): Edit {
  const ids = previousIds.map((id) => id + 1000);
  return (next) => ({
    ...next,
    measures: next.measures.filter((m) => !ids.includes(m.id)),
    indicators: next.indicators.filter((i) => i.measureId === undefined || !ids.includes(i.measureId))
  });
}

/** What the attachment "Änderungen gegenüber der 2. Fortschreibung" shows, one line per item. */
function lines(comparison: PeriodComparison): string[] {
  return allDifferences(comparison).map(line);
}

function line(difference: AnyItemDifference): string {
  const item = difference.after ?? difference.before;
  const number = item && 'number' in item && item.number ? `${item.number} ` : '';
  const changes = difference.changes.map((change) => `${change.field} ${show(change.before)} → ${show(change.after)}`);
  return `${difference.kind} ${difference.level} ${number}${item?.title ?? ''}${changes.length ? `: ${changes.join('; ')}` : ''}`;
}

function show(value: string | number | undefined): string {
  return value === undefined ? '–' : typeof value === 'string' ? `"${value}"` : String(value);
}

describe('comparePlanPeriods', () => {
  const cases: readonly [string, Edit, string[]][] = [
    ['an unchanged copy shows no differences', (next) => next, []],
    [
      'a measure renamed in the copy is one changed measure, not a dropped and an added one',
      editMeasure(102, { title: 'Sprachcafés in allen Stadtteilzentren' }),
      ['changed measure 1.2.1 Sprachcafés in allen Stadtteilzentren: title "Sprachcafé im Stadtteilzentrum" → "Sprachcafés in allen Stadtteilzentren"']
    ],
    [
      'a retargeted indicator shows old and new target value and year',
      (next) => ({ ...next, indicators: next.indicators.map((i) => (i.id === 1201 ? { ...i, targetValue: 30, targetYear: 2024 } : i)) }),
      ['changed indicator Anzahl Sprachkitas: targetValue 20 → 30; targetYear 2021 → 2024']
    ],
    [
      'implemented measures left out of the copy are dropped, with their indicators',
      withoutMeasures(103, 104),
      [
        'dropped measure 1.2.2 Kinderbetreuung während der Integrationskurse',
        'dropped measure 2.1.1 Beratungsstelle Anerkennung',
        'dropped indicator Anerkannte Abschlüsse'
      ]
    ],
    [
      'a new goal with two measures is added, goal and measures each',
      (next) => ({
        ...next,
        goals: [...next.goals, { id: 1022, number: '2.2', title: 'Ausbildung junger Geflüchteter', fieldOfActionId: 1002, planPeriodId: 3 }],
        measures: [
          ...next.measures,
          { ...measure(1109, '2.2.2', 'Teilzeitausbildung für junge Eltern', 1022, 8, 'planned'), planPeriodId: 3 },
          { ...measure(1108, '2.2.1', 'Ausbildungslotsen', 1022, 8, 'planned'), planPeriodId: 3 }
        ]
      }),
      ['added goal 2.2 Ausbildung junger Geflüchteter', 'added measure 2.2.1 Ausbildungslotsen', 'added measure 2.2.2 Teilzeitausbildung für junge Eltern']
    ],
    [
      'a measure typed in again with a soft hyphen and no link is the same measure',
      editMeasure(107, { title: 'Eltern\u00ADbegleiter*innen in  Kitas ', predecessorId: undefined }),
      []
    ],
    ['a soft hyphen in a linked title is no change of title', editMeasure(101, { title: 'Sprach\u00ADkitas aus\u200Bbauen' }), []],
    [
      'a measure moved to another goal shows the old and the new goal',
      editMeasure(106, { goalId: 1032, number: '3.2.1' }),
      ['changed measure 3.2.1 Interkulturelle Öffnung der Sportvereine: parent "3.1 Nachbarschaften stärken" → "3.2 Sport und Freizeit"']
    ],
    [
      'a measure moved without a link is dropped under the old goal and added under the new one',
      editMeasure(106, { goalId: 1032, number: '3.2.1', predecessorId: undefined }),
      ['dropped measure 3.1.2 Interkulturelle Öffnung der Sportvereine', 'added measure 3.2.1 Interkulturelle Öffnung der Sportvereine']
    ],
    [
      'a measure handed to another department with a new status shows both',
      editMeasure(101, { leadDepartmentId: 6, status: 'implemented' }),
      ['changed measure 1.1.1 Sprachkitas ausbauen: status "inProgress" → "implemented"; leadDepartment 5 → 6']
    ],
    [
      'a reflowed description is no change, a new sentence is',
      (next) => ({
        ...next,
        fieldsOfAction: next.fieldsOfAction.map((f) => (f.id === 1001 ? { ...f, description: 'Sprache ist der Schlüssel.' } : f)),
        goals: next.goals.map((g) => (g.id === 1011 ? { ...g, description: '' } : g))
      }),
      ['changed fieldOfAction Sprache und Bildung: description – → "Sprache ist der Schlüssel."']
    ],
    [
      'an indicator counted in another unit, moved from its goal to a measure',
      (next) => ({
        ...next,
        indicators: next.indicators.map((i) => (i.id === 1204 ? { ...i, goalId: undefined, measureId: 1102, unit: 'Plätze' } : i))
      }),
      ['changed indicator Deutschkurse mit Plätzen frei: parent "1.2 Deutschkurse für Erwachsene" → "1.2.1 Sprachcafé im Stadtteilzentrum"; unit "Kurse" → "Plätze"']
    ],
    [
      'a renamed field of action without a link is dropped and added, and its goals and measures with it',
      (next) => ({
        ...next,
        fieldsOfAction: next.fieldsOfAction.map((f) => (f.id === 1002 ? { ...f, title: 'Arbeit', predecessorId: undefined } : f)),
        goals: next.goals.map((g) => ({ ...g, predecessorId: undefined })),
        measures: next.measures.map((m) => ({ ...m, predecessorId: undefined })),
        indicators: next.indicators.map((i) => ({ ...i, predecessorId: undefined }))
      }),
      [
        'added fieldOfAction Arbeit',
        'dropped fieldOfAction Arbeit und Ausbildung',
        'dropped goal 2.1 Anerkennung ausländischer Abschlüsse',
        'added goal 2.1 Anerkennung ausländischer Abschlüsse',
        'dropped measure 2.1.1 Beratungsstelle Anerkennung',
        'added measure 2.1.1 Beratungsstelle Anerkennung',
        'dropped indicator Anerkannte Abschlüsse',
        'added indicator Anerkannte Abschlüsse'
      ]
    ]
  ];

  it.each(cases)('%s', (_name, edit, expected) => {
    expect(lines(comparePlanPeriods(previous, edit(copied(previous))))).toEqual(expected);
  });

  it('lists each level by number, numerically, then by title in German order, unnumbered last', () => {
    const next = copied(previous);
    const added = (id: number, number: string | undefined, title: string): ComparedMeasure => ({
      ...measure(id, number ?? '', title, 1012, 7, 'planned'),
      number,
      planPeriodId: 3
    });
    const comparison = comparePlanPeriods(previous, {
      ...next,
      measures: [
        ...next.measures,
        added(2001, '1.2.10', 'Lernpatenschaften'),
        added(2002, undefined, 'Zusatzangebot'),
        added(2003, '1.2.3', 'Bücherbus'),
        added(2004, '1.2.3', 'Ärztliche Sprechstunde auf Deutsch'),
        added(2005, undefined, 'Abendkurse')
      ]
    });
    expect(comparison.measures.map((d) => `${d.after?.number ?? '–'} ${d.after?.title}`)).toEqual([
      '1.2.3 Ärztliche Sprechstunde auf Deutsch',
      '1.2.3 Bücherbus',
      '1.2.10 Lernpatenschaften',
      '– Abendkurse',
      '– Zusatzangebot'
    ]);
  });

  it('matches a measure split in two to its first part only; the other part is new', () => {
    const next = copied(previous);
    const comparison = comparePlanPeriods(previous, {
      ...next,
      measures: [...next.measures, { ...measure(1110, '1.2.3', 'Sprachcafé für Frauen', 1012, 7, 'planned'), planPeriodId: 3, predecessorId: 102 }]
    });
    expect(lines(comparison)).toEqual(['added measure 1.2.3 Sprachcafé für Frauen']);
  });

  it('falls back to the title when the link points outside the previous period', () => {
    const next = editMeasure(105, { predecessorId: 9999 })(copied(previous));
    expect(lines(comparePlanPeriods(previous, next))).toEqual([]);
  });

  it('keeps both items of the difference, so the attachment can print everything about them', () => {
    const [difference] = comparePlanPeriods(previous, editMeasure(102, { title: 'Sprachcafés' })(copied(previous))).measures;
    expect(difference.before?.id).toBe(102);
    expect(difference.after?.id).toBe(1102);
    expect(difference.after?.predecessorId).toBe(102);
  });
});

describe('filterDifferences', () => {
  // Implemented measures left out, one renamed, one handed from the Volkshochschule (7) to the Jobcenter (8), a new goal.
  const next = [
    withoutMeasures(103, 104),
    editMeasure(101, { title: 'Sprachkitas in allen Stadtteilen' }),
    editMeasure(102, { leadDepartmentId: 8 }),
    (snapshot: CatalogueSnapshot) => ({
      ...snapshot,
      goals: [...snapshot.goals, { id: 1022, number: '2.2', title: 'Ausbildung junger Geflüchteter', fieldOfActionId: 1002, planPeriodId: 3 }]
    })
  ].reduce((snapshot, edit) => edit(snapshot), copied(previous));
  const comparison = comparePlanPeriods(previous, next);

  it('lets everything through without criteria', () => {
    expect(lines(filterDifferences(comparison, {}))).toEqual(lines(comparison));
    expect(lines(comparison)).toHaveLength(6);
  });

  it('shows one level', () => {
    expect(lines(filterDifferences(comparison, { levels: ['goal'] }))).toEqual(['added goal 2.2 Ausbildung junger Geflüchteter']);
  });

  it('shows only dropped items', () => {
    expect(lines(filterDifferences(comparison, { kinds: ['dropped'] }))).toEqual([
      'dropped measure 1.2.2 Kinderbetreuung während der Integrationskurse',
      'dropped measure 2.1.1 Beratungsstelle Anerkennung',
      'dropped indicator Anerkannte Abschlüsse'
    ]);
  });

  it("shows a department its measures and indicators, a handover to both departments", () => {
    expect(lines(filterDifferences(comparison, { departmentId: 8 }))).toEqual([
      'changed measure 1.2.1 Sprachcafé im Stadtteilzentrum: leadDepartment 7 → 8',
      'dropped measure 2.1.1 Beratungsstelle Anerkennung',
      'dropped indicator Anerkannte Abschlüsse'
    ]);
    expect(lines(filterDifferences(comparison, { departmentId: 7, kinds: ['changed', 'dropped'], levels: ['measure'] }))).toEqual([
      'changed measure 1.2.1 Sprachcafé im Stadtteilzentrum: leadDepartment 7 → 8',
      'dropped measure 1.2.2 Kinderbetreuung während der Integrationskurse'
    ]);
  });
});

describe('comparing the guiding goals (Leitziele) of two periods', () => {
  const guidingGoal = (id: number, sortOrder: number, title: string, predecessorId?: number, description?: string) => ({ id, title, sortOrder, planPeriodId: predecessorId === undefined && id < 10 ? 2 : 3, predecessorId, description });
  const before: CatalogueSnapshot = {
    guidingGoals: [guidingGoal(1, 1, 'Chancengleichheit in Bildung und Arbeit'), guidingGoal(2, 2, 'Willkommenskultur'), guidingGoal(3, 3, 'Teilhabe', undefined, 'alt')],
    fieldsOfAction: [],
    goals: [],
    measures: [],
    indicators: []
  };
  const after: CatalogueSnapshot = {
    guidingGoals: [guidingGoal(11, 1, 'Chancengleichheit in Bildung, Ausbildung und Arbeit', 1), guidingGoal(12, 2, 'Teilhabe', undefined, 'neu'), guidingGoal(13, 3, 'Interkulturelle Öffnung')],
    fieldsOfAction: [],
    goals: [],
    measures: [],
    indicators: []
  };

  it('lists them first: renamed by link, matched by title otherwise, dropped and added', () => {
    expect(lines(comparePlanPeriods(before, after))).toEqual([
      'changed guidingGoal Chancengleichheit in Bildung, Ausbildung und Arbeit: title "Chancengleichheit in Bildung und Arbeit" → "Chancengleichheit in Bildung, Ausbildung und Arbeit"',
      // In the order of the new period; under the same position by title.
      'changed guidingGoal Teilhabe: description "alt" → "neu"',
      'dropped guidingGoal Willkommenskultur',
      'added guidingGoal Interkulturelle Öffnung'
    ]);
  });

  it('treats a snapshot without guiding goals as having none, and filters them like the other levels', () => {
    const { guidingGoals: _left, ...withoutGuidingGoals } = before;
    expect(lines(comparePlanPeriods(withoutGuidingGoals, after))).toHaveLength(3);
    expect(lines(filterDifferences(comparePlanPeriods(before, after), { levels: ['guidingGoal'], kinds: ['added'] }))).toEqual(['added guidingGoal Interkulturelle Öffnung']);
    expect(filterDifferences(comparePlanPeriods(before, after), { departmentId: 1 }).guidingGoals).toEqual([]);
  });
});

describe('an indicator redefined in the new period', () => {
  const indicator = (id: number, title: string, extra: Partial<ComparedIndicator> = {}): ComparedIndicator => ({ id, title, measureId: 1, departmentId: 5, unit: 'Anzahl', direction: 'higherIsBetter', isGenderSplit: false, ...extra });
  const base = { fieldsOfAction: [{ id: 1, title: 'Bildung', sortOrder: 1, planPeriodId: 3 }], goals: [{ id: 1, title: 'Sprache', number: '1.1', fieldOfActionId: 1, planPeriodId: 3 }] };
  const measures = [{ id: 1, title: 'Sprach-Kitas', number: '1.1.1', goalId: 1, planPeriodId: 3, leadDepartmentId: 5, involvedDepartmentIds: [], status: 'ongoing' as const }];

  it('says its series breaks, even under the same title; a renamed or continued one does not', () => {
    const before: CatalogueSnapshot = { ...base, measures, indicators: [indicator(1, 'Kinder mit Förderbedarf'), indicator(2, 'Sprachkurse'), indicator(3, 'Kitas')] };
    const after: CatalogueSnapshot = {
      ...base,
      measures,
      indicators: [
        indicator(11, 'Kinder mit Förderbedarf', { predecessorId: 1, seriesContinuity: 'redefined', unit: 'Prozent' }),
        indicator(12, 'Sprachkurse der VHS', { predecessorId: 2, seriesContinuity: 'renamed' }),
        indicator(13, 'Kitas', { predecessorId: 3, seriesContinuity: 'same' })
      ]
    };
    expect(lines(comparePlanPeriods(before, after))).toEqual([
      'changed indicator Kinder mit Förderbedarf: unit "Anzahl" → "Prozent"; seriesContinuity – → "redefined"',
      'changed indicator Sprachkurse der VHS: title "Sprachkurse" → "Sprachkurse der VHS"'
    ]);
  });
});
