/** Consecutive runs of sorted, distinct whole numbers: [3, 4, 5, 9] → [[3, 3], [9, 1]] (start, length). */
export function runs(numbers: readonly number[]): [start: number, length: number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const value of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] + last[1] === value) last[1]++;
    else out.push([value, 1]);
  }
  return out;
}
