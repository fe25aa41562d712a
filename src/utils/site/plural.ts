/** A number with its noun, singular for one: `1 paper`, `3 papers`, `2 listing days`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
