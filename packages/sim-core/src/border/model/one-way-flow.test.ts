import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The files a vehicle's life runs through: none may reach back into the model that built it. */
const JOURNEY_FILES = [
  'vehicle-journey.ts',
  'callback-journey.ts',
  'journey-steps.ts',
  'class-source.ts',
  'class-model.ts',
  'booked-journey.ts',
  'equeue-model.ts',
  'router.ts',
  'tariff.ts',
];

describe('one-way flow', () => {
  it.each(JOURNEY_FILES)('%s does not import the border model', (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    expect(text).toMatch(/^import /m); // the file was read
    expect(text).not.toMatch(/from '\.\/border-model\.js'/);
  });
});
