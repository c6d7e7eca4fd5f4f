import { type CalibrationTarget, within } from './calibration-target.js';
import { KASHGAR_TARGETS } from './kashgar-targets.js';
import {
  carsExported,
  driverFeePerTrip,
  meanCrossingHours,
  tripsPerDriverPerMonth,
} from './run-measures.js';

const HORGOS_CARS = ['carrier', 'driven'] as const;

/** CPMM outbound times at the Horgos road BCP, 2020, 2022 and 2023 (2021, 77.5 h under COVID, left out). */
const HORGOS_TRUCK_ENVELOPE = { lower: 16.4, upper: 51.4 };
const HORGOS_TRUCK_SOURCE =
  'A4: CAREC CPMM, Horgos road BCP, general-cargo trucks outbound: 16.4 h (2020), 23.5 h (2022), ' +
  '51.4 h (2023); 77.5 h (2021, COVID) left out. The times include transloading.';

/**
 * The calibration targets of the shipped scenarios, from the domain fact sheet
 * (shared/domain/ports.md; rows cited as A2, B3, …). Demand is calibrated on the customs count,
 * the count of cars declared for export, as the fact sheet asks.
 */
export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'horgos-2023-exports',
    scenario: 'horgos-2023',
    kind: 'fit',
    title: 'Cars exported through Horgos in 2023 (carried and driven)',
    source: 'A2: Horgos Customs, 304,000 vehicles exported in 2023 (+307.5%), apnawatan.pk/?p=11377',
    unit: 'cars',
    accept: within(304_000, 0.05),
    acceptText: '304,000 ± 5%',
    needsTrace: false,
    measure: (run) => carsExported(run.result, HORGOS_CARS),
  },
  {
    id: 'horgos-2024-exports',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Cars exported through Horgos in 2024 (carried and driven)',
    source: 'A2: Horgos Customs, 421,000 in 2024 (+38.6%), Xinhua 2025-02-27 and 2025-06-14',
    unit: 'cars',
    accept: within(421_000, 0.05),
    acceptText: '421,000 ± 5%',
    needsTrace: false,
    measure: (run) => carsExported(run.result, HORGOS_CARS),
  },
  {
    id: 'horgos-2023-driver-fee',
    scenario: 'horgos-2023',
    kind: 'check',
    title: 'Ferry fee per driven car, 2023',
    source: "A6: over 2,000 yuan a trip (Caixin 2024-04-27; People's Daily about Mar 2023)",
    unit: 'CNY',
    accept: { lower: 2000, upper: Number.POSITIVE_INFINITY },
    acceptText: '≥ 2,000 CNY',
    needsTrace: false,
    measure: (run) => driverFeePerTrip(run.result),
  },
  {
    id: 'horgos-2024-driver-fee',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Ferry fee per driven car, after 1 April 2024',
    source: 'A6: 500 yuan a trip from April 2024 (Caixin 2024-04-27)',
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
      'A6: a part-time ferryman earns 7,000–8,000 yuan a month at about 15 trips (China News Service ' +
      '2024-09-10); at 500 yuan a trip that is 14–16 trips',
    unit: 'trips',
    accept: { lower: 14, upper: 16 },
    acceptText: '14–16 (about 15)',
    needsTrace: false,
    measure: (run) => tripsPerDriverPerMonth(run.result),
  },
  {
    id: 'horgos-2023-car-crossing',
    scenario: 'horgos-2023',
    kind: 'fit',
    title: 'Cars: mean time from the Chinese gate to leaving Kazakh control, 2023 (before QR clearance)',
    source:
      'A4: Horgos Customs, whole-process clearance of commodity cars over 30 h before QR (Xinhua 2025-02-27)',
    unit: 'h',
    accept: { lower: 30, upper: Number.POSITIVE_INFINITY },
    acceptText: '> 30 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, HORGOS_CARS),
  },
  {
    id: 'horgos-2024-car-crossing',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Cars: mean time from the Chinese gate to leaving Kazakh control, 2024 (QR clearance)',
    source: 'A4: Horgos Customs, under 5 h after QR/auto-recognition (Xinhua 2025-02-27)',
    unit: 'h',
    accept: { lower: 0, upper: 5 },
    acceptText: '< 5 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, HORGOS_CARS),
  },
  {
    id: 'horgos-2023-truck-crossing',
    scenario: 'horgos-2023',
    kind: 'check',
    title: 'Trucks: mean crossing time, 2023',
    source: HORGOS_TRUCK_SOURCE,
    unit: 'h',
    accept: HORGOS_TRUCK_ENVELOPE,
    acceptText: '16.4–51.4 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, ['truck']),
  },
  {
    id: 'horgos-2024-truck-crossing',
    scenario: 'horgos-2024',
    kind: 'check',
    title: 'Trucks: mean crossing time, 2024',
    source: HORGOS_TRUCK_SOURCE,
    unit: 'h',
    accept: HORGOS_TRUCK_ENVELOPE,
    acceptText: '16.4–51.4 h',
    needsTrace: false,
    measure: (run) => meanCrossingHours(run.result, ['truck']),
  },
  ...KASHGAR_TARGETS,
];
