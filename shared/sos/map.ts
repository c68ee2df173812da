/** The map's scale: how many people gave each score from 0 to 10. Never an average, which reads like an outcome. */
export function distribution(scores: readonly number[]): number[] {
  const counts = Array.from({ length: 11 }, () => 0);
  for (const s of scores) if (Number.isInteger(s) && s >= 0 && s <= 10) counts[s]! += 1;
  return counts;
}

/** The lowest and highest score, for "why not lower, why not higher" — null when nobody scored. */
export function spread(scores: readonly number[]): { low: number; high: number } | null {
  if (scores.length === 0) return null;
  return { low: Math.min(...scores), high: Math.max(...scores) };
}
