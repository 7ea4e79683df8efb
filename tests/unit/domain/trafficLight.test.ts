import { targetShortfall, trafficLightLabel, trafficLightOf, trafficLightRule, type TrafficLightInput, type TrafficLight } from '../../../src/domain/trafficLight';

const higher = { indicatorId: 7, direction: 'higherIsBetter' as const };
const lower = { indicatorId: 8, direction: 'lowerIsBetter' as const };

describe('trafficLightOf', () => {
  const cases: ReadonlyArray<readonly [string, TrafficLightInput, TrafficLight]> = [
    ['in progress, nothing else known', { status: 'inProgress' }, 'onTrack'],
    ['implemented', { status: 'implemented' }, 'onTrack'],
    ['ongoing', { status: 'ongoing' }, 'onTrack'],
    ['planned, not yet started', { status: 'planned' }, 'atRisk'],
    ['suspended', { status: 'suspended' }, 'offTrack'],
    ['dropped', { status: 'dropped' }, 'offTrack'],
    ['agreed, not yet reviewed: no signal', { status: 'inProgress', agreement: { agreementStatus: 'agreed', achievement: 'open' } }, 'onTrack'],
    ['reviewed achieved', { status: 'inProgress', agreement: { agreementStatus: 'reviewed', achievement: 'achieved' } }, 'onTrack'],
    ['reviewed partly achieved', { status: 'inProgress', agreement: { agreementStatus: 'reviewed', achievement: 'partlyAchieved' } }, 'atRisk'],
    ['reviewed not achieved', { status: 'implemented', agreement: { agreementStatus: 'reviewed', achievement: 'notAchieved' } }, 'offTrack'],
    ['reviewed dropped', { status: 'inProgress', agreement: { agreementStatus: 'reviewed', achievement: 'dropped' } }, 'offTrack'],
    ['higher is better, target met', { status: 'inProgress', indicators: [{ ...higher, targetValue: 100, actual: 120 }] }, 'onTrack'],
    ['higher is better, exactly on target', { status: 'inProgress', indicators: [{ ...higher, targetValue: 100, actual: 100 }] }, 'onTrack'],
    ['higher is better, 20 % short', { status: 'inProgress', indicators: [{ ...higher, targetValue: 100, actual: 80 }] }, 'atRisk'],
    ['higher is better, 21 % short', { status: 'inProgress', indicators: [{ ...higher, targetValue: 100, actual: 79 }] }, 'offTrack'],
    ['lower is better, below target', { status: 'inProgress', indicators: [{ ...lower, targetValue: 50, actual: 40 }] }, 'onTrack'],
    ['lower is better, 10 % above target', { status: 'inProgress', indicators: [{ ...lower, targetValue: 50, actual: 55 }] }, 'atRisk'],
    ['lower is better, far above target', { status: 'inProgress', indicators: [{ ...lower, targetValue: 50, actual: 80 }] }, 'offTrack'],
    ['lower is better, target 0 missed', { status: 'inProgress', indicators: [{ ...lower, targetValue: 0, actual: 1 }] }, 'offTrack'],
    ['no accepted value: no signal', { status: 'inProgress', indicators: [{ ...higher, targetValue: 100 }] }, 'onTrack'],
    ['no target: no signal', { status: 'inProgress', indicators: [{ ...higher, actual: 3 }] }, 'onTrack'],
    ['worst signal wins', { status: 'inProgress', agreement: { agreementStatus: 'reviewed', achievement: 'achieved' }, indicators: [{ ...higher, targetValue: 100, actual: 120 }, { ...lower, targetValue: 10, actual: 11 }] }, 'atRisk']
  ];

  it.each(cases)('%s', (_, input, expected) => {
    expect(trafficLightOf(input).light).toBe(expected);
  });

  it('names the signals that set the light, worst first', () => {
    const result = trafficLightOf({ status: 'inProgress', agreement: { agreementStatus: 'reviewed', achievement: 'partlyAchieved' }, indicators: [{ ...higher, targetValue: 100, actual: 50 }] });
    expect(result.signals.map((signal) => [signal.source, signal.light])).toEqual([
      ['indicator', 'offTrack'],
      ['agreement', 'atRisk'],
      ['status', 'onTrack']
    ]);
    expect(result.signals[0]).toMatchObject({ indicatorId: 7, shortfall: 0.5 });
  });
});

describe('targetShortfall', () => {
  it('is the gap as a share of the target, direction aware', () => {
    expect(targetShortfall('higherIsBetter', 200, 150)).toBe(0.25);
    expect(targetShortfall('lowerIsBetter', 200, 250)).toBe(0.25);
    expect(targetShortfall('lowerIsBetter', 200, 150)).toBe(0);
    expect(targetShortfall('higherIsBetter', 0, 0)).toBe(0);
  });
});

describe('the stated rule', () => {
  it('reads in German and English and names the threshold and every state', () => {
    expect(trafficLightRule('de').join(' ')).toContain('20 %');
    expect(trafficLightRule('en').join(' ')).toContain('accepted value');
    for (const light of ['onTrack', 'atRisk', 'offTrack'] as const) {
      expect(trafficLightRule('de').join(' ')).toContain(trafficLightLabel(light, 'de'));
      expect(trafficLightRule('en').join(' ')).toContain(trafficLightLabel(light, 'en'));
    }
  });
});
