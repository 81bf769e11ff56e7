-- A reminder added, moved with its task, or fired is announced like tasks are, so an open task
-- page shows its next firing time, or that it was sent, without a reload.
create trigger task_reminders_notify_change
  after insert or update or delete on public.task_reminders
  for each row execute function public.notify_row_change();
