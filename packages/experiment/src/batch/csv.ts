/**
 * One CSV record (RFC 4180) with its line ending: a field containing a comma, a double quote, a
 * carriage return or a newline is quoted, with quotes doubled; any other field is written as is.
 * Numbers should be formatted by `formatNumber` beforehand, which round-trips exactly.
 */
export function csvRecord(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    const field = fields[i]!;
    line += /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  }
  return `${line}\n`;
}
