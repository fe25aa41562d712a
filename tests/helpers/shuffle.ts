import { seededRandom } from '../../scripts/text-model/seeded-random.ts';

/** A copy of a list in a random order (Fisher-Yates, seeded), for tests that results do not depend on order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
