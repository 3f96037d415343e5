// parseChineseNumber(text): the plain number the words spell, or throws why not.
// STUB (digits only): the full parser is owned by the numerals work (issue 5).
export class NotANumberError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`"${text}" is not a number: ${reason}`);
    this.name = 'NotANumberError';
  }
}

export function parseChineseNumber(text: string): number {
  const t = text.replace(/,/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) throw new NotANumberError(text, 'not yet supported');
  return Number(t);
}
