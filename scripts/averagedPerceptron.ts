/**
 * The averaged perceptron (Collins 2002) behind the suggestion engine's models: weights of string
 * features, changed by mistakes, and in the end averaged over every step so that late mistakes do not
 * swing them. Each weight keeps its running total lazily: only a feature that changes is brought up to
 * the current step.
 */
export class AveragedPerceptron {
  private readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  private step = 0;

  score(features: readonly string[]): number {
    let score = 0;
    for (const f of features) score += this.w.get(f) ?? 0;
    return score;
  }

  /** One example seen: the step every average counts. */
  tick(): void {
    this.step++;
  }

  update(features: readonly string[], delta: number): void {
    for (const f of features) {
      this.total.set(
        f,
        (this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * (this.w.get(f) ?? 0),
      );
      this.stamp.set(f, this.step);
      this.w.set(f, (this.w.get(f) ?? 0) + delta);
    }
  }

  /** The averaged weights of at least `minWeight`, rounded to hundredths, by feature in sorted order. */
  averaged(minWeight: number): Record<string, number> {
    const weights: Record<string, number> = {};
    for (const [f, value] of [...this.w].sort()) {
      const mean = ((this.total.get(f) ?? 0) + (this.step - (this.stamp.get(f) ?? 0)) * value) / this.step;
      if (Math.abs(mean) >= minWeight) weights[f] = Math.round(mean * 100) / 100;
    }
    return weights;
  }
}
