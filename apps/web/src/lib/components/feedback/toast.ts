/** A message an action returns for the toast region; undo posts each of `ids` as `id` to the named action of the current page. */
export interface Toast {
  message: string;
  undo?: { action: string; ids: string[] };
}
