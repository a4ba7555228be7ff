// Word's symbol characters (<w:sym w:font="Wingdings" w:char="F0FC"/>): a
// code in a dingbat font, mapped to the Unicode character it draws.
import dingbats from 'dingbat-to-unicode';

/** The character a symbol shows, or null when the font or code is not known. */
export function symbolCharacter(font: string | undefined, char: string | undefined): string | null {
  if (font === undefined || char === undefined) return null;
  const found = dingbats.hex(font, char) ?? (/^F0..$/.test(char) ? dingbats.hex(font, char.substring(2)) : undefined);
  return found?.string ?? null;
}
