/** What the settings page's "Planning" form posts, as text, to show again beside its errors. */
export interface SchedulingFormValues {
  buffer_minutes: string;
  min_chunk_minutes: string;
  allow_split: boolean;
  default_duration_minutes: string;
}
