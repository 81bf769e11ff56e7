export interface ConfigProblem {
  /** The environment variable at fault. */
  key: string;
  /** What is wrong; never contains a secret variable's value. */
  message: string;
}

/** Every configuration problem at once, so a deploy is fixed in one pass rather than one variable per restart. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super([`Invalid configuration (${count}):`, ...problems.map(({ key, message }) => `  - ${key}: ${message}`)].join('\n'));
    this.problems = problems;
  }
}
