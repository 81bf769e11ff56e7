/** `text` safe inside Markdown link text and prose: the characters Markdown would read as syntax are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

export const taskLink = (task: { id: string; title: string }) => `[${escapeMarkdown(task.title)}](/tasks/${task.id})`;
export const projectLink = (project: { id: string; name: string }) => `[${escapeMarkdown(project.name)}](/projects/${project.id})`;
