/** Quick add named a #Project the person has none of, without asking to create it. */
export class UnknownProjectError extends Error {
  readonly project: string;

  constructor(project: string) {
    super(`no project named “${project}”`);
    this.name = 'UnknownProjectError';
    this.project = project;
  }
}
