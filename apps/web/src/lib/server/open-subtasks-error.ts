/** Completing a task that has open subtasks, without saying to complete them too. */
export class OpenSubtasksError extends Error {
  readonly subtasks: readonly { id: string; title: string }[];

  constructor(subtasks: readonly { id: string; title: string }[]) {
    const count = subtasks.length === 1 ? '1 open subtask' : `${subtasks.length} open subtasks`;
    super(`the task has ${count}: ${subtasks.map((subtask) => `“${subtask.title}”`).join(', ')}`);
    this.name = 'OpenSubtasksError';
    this.subtasks = subtasks;
  }
}
