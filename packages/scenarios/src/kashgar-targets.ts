import { type CalibrationRun, type CalibrationTarget, within } from './calibration-target.js';
import { clearedBetween, vehiclesPerWorkingDay } from './daily-measures.js';
import { carsExported, meanCrossingHours } from './run-measures.js';
import { pooledHoursAtStations } from './station-hours.js';

/*
 * Calibration targets of the Kashgar scenarios (Irkeshtam and Torugart), rows of docs/sources.md.
 * `fit` targets set kashgar-2023's three free parameters (named at the top of its file); every
 * other target is a `check`, never used to set anything. kashgar-2024 and kashgar-2025 are
 * kashgar-2023 with their dated changes only, so all their targets are checks.
 */

type KashgarScenario = 'kashgar-2023' | 'kashgar-2024' | 'kashgar-2025';

const IRKESHTAM = ['irk-carrier', 'irk-truck', 'irk-return'] as const;
const TORUGART = ['tor-carrier', 'tor-truck', 'tor-return'] as const;

/** Vehicles out of China at the Kyrgyz entry controls of both ports. */
const KYRGYZ_ENTRY = [
  ['irk-kg', 'irk-carrier'],
  ['irk-kg', 'irk-truck'],
  ['tor-kg', 'tor-carrier'],
  ['tor-kg', 'tor-truck'],
] as const;
/** Vehicles into China at the Kyrgyz exit controls. */
const KYRGYZ_EXIT = [
  ['irk-kg-exit', 'irk-return'],
  ['tor-kg-exit', 'tor-return'],
] as const;
/** Vehicles out of China at the Chinese export controls. */
const CHINESE_EXPORT = [
  ['irk-cn', 'irk-carrier'],
  ['irk-cn', 'irk-truck'],
  ['tor-cn', 'tor-carrier'],
  ['tor-cn', 'tor-truck'],
] as const;

const CPMM_2023 =
  'B4: CAREC CPMM 2023, Kyrgyz road border-crossing points, mean time of trucks: 1.3 h, 1.0 h ' +
  'outbound from Kyrgyzstan, 1.4 h inbound into it (Table 6.4)';

const WEEKEND_SOURCE =
  'B1: Kyrgyz Border Service (Jan 2024): Mon–Fri only, closed Sat and Sun; holiday closures at ' +
  "China's initiative (B1, G4), listed in the scenario's closures.";

function closedServiceStarts(run: CalibrationRun): number {
  if (run.closedServiceStarts === null) throw new RangeError('this target needs the trace');
  return run.closedServiceStarts;
}

function closedServiceTarget(scenario: KashgarScenario, year: number): CalibrationTarget {
  return {
    id: `${scenario}-closed-service`,
    scenario,
    kind: 'check',
    title: `Service starts at Irkeshtam and Torugart on weekends and holidays, ${year}`,
    source: WEEKEND_SOURCE,
    unit: 'vehicles',
    accept: { lower: 0, upper: 0 },
    acceptText: 'none',
    needsTrace: true,
    measure: closedServiceStarts,
  };
}

