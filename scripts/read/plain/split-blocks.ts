/** A run of non-blank lines of the source document. */
export interface Block {
  /** The block's lines, with surrounding white space trimmed. */
  lines: string[];
  /** 1-based line number of the block's first line. */
  line: number;
}

/** Splits text into blocks separated by one or more blank (or white-space-only) lines. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      return;
    }
    if (current === undefined) {
      current = { lines: [], line: index + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

/** Joins a block's lines into one string, folding every run of white space into a single space. */
export function blockText(block: Block): string {
  return block.lines.join(' ').replace(/\s+/g, ' ').trim();
}
