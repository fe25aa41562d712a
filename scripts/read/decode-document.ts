import { InputError } from './problem.ts';

/**
 * Decodes the bytes of a source document as UTF-8 text (UTF-16 when a byte order mark
 * says so) with `\n` line endings.
 *
 * Drops a leading byte order mark and turns CRLF and lone CR into LF. Bytes that
 * are not UTF-8 stop the build with the line they are on, since guessing another
 * encoding would silently corrupt titles.
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  // Web of Science writes its tab-delimited export ("Win") in UTF-16 with a byte order mark, which says so unambiguously.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 !== undefined) return new TextDecoder(utf16).decode(bytes).replace(/\r\n?/g, '\n');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    throw new InputError([
      {
        file,
        line,
        message: `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset} is not valid UTF-8`,
        hint: 'save the document as UTF-8 (most editors offer "Save with encoding"), or convert it with `iconv -f latin1 -t utf-8`',
      },
    ]);
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const head = bytes[index] ?? 0;
  if (head < 0x80) return 1;
  const length = head >= 0xc2 && head <= 0xdf ? 2 : head >= 0xe0 && head <= 0xef ? 3 : head >= 0xf0 && head <= 0xf4 ? 4 : 0;
  if (length === 0) return 0;
  const bytesAfter = bytes.subarray(index, index + length);
  if (bytesAfter.length < length) return 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytesAfter);
    return length;
  } catch {
    return 0;
  }
}

/** 1-based line number of a byte offset. */
function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