/** The targets of kashgar-2023, kashgar-2024 and kashgar-2025. */
export const KASHGAR_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'kashgar-2023-kyrgyz-entry',
    scenario: 'kashgar-2023',
    kind: 'fit',
    title:
      'Carriers and trucks out of China: mean time at the Kyrgyz entry controls (both ports; wait, inspection, secondary)',
    source: CPMM_2023,
    unit: 'h',
    accept: { lower: 1.2, upper: 1.6 },
    acceptText: '1.4 h ± 0.2 h',
    needsTrace: false,
    measure: (run) => pooledHoursAtStations(run, KYRGYZ_ENTRY),
  },
  {
    id: 'kashgar-2023-kyrgyz-exit',
    scenario: 'kashgar-2023',
    kind: 'fit',
    title: 'Vehicles into China: mean time at the Kyrgyz exit controls (both ports; wait and control)',
    source: CPMM_2023,
    unit: 'h',
    accept: { lower: 0.8, upper: 1.2 },
    acceptText: '1.0 h ± 0.2 h',
    needsTrace: false,
    measure: (run) => pooledHoursAtStations(run, KYRGYZ_EXIT),
  },
  {
    id: 'kashgar-2023-irkeshtam-july',
    scenario: 'kashgar-2023',
    kind: 'fit',
    title: 'Irkeshtam: vehicles cleared a working day, both directions, July 2023',
    source:
      'B2: Irkeshtam, Kyrgyz side, more than 300 vehicles a day in both directions in July 2023 ' +
      '(design 100 trucks + 60 light vehicles), asia.businessupturn.com; 24.kg/obschestvo/262023',
    unit: 'vehicles',
    accept: { lower: 300, upper: Number.POSITIVE_INFINITY },
    acceptText: '> 300',
    needsTrace: false,
    measure: (run) => vehiclesPerWorkingDay(run.result, IRKESHTAM, '2023-07-01', '2023-07-31'),
  },
  {
    id: 'kashgar-2023-torugart-exports',
    scenario: 'kashgar-2023',
    kind: 'check',
    title: 'Cars exported through Torugart in 2023',
    source:
      'B3: Kizilsu land port (Torugart), about 35,000 by early Nov 2023, 40,000 expected for the year, China Daily 2023-11-21',
    unit: 'cars',
    accept: within(40_000, 0.1),
    acceptText: '40,000 ± 10%',
    needsTrace: false,
    measure: (run) => carsExported(run.result, ['tor-carrier']),
  },
  {
    id: 'kashgar-2023-torugart-all-vehicles',
    scenario: 'kashgar-2023',
    kind: 'check',
    title: 'Torugart: carriers and trucks cleared in 2023, both directions (at most the all-vehicle count)',
    source:
      'B3 (derived): Torugart, all vehicles crossing, 144,500 in 2024, +49.25% on 2023, so about ' +
      '96,800 in 2023 (Xinhua/APP 2025-01-07); the count includes buses and cars, so it bounds ours',
    unit: 'vehicles',
    accept: { lower: 0, upper: 96_800 },
    acceptText: '≤ 96,800',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, TORUGART, '2023-01-01', '2023-12-31'),
  },
  {
    id: 'kashgar-2023-chinese-export',
    scenario: 'kashgar-2023',
    kind: 'check',
    title: 'Carriers and trucks: mean time at the Chinese export controls (both ports)',
    source:
      'A4: CAREC CPMM 2023, PRC road border-crossing points, outbound trucks 17.0 h on average, ' +
      'an average that Horgos (51.4 h) pulls up (Table 6.7)',
    unit: 'h',
    accept: { lower: 0, upper: 17 },
    acceptText: '≤ 17.0 h',
    needsTrace: false,
    measure: (run) => pooledHoursAtStations(run, CHINESE_EXPORT),
  },
  {
    id: 'kashgar-2023-torugart-to-bishkek',
    scenario: 'kashgar-2023',
    kind: 'check',
    title: 'Torugart carriers: mean time from the Chinese export control to leaving Kyrgyz control',
    source:
      'B3: a Kashgar forwarder, about 5 days (120 h) from Kashgar to Bishkek (China Daily 2023-12), ' +
      'less about 17 h of road outside the crossing (E: 620 km Torugart–Bishkek and about 80 km ' +
      "Kashgar–Kizilsu port, B1, at CPMM's 42 km/h speed without delay): 103 h",
    unit: 'h',
    accept: { lower: 0, upper: 103 },
    acceptText: '≤ 103 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, ['tor-carrier']),
  },
  closedServiceTarget('kashgar-2023', 2023),
  {
    id: 'kashgar-2024-torugart-jan-feb',
    scenario: 'kashgar-2024',
    kind: 'check',
    title: 'Cars exported through Torugart in January–February 2024',
    source:
      'B3: more than 1,500 commodity vehicles through Torugart in January–February 2024, ecns 2024-02-25',
    unit: 'cars',
    accept: { lower: 1_500, upper: Number.POSITIVE_INFINITY },
    acceptText: '> 1,500',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, ['tor-carrier'], '2024-01-01', '2024-02-29', 'cars'),
  },
  {
    id: 'kashgar-2024-torugart-21-feb',
    scenario: 'kashgar-2024',
    kind: 'check',
    title: 'Cars exported through Torugart on Wednesday 21 February 2024',
    source:
      'B3: 50 commodity vehicles through Torugart on 21 February 2024, ecns 2024-02-25; accepted within a ' +
      "factor of 2, for one day's chance",
    unit: 'cars',
    accept: { lower: 25, upper: 100 },
    acceptText: '50 (25–100)',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, ['tor-carrier'], '2024-02-21', '2024-02-21', 'cars'),
  },
  {
    id: 'kashgar-2024-torugart-all-vehicles',
    scenario: 'kashgar-2024',
    kind: 'check',
    title: 'Torugart: carriers and trucks cleared in 2024, both directions (at most the all-vehicle count)',
    source:
      'B3: Torugart, all vehicles crossing, 144,500 in 2024 (Xinhua/APP 2025-01-07); the count includes ' +
      'buses and cars, so it bounds ours',
    unit: 'vehicles',
    accept: { lower: 0, upper: 144_500 },
    acceptText: '≤ 144,500',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, TORUGART, '2024-01-01', '2024-12-31'),
  },
  {
    id: 'kashgar-2024-irkeshtam-jan-may',
    scenario: 'kashgar-2024',
    kind: 'check',
    title:
      'Irkeshtam: carriers and trucks cleared in January–May 2024, both directions (at most the all-vehicle count)',
    source:
      'B3 (derived): Irkeshtam, all vehicles crossing, 98,500 from 1 January to 1 June 2025, +79%, so ' +
      'about 55,000 in January–May 2024 (Xinhua 2025-06-02); the count includes buses and cars',
    unit: 'vehicles',
    accept: { lower: 0, upper: 55_000 },
    acceptText: '≤ 55,000',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, IRKESHTAM, '2024-01-01', '2024-05-31'),
  },
  closedServiceTarget('kashgar-2024', 2024),
  {
    id: 'kashgar-2025-irkeshtam-jan-may',
    scenario: 'kashgar-2025',
    kind: 'check',
    title: 'Irkeshtam: carriers and trucks cleared in January–May 2025, both directions',
    source:
      "B3: Irkeshtam's all-vehicle count +79% in January–May 2025 on 2024 (Xinhua 2025-06-02), applied " +
      "to kashgar-2024's 33,100 of January–May 2024: about 59,200; the demand of kashgar-2025 is set from it",
    unit: 'vehicles',
    accept: within(59_200, 0.1),
    acceptText: '59,200 ± 10%',
    needsTrace: false,
    measure: (run) => clearedBetween(run.result, IRKESHTAM, '2025-01-01', '2025-05-31'),
  },
  {
    id: 'kashgar-2025-irkeshtam-kyrgyz-entry',
    scenario: 'kashgar-2025',
    kind: 'check',
    title: 'Irkeshtam carriers and trucks: mean time at the Kyrgyz entry control, 2025',
    source:
      'B4: CAREC CPMM, Kyrgyz road border-crossing points, inbound trucks 0.8–3.2 h in 2019–2023 ' +
      '(no later figure in the sources)',
    unit: 'h',
    accept: { lower: 0, upper: 3.2 },
    acceptText: '≤ 3.2 h',
    needsTrace: false,
    measure: (run) =>
      pooledHoursAtStations(run, [
        ['irk-kg', 'irk-carrier'],
        ['irk-kg', 'irk-truck'],
      ]),
  },
  closedServiceTarget('kashgar-2025', 2025),
];
