import type { DerivedValue, FreeParameterSet } from './free-parameter.js';

/*
 * The free parameters of the fitted scenarios, as data: the numbers the sources do not give, each
 * with its `--set` paths, search bounds and unit, fitted on the scenario's `fit` targets
 * (horgos-targets.ts, kashgar-targets.ts) by `pnpm --filter @landport/scenarios refit`. The later
 * scenarios hold the fitted value at the same paths (listed as further placements): a re-fit with
 * `--write` writes it into every one of them. A test checks that the files agree with this list.
 */

/** `perHour` rows of a weekly rate table: the working-day windows of a return flow. */
function windowRows(cls: string, rows: readonly number[]): string[] {
  return rows.map((row) => `classes.${cls}.arrivals.rateTable.rows.${row}.rate.perHour`);
}

/**
 * Irkeshtam's return flow follows θ3: the carriers (25.29 a day) and trucks (θ3 a day) that went
 * out come back in the 45 window hours of a Kyrgyz working week, scaled up for the weekdays lost
 * to holidays (`openDays` of `workDays`). Rounded to 0.001 an hour, as the files write it.
 */
function irkeshtamReturns(rows: readonly number[], openDays: number, workDays: number): DerivedValue {
  return {
    paths: windowRows('irk-return', rows),
    value: (trucks) => Math.round(((7 * (25.29 + trucks)) / 45) * (openDays / workDays) * 1000) / 1000,
    why: `7 × (25.29 + θ3) a week over 45 window hours × ${openDays}/${workDays}`,
  };
}

const KZ_PER_CAR = 'stations.kz-control.perCar.minutes';
const IRK_ENTRY = 'stations.irk-kg.service.lognormal.mean.minutes';
const KG_EXIT = [
  'stations.irk-kg-exit.service.lognormal.mean.minutes',
  'stations.tor-kg-exit.service.lognormal.mean.minutes',
];
const IRK_TRUCKS = 'classes.irk-truck.arrivals.rate.perDay';

/** horgos-2023: one free parameter; horgos-2024, horgos-2025 and the timelines inherit it. */
export const HORGOS_FREE_PARAMETERS: FreeParameterSet = {
  scenario: 'horgos-2023',
  parameters: [
    {
      id: 'θ1',
      title: 'Kazakh inspection time per car at Nur Zholy (on top of 4 min a vehicle)',
      unit: 'min',
      // G1: 7–10 min a vehicle, so 3–6 min a car for a driven car; the bounds leave room either side.
      lower: 1.5,
      upper: 4,
      placements: [
        { scenario: 'horgos-2023', paths: [KZ_PER_CAR] },
        { scenario: 'horgos-2024', paths: [KZ_PER_CAR] },
        { scenario: 'horgos-2025', paths: [KZ_PER_CAR] },
        { scenario: 'horgos-2023-2024', paths: [KZ_PER_CAR] },
        { scenario: 'horgos-2023-2025', paths: [KZ_PER_CAR] },
      ],
    },
  ],
};

/** kashgar-2023: three free parameters; kashgar-2024, kashgar-2025 and the timeline inherit them. */
export const KASHGAR_FREE_PARAMETERS: FreeParameterSet = {
  scenario: 'kashgar-2023',
  parameters: [
    {
      id: 'θ1',
      title: 'Irkeshtam Kyrgyz entry control, mean service time (China → Kyrgyzstan)',
      unit: 'min',
      lower: 5,
      upper: 40,
      placements: [
        { scenario: 'kashgar-2023', paths: [IRK_ENTRY] },
        { scenario: 'kashgar-2024', paths: [IRK_ENTRY] },
        { scenario: 'kashgar-2025', paths: [IRK_ENTRY] },
        { scenario: 'kashgar-2023-2025', paths: [IRK_ENTRY] },
      ],
    },
    {
      id: 'θ2',
      title: 'Kyrgyz exit controls of both ports, mean service time (Kyrgyzstan → China)',
      unit: 'min',
      lower: 3,
      upper: 30,
      placements: [
        { scenario: 'kashgar-2023', paths: KG_EXIT },
        { scenario: 'kashgar-2024', paths: KG_EXIT },
        { scenario: 'kashgar-2025', paths: KG_EXIT },
        { scenario: 'kashgar-2023-2025', paths: KG_EXIT },
      ],
    },
    {
      id: 'θ3',
      title: 'Irkeshtam cargo trucks out of China',
      unit: 'trucks/day',
      lower: 40,
      upper: 160,
      placements: [
        {
          scenario: 'kashgar-2023',
          paths: [IRK_TRUCKS],
          derived: [irkeshtamReturns([1, 3, 5, 7, 9], 260, 252)],
        },
        {
          scenario: 'kashgar-2024',
          paths: [IRK_TRUCKS],
          derived: [irkeshtamReturns([1, 3, 5, 7, 9], 262, 252)],
        },
        {
          scenario: 'kashgar-2023-2025',
          paths: [IRK_TRUCKS],
          derived: [irkeshtamReturns([1, 3, 5, 7, 9], 260, 252)],
        },
      ],
    },
  ],
};

/** Every fitted scenario's free parameters. */
export const FREE_PARAMETERS: readonly FreeParameterSet[] = [HORGOS_FREE_PARAMETERS, KASHGAR_FREE_PARAMETERS];
