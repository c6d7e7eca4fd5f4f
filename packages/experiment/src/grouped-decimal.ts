/**
 * `x` written as `x.toLocaleString('en-US', { maximumFractionDigits })` writes it: digits grouped
 * in thousands with commas, a point, at most `maximumFractionDigits` fraction digits (rounded half
 * away from zero on the shortest decimal that reads back as `x`, trailing zeros dropped), and a
 * hyphen-minus for a negative value (also when it rounds to zero). For finite `x` with
 * 1e-6 ≤ |x| < 1e21, or 0, which JavaScript writes without an exponent.
 *
 * Why not toLocaleString: a process's first call loads ICU's number formats, about 20 ms, which
 * every `landport run` paid to print its summary table.
 */
export function groupedDecimal(x: number, maximumFractionDigits: number): string {
  const text = String(Math.abs(x));
  const point = text.indexOf('.');
  let whole = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? '' : text.slice(point + 1);
  if (fraction.length > maximumFractionDigits) {
    const roundUp = fraction.charCodeAt(maximumFractionDigits) >= 53; // '5'
    fraction = fraction.slice(0, maximumFractionDigits);
    if (roundUp) [whole, fraction] = incremented(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  // Intl keeps the sign of a negative value that rounds to zero, and of −0: "-0".
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  return fraction === '' ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** The decimal `whole.fraction` plus one unit in the last place of `fraction`. */
function incremented(whole: string, fraction: string): [string, string] {
  const digits = (whole + fraction).split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
  else digits.unshift('1');
  const cut = digits.length - fraction.length;
  return [digits.slice(0, cut).join(''), digits.slice(cut).join('')];
}
