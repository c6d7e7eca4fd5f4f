/**
 * Orders strings by UTF-16 code units, as `<` does: unlike `localeCompare` it is the same on every
 * machine and in every locale, which byte-identical outputs need. Use as `names.sort(compareCodeUnits)`.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
