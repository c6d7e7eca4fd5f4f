import { type CalibrationTarget, within } from './calibration-target.js';
import {
  carsExported,
  driverFeePerTrip,
  hoursAtStation,
  meanCrossingHours,
  peakDailyCars,
  tripsPerDriverPerMonth,
} from './run-measures.js';

const HORGOS_CARS = ['carrier', 'driven'] as const;
type HorgosYear = 'horgos-2023' | 'horgos-2024' | 'horgos-2025';

/** CPMM outbound times at the Horgos road BCP, 2020, 2022 and 2023 (2021, 77.5 h under COVID, left out). */
const HORGOS_TRUCK_ENVELOPE = { lower: 16.4, upper: 51.4 };
const HORGOS_TRUCK_SOURCE =
  'sources.md#A4 (A4.2): CAREC CPMM, Horgos road BCP, general-cargo trucks outbound: 16.4 h (2020), ' +
  '23.5 h (2022), 51.4 h (2023); 77.5 h (2021, COVID) left out. The times include transloading.';

function exportsTarget(
  scenario: HorgosYear,
  kind: 'fit' | 'check',
  cars: number,
  source: string,
): CalibrationTarget {
  return {
    id: `${scenario}-exports`,
    scenario,
    kind,
    title: `Cars exported through Horgos in ${scenario.slice(-4)} (carried and driven)`,
    source,
    unit: 'cars',
    accept: within(cars, 0.05),
    // A getter: a process's first toLocaleString loads ICU's number formats (~20 ms), which every
    // run, compare, sweep and size paid at start-up for a text only charts and reports show.
    get acceptText() {
      return `${cars.toLocaleString('en-GB')} ± 5%`;
    },
    needsTrace: false,
    measure: (run) => carsExported(run.result, HORGOS_CARS),
  };
}

function truckTarget(scenario: HorgosYear): CalibrationTarget {
  return {
    id: `${scenario}-truck-crossing`,
    scenario,
    kind: 'check',
    title: `Trucks outbound: mean crossing time, ${scenario.slice(-4)}`,
    source: HORGOS_TRUCK_SOURCE,
    unit: 'h',
    accept: HORGOS_TRUCK_ENVELOPE,
    acceptText: '16.4–51.4 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, ['truck']),
  };
}

function qrCrossingTarget(scenario: 'horgos-2024' | 'horgos-2025'): CalibrationTarget {
  return {
    id: `${scenario}-car-crossing`,
    scenario,
    kind: 'check',
    title: `Cars: mean time from the Chinese gate to leaving Kazakh control, ${scenario.slice(-4)} (QR clearance)`,
    source: 'sources.md#A4 (A4.1): Horgos Customs, under 5 h after QR auto-recognition (Xinhua 2025-02-27)',
    unit: 'h',
    accept: { lower: 0, upper: 5 },
    acceptText: '< 5 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, HORGOS_CARS),
  };
}

/**
 * The calibration targets of the Horgos scenarios (rows of docs/sources.md, section A). The `fit`
 * targets set horgos-2023's one free parameter (the Kazakh inspection time per car) and its demand
 * (the customs count); every other target is a check, never used in fitting and reported as it
 * comes out. horgos-2024 and horgos-2025 are horgos-2023 with their dated changes only.
 */
export const HORGOS_TARGETS: readonly CalibrationTarget[] = [
  exportsTarget(
    'horgos-2023',
    'fit',
    304_000,
    'sources.md#A2 (A2.2): Horgos Customs, 304,000 cars exported in 2023 (+307.5%), apnawatan.pk/?p=11377',
  ),
  {
    id: 'horgos-2023-car-crossing',
    scenario: 'horgos-2023',
    kind: 'fit',
    title: 'Cars: mean time from the Chinese gate to leaving Kazakh control, 2023 (before QR clearance)',
    source:
      'sources.md#A4 (A4.1): Horgos Customs, whole-process clearance of commodity cars over 30 h before QR (Xinhua 2025-02-27)',
    unit: 'h',
    accept: { lower: 30, upper: Number.POSITIVE_INFINITY },
    acceptText: '> 30 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, HORGOS_CARS),
  },
  truckTarget('horgos-2023'),
  {
    id: 'horgos-2023-truck-kz-side',
    scenario: 'horgos-2023',
    kind: 'check',
    title: 'Trucks inbound: mean time at the Kazakh control (wait, inspection, secondary), 2023',
    source:
      'sources.md#A4 (A4.3): CAREC CPMM, average time at Kazakh road crossings, 4.2–9.2 h (2019–2023); ' +
      'all Kazakh crossings, not Nur Zholy alone, so an upper envelope',
    unit: 'h',
    accept: { lower: 0, upper: 9.2 },
    acceptText: '≤ 9.2 h',
    needsTrace: false,
    measure: (run) => hoursAtStation(run, 'kz-control', 'truck-in'),
  },
  {
    id: 'horgos-2023-peak-day',
    scenario: 'horgos-2023',
    kind: 'check',
    title: 'Cars cleared on the busiest day of 2023',
    source: 'sources.md#A3 (A3.1): "at its peak over a thousand vehicles a day" (Caixin 2024-04-27)',
    unit: 'cars',
    accept: { lower: 1000, upper: Number.POSITIVE_INFINITY },
    acceptText: '> 1,000',
    needsTrace: false,
    measure: (run) => peakDailyCars(run.result, HORGOS_CARS),
  },
  {
    id: 'horgos-2023-driver-fee',
    scenario: 'horgos-2023',
    kind: 'check',
    title: 'Ferry fee per driven car, 2023 (an input: checks the fee is paid per trip)',
    source: "sources.md#A6 (A6.4): over 2,000 yuan a trip (Caixin 2024-04-27; People's Daily about Mar 2023)",
    unit: 'CNY',
    accept: { lower: 2000, upper: Number.POSITIVE_INFINITY },
    acceptText: '≥ 2,000 CNY',
    needsTrace: false,
    measure: (run) => driverFeePerTrip(run.result),
  },
  exportsTarget(
    'horgos-2024',
    'check',
    421_000,
    'sources.md#A2 (A2.4): Horgos Customs, 421,000 in 2024 (+38.6%), Xinhua 2025-02-27 and 2025-06-14',
  ),
  qrCrossingTarget('horgos-2024'),
  truckTarget('horgos-2024'),
  {
    id: 'horgos-2024-driver-fee',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Ferry fee per driven car, after 1 April 2024 (an input: checks the fee is paid per trip)',
    source: 'sources.md#A6 (A6.4): 500 yuan a trip from April 2024 (Caixin 2024-04-27)',
    unit: 'CNY',
    accept: { lower: 500, upper: 500 },
    acceptText: '500 CNY',
    needsTrace: false,
    measure: (run) => driverFeePerTrip(run.result),
  },
  {
    id: 'horgos-2024-driver-trips',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Trips per ferryman per month, 2024',
    source:
      'sources.md#A4 (A4.5) and A6.5: a part-time ferryman earns 7,000–8,000 yuan a month at about 15 ' +
      'trips (China News Service 2024-09-10); at 500 yuan a trip that is 14–16 trips',
    unit: 'trips',
    accept: { lower: 14, upper: 16 },
    acceptText: '14–16 (about 15)',
    needsTrace: false,
    measure: (run) => tripsPerDriverPerMonth(run.result),
  },
  exportsTarget(
    'horgos-2025',
    'check',
    450_000,
    'sources.md#A2 (A2.6): 450,000 cars exported in 2025 (+6.9%), Xinhua 2026-01-21',
  ),
  qrCrossingTarget('horgos-2025'),
  truckTarget('horgos-2025'),
];
