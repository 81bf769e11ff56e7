/** What the settings page's "Alerts" form posts, as text, to show again beside its errors. */
export interface AlertsFormValues {
  sms_enabled: boolean;
  push_enabled: boolean;
  brief_ready: boolean;
  task_due_soon: boolean;
  due_soon_minutes: string;
  event_soon: boolean;
  event_soon_minutes: string;
  overdue_digest: boolean;
  overdue_digest_time: string;
  quiet_hours: boolean;
  quiet_start: string;
  quiet_end: string;
  daily_sms_cap: string;
}
