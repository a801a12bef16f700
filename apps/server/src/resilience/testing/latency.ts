/** Throughput and latency percentiles of a run, in milliseconds (nearest-rank percentiles). */
export interface TLatencySummary {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summariseLatency(milliseconds: readonly number[], seconds: number): TLatencySummary {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const percentile = (p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: sorted.length, perSecond: round(sorted.length / seconds), p50: round(percentile(50)), p95: round(percentile(95)), p99: round(percentile(99)), max: round(sorted.at(-1) ?? 0) };
}

/** One line per summary, for the test output. */
export function formatLatency(label: string, summary: TLatencySummary): string {
  return `${label.padEnd(22)} ${String(summary.requests).padStart(7)} requests ${String(summary.perSecond).padStart(8)}/s   p50 ${summary.p50} ms   p95 ${summary.p95} ms   p99 ${summary.p99} ms   max ${summary.max} ms`;
}
