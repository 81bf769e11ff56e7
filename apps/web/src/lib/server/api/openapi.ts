import {
  ACCEPT_BLOCKS_MAX,
  acceptPlanInputSchema,
  acceptPlanResultSchema,
  BATCH_IDS_MAX,
  BILLING_SETTINGS_PATH,
  BILLING_SESSIONS_PER_MINUTE,
  billingRedirectSchema,
  billingSummarySchema,
  checkoutInputSchema,
  labelPaletteColors,
  SUBTASK_LEVELS_MAX,
  MISSED_LOOKBACK_DAYS,
  briefPreferencesSchema,
  briefSchema,
  briefSendAcceptedSchema,
  briefSummarySchema,
  notificationPreferencesSchema,
  PASSWORD_MAX,
  PHONE_CODE_MAX_ATTEMPTS,
  PHONE_CODE_RESEND_SECONDS,
  PHONE_CODE_TTL_MINUTES,
  PHONE_CODES_PER_HOUR,
  phoneStateSchema,
  PLAN_RUNS_PER_MINUTE,
  planPreviewSchema,
  planRequestSchema,
  phoneVerifyInputSchema,
  profilePatchSchema,
  QUICK_ADD_TEXT_MAX,
  quickAddRequestSchema,
  quickAddSpanSchema,
  labelInputSchema,
  labelPatchSchema,
  labelSchema,
  FILTER_QUERY_MAX,
  filterTasksQuerySchema,
  savedFilterInputSchema,
  savedFilterPatchSchema,
  savedFilterSchema,
  projectInputSchema,
  projectSchema,
  pushDeviceSchema,
  pushSubscriptionInputSchema,
  pushTestAcceptedSchema,
  reorderInputSchema,
  signInInputSchema,
  signUpInputSchema,
  taskBlockPatchSchema,
  taskBlockSchema,
  taskBulkInputSchema,
  taskCompleteInputSchema,
  taskInputSchema,
  taskPatchSchema,
  TASK_REMINDERS_PER_TASK_MAX,
  taskReminderInputSchema,
  taskReminderPatchSchema,
  taskReminderSchema,
  taskResourceSchema,
  timestampSchema,
  usageLimitSchema,
  userSchema,
  verificationResendInputSchema,
  verificationSentSchema,
} from '@ordo/shared-types';
import { phoneInputSchema } from '@ordo/shared-types/phone-number';
import { z } from 'zod';
import {
  appliedChangesSchema,
  applyInputSchema,
  BRAIN_DUMP_TEXT_MAX,
  brainDumpInputSchema,
  brainDumpSchema,
  brainDumpSummarySchema,
} from '../brain-dumps/schemas.ts';
import { JSON_BODY_MAX_BYTES } from './body.ts';
import { projectListQuerySchema, projectUpdateSchema, taskListQuerySchema } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

// Timestamps parse from a Date or an ISO string, or are Dates read from the database; on the wire
// they are always ISO strings.
function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema !== timestampSchema && ctx.zodSchema._zod.def.type !== 'date') return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key as keyof typeof ctx.jsonSchema];
      Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  });
  return json;
}

const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe('one message per bad field (400 only)'),
    limit: usageLimitSchema
      .optional()
      .describe(
        'the plan limit reached (402 only): the metric, what is used this period, what the plan allows, when it resets (UTC), the plan and why the person has it (trial, subscribed, grace, downgraded, free)',
      ),
  }),
});

const components = {
  Project: toJsonSchema(projectSchema, 'input'),
  Label: toJsonSchema(labelSchema, 'input'),
  SavedFilter: toJsonSchema(savedFilterSchema, 'input'),
  Task: toJsonSchema(taskResourceSchema, 'input'),
  QuickAddSpan: toJsonSchema(quickAddSpanSchema, 'output'),
  TaskReminder: toJsonSchema(taskReminderSchema, 'input'),
  TaskBlock: toJsonSchema(taskBlockSchema, 'input'),
  User: toJsonSchema(userSchema, 'input'),
  BriefPreferences: toJsonSchema(briefPreferencesSchema, 'output'),
  NotificationPreferences: toJsonSchema(notificationPreferencesSchema, 'output'),
  VerificationSent: toJsonSchema(verificationSentSchema, 'output'),
  BrainDump: toJsonSchema(brainDumpSchema, 'output'),
  BrainDumpSummary: toJsonSchema(brainDumpSummarySchema, 'output'),
  Brief: toJsonSchema(briefSchema, 'input'),
  BriefSummary: toJsonSchema(briefSummarySchema, 'input'),
  BriefSendAccepted: toJsonSchema(briefSendAcceptedSchema, 'output'),
  PushDevice: toJsonSchema(pushDeviceSchema, 'input'),
  PushTestAccepted: toJsonSchema(pushTestAcceptedSchema, 'input'),
  Phone: toJsonSchema(phoneStateSchema, 'input'),
  PlanPreview: toJsonSchema(planPreviewSchema, 'input'),
  AcceptedPlan: toJsonSchema(acceptPlanResultSchema, 'input'),
  BillingSummary: toJsonSchema(billingSummarySchema, 'input'),
  BillingRedirect: toJsonSchema(billingRedirectSchema, 'output'),
  Error: toJsonSchema(errorSchema, 'output'),
};

const ref = (name: keyof typeof components) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: JsonSchema) => ({ 'application/json': { schema } });
const wrapped = (key: string, name: keyof typeof components) => ({
  type: 'object',
  properties: { [key]: ref(name) },
  required: [key],
});
const wrappedList = (key: string, name: keyof typeof components) => ({
  type: 'object',
  properties: { [key]: { type: 'array', items: ref(name) } },
  required: [key],
});
const taskWithNext = {
  type: 'object',
  properties: { task: ref('Task'), next_occurrence: { oneOf: [ref('Task'), { type: 'null' }] } },
  required: ['task', 'next_occurrence'],
};
const phoneWrapped = { type: 'object', properties: { phone: ref('Phone') }, required: ['phone'] };
const nullablePhone = { type: 'object', properties: { phone: { oneOf: [ref('Phone'), { type: 'null' }] } }, required: ['phone'] };
const ALL_OR_NOTHING = `All or nothing, in one transaction: if any id is not yours, nothing changes and the answer is 404 (naming no id). At most ${BATCH_IDS_MAX} distinct ids.`;

const ERRORS: Record<string, string> = {
  '400': 'invalid input; `fields` names each bad field',
  '402': `only with billing on (ENABLE_STRIPE): the plan allows no more of this now; \`limit\` names the limit, the usage, the plan's allowance and when it resets, and the message says it in words; upgrade at ${BILLING_SETTINGS_PATH}. Nothing was stored`,
  '401': 'not signed in (session cookie or bearer token)',
  '403': 'cross-site request with the session cookie; a personal access token where it may not be used (pages, /api/auth/*) or a read token on a write; an unverified address on login',
  '404': 'no such resource, or not yours',
  '409': 'conflict with existing data (a plan: a task changed since the preview, or a block overlaps time that is busy now; completing a task with open subtasks: the message names them, send complete_subtasks: true to complete them too; quick add naming a #Project you do not have: send create_project: true to create it; a checkout while a subscription is live)',
  '413': `JSON body over ${JSON_BODY_MAX_BYTES} bytes`,
  '415': 'body is not application/json',
  '429': 'too many attempts; see Retry-After',
  '503': 'busy (checking other passwords, or a text message or Stripe call the provider could not take now); see Retry-After',
};

interface Success {
  status: number;
  description: string;
  schema?: JsonSchema;
  contentType?: string;
}

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** false for sign-up/sign-in (no session yet) and logout (idempotent). */
  auth?: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body may be left out (read as `{}`). */
  bodyOptional?: boolean;
  success: Success;
  /** Another success answer (sign-up: signed in at once, or asked to verify the address). */
  alsoSuccess?: Success;
  errors: (keyof typeof ERRORS)[];
}

/** One uuid parameter per `{name}` in the path. */
const pathParams = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }));

/** Every route under /api: the OpenAPI document and the route-coverage test read this list. */
export const API_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/auth/signup',
    summary:
      'Create an account. Its address is verified by a mailed link before it can sign in; only the first account of a server without SMTP is signed in at once (sets the session cookie)',
    auth: false,
    body: signUpInputSchema,
    success: { status: 201, description: 'the first account of a server without SMTP, signed in', schema: wrapped('user', 'User') },
    alsoSuccess: {
      status: 202,
      description: 'check your email; the same answer whether the address was new or already had an account (its owner is told by mail)',
      schema: ref('VerificationSent'),
    },
    errors: ['400', '403', '413', '415', '429', '503'],
  },
  {
    method: 'post',
    path: '/api/auth/verification',
    summary: 'Mail a new verification link to an address whose account is not verified yet',
    auth: false,
    body: verificationResendInputSchema,
    success: { status: 202, description: 'the same answer whatever the address', schema: ref('VerificationSent') },
    errors: ['400', '403', '413', '415', '429'],
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with email and password (sets the session cookie)',
    auth: false,
    body: signInInputSchema,
    success: { status: 200, description: 'the signed-in user', schema: wrapped('user', 'User') },
    errors: ['400', '401', '403', '413', '415', '429', '503'],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the cookie session (idempotent)',
    auth: false,
    success: { status: 204, description: 'signed out' },
    errors: ['403'],
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user',
    success: { status: 200, description: 'the user', schema: wrapped('user', 'User') },
    errors: ['401'],
  },
  {
    method: 'patch',
    path: '/api/me',
    summary:
      'Change any of name, timezone and working hours (working_hours as a whole object), validated as the settings page validates them; fields left out stay as they are. The daily brief follows the profile timezone',
    body: profilePatchSchema,
    success: { status: 200, description: 'the user', schema: wrapped('user', 'User') },
    errors: ['400', '401', '403', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/me/brief',
    summary: 'Your daily brief settings (new accounts: on, 07:00, Monday to Friday, all sections, no weekly review, 180 minutes)',
    success: { status: 200, description: 'the settings', schema: ref('BriefPreferences') },
    errors: ['401', '404'],
  },
  {
    method: 'put',
    path: '/api/me/brief',
    summary:
      'Replace your daily brief settings (every field). The brief goes out at send_time in your profile timezone on the ISO weekdays (1 = Monday) listed; on weekly_day the weekly review replaces that day\'s brief. A brief that is later than max_lateness_minutes (the worker was down) is skipped. A date that already had its brief gets no second one after a change',
    body: briefPreferencesSchema,
    success: { status: 200, description: 'the saved settings (weekdays in order, sections in the brief\'s order)', schema: ref('BriefPreferences') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/me/phone',
    summary: 'Your phone for SMS alerts: the number, whether it is verified, whether it opted out of texts (answered STOP), the code awaiting entry; phone is null when none is set',
    success: { status: 200, description: 'the phone, or null', schema: nullablePhone },
    errors: ['401'],
  },
  {
    method: 'put',
    path: '/api/me/phone',
    summary: `Set your mobile number and text it a ${PHONE_CODE_TTL_MINUTES}-minute verification code. phone is national ("07400 123456", with country, or the country your time zone names) or international ("+44 7400 123456"); landlines, premium-rate and other numbers that cannot take texts are refused, naming the problem. A new number is unverified until its code is entered; the same number, verified, stays verified and gets no code. A number that opted out of texts is stored but sent nothing. When the code cannot be texted nothing changes, the number before included: 400 naming the problem when Twilio refuses the number (one that answered STOP is then recorded as opted out), 503 with Retry-After when sending failed. Codes: one a minute to a number, at most ${PHONE_CODES_PER_HOUR} an hour per person and per number (429 with Retry-After; nothing changes)`,
    body: phoneInputSchema,
    success: { status: 200, description: 'the phone', schema: phoneWrapped },
    errors: ['400', '401', '403', '413', '415', '429', '503'],
  },
  {
    method: 'delete',
    path: '/api/me/phone',
    summary: 'Remove your phone: no texts reach it any more',
    success: { status: 204, description: 'removed' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/me/phone/code',
    summary: `Text a new code to your unverified number; the code before stops working. Limits as for PUT (${PHONE_CODE_RESEND_SECONDS} s between codes to a number, ${PHONE_CODES_PER_HOUR} an hour). 409 when the number is verified already or opted out of texts`,
    success: { status: 200, description: 'the phone with its new code', schema: phoneWrapped },
    errors: ['401', '403', '404', '409', '429', '503'],
  },
  {
    method: 'post',
    path: '/api/me/phone/verify',
    summary: `Enter the code texted to your number. Only the latest code works, for ${PHONE_CODE_TTL_MINUTES} minutes and ${PHONE_CODE_MAX_ATTEMPTS} tries; a wrong, expired or locked code is a 400 naming \`code\` (ask for a new one after the lock)`,
    body: phoneVerifyInputSchema,
    success: { status: 200, description: 'the phone, verified', schema: phoneWrapped },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/me/notifications',
    summary:
      'Your alert settings (new accounts: SMS off, push on; brief ready and task due soon (15 minutes before) on; event soon (10 minutes) and the overdue digest (08:00) off; no quiet hours; at most 10 SMS a day)',
    success: { status: 200, description: 'the settings', schema: ref('NotificationPreferences') },
    errors: ['401', '404'],
  },
  {
    method: 'put',
    path: '/api/me/notifications',
    summary:
      'Replace your alert settings (every field). Alerts go by SMS when sms_enabled and your phone is verified, by Web Push when push_enabled, and not at all when neither. Times are HH:MM in your profile timezone; quiet_hours ({start, end}, a start after the end spans midnight, or null) hold an alert until they end, or drop it once it is stale. daily_sms_cap counts SMS per day on your clock. event_soon alerts event_soon_minutes before each timed event of the Google calendars you show (not busy-only ones, nor events that are your tasks). With billing on, sms_enabled: true on a plan without text messages is a 402',
    body: notificationPreferencesSchema,
    success: { status: 200, description: 'the saved settings', schema: ref('NotificationPreferences') },
    errors: ['400', '401', '402', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/projects',
    summary: 'List projects (not deleted; archived only with include_archived=true)',
    query: projectListQuerySchema,
    success: {
      status: 200,
      description: 'projects in position order',
      schema: wrappedList('projects', 'Project'),
    },
    errors: ['400', '401'],
  },
  {
    method: 'post',
    path: '/api/projects',
    summary: 'Create a project (last in order unless position is given)',
    body: projectInputSchema,
    success: { status: 201, description: 'the project', schema: wrapped('project', 'Project') },
    errors: ['400', '401', '403', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/projects/{id}',
    summary: 'Read a project',
    success: { status: 200, description: 'the project', schema: wrapped('project', 'Project') },
    errors: ['401', '404'],
  },
  {
    method: 'patch',
    path: '/api/projects/{id}',
    summary: 'Edit a project; archived: true/false archives or unarchives it',
    body: projectUpdateSchema,
    success: { status: 200, description: 'the project', schema: wrapped('project', 'Project') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/projects/{id}',
    summary: 'Delete a project and its tasks (soft; undo with POST …/restore)',
    success: { status: 204, description: 'deleted' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/projects/{id}/restore',
    summary: 'Undo a deletion, with the tasks deleted along with the project',
    success: { status: 200, description: 'the project', schema: wrapped('project', 'Project') },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/projects/reorder',
    summary: `Put the listed projects in this order within the places they hold; other projects keep theirs. ${ALL_OR_NOTHING}`,
    body: reorderInputSchema,
    success: { status: 200, description: 'the listed projects in their new order', schema: wrappedList('projects', 'Project') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/labels',
    summary: 'List your labels by name',
    success: { status: 200, description: 'the labels', schema: wrappedList('labels', 'Label') },
    errors: ['401'],
  },
  {
    method: 'post',
    path: '/api/labels',
    summary: `Create a label: a name unique among yours without regard to case, a colour (${labelPaletteColors.join(', ')} or #rrggbb; default gray)`,
    body: labelInputSchema,
    success: { status: 201, description: 'the label', schema: wrapped('label', 'Label') },
    errors: ['400', '401', '403', '413', '415'],
  },
  {
    method: 'patch',
    path: '/api/labels/{id}',
    summary: 'Rename a label or change its colour',
    body: labelPatchSchema,
    success: { status: 200, description: 'the label', schema: wrapped('label', 'Label') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/labels/{id}',
    summary: 'Delete a label; tasks that carried it lose it',
    success: { status: 204, description: 'deleted' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'get',
    path: '/api/filters',
    summary: 'List your saved filters in sidebar order (position)',
    success: { status: 200, description: 'the saved filters', schema: wrappedList('filters', 'SavedFilter') },
    errors: ['401'],
  },
  {
    method: 'post',
    path: '/api/filters',
    summary: `Save a filter: a name unique among yours without regard to case, and filter text (at most ${FILTER_QUERY_MAX} characters) in the filter language of docs/tasks.md, e.g. \`(today | overdue) & #Work & !@waiting\`. Text that does not parse is a 400 whose fields.query gives the problem and its position (characters from 0), e.g. "Expected a date after 'deadline before' at 16"; new filters go last unless position is given`,
    body: savedFilterInputSchema,
    success: { status: 201, description: 'the saved filter', schema: wrapped('filter', 'SavedFilter') },
    errors: ['400', '401', '403', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/filters/{id}',
    summary: 'Read a saved filter',
    success: { status: 200, description: 'the saved filter', schema: wrapped('filter', 'SavedFilter') },
    errors: ['401', '404'],
  },
  {
    method: 'patch',
    path: '/api/filters/{id}',
    summary: 'Rename a saved filter, change its text (checked as on creation) or its position',
    body: savedFilterPatchSchema,
    success: { status: 200, description: 'the saved filter', schema: wrapped('filter', 'SavedFilter') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/filters/{id}',
    summary: 'Delete a saved filter',
    success: { status: 204, description: 'deleted' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'get',
    path: '/api/filters/{id}/tasks',
    summary:
      "The tasks a saved filter matches now, in list order (position, id), one page at a time; today and overdue are your own day in your profile's time zone. Without a status word in it, a filter matches open tasks only",
    query: filterTasksQuerySchema,
    success: {
      status: 200,
      description: 'a page of tasks; pass next_cursor as cursor for the next page (null on the last)',
      schema: {
        type: 'object',
        properties: { tasks: { type: 'array', items: ref('Task') }, next_cursor: { type: ['string', 'null'] } },
        required: ['tasks', 'next_cursor'],
      },
    },
    errors: ['400', '401', '404'],
  },
  {
    method: 'get',
    path: '/api/tasks',
    summary:
      "List tasks in (position, id) order, one page at a time. q: full-text search of titles and notes (every word, the last as a prefix: `kitchen si` finds 'kitchen sink'), best match first (a title match above a notes match), equal matches by id. label: tasks carrying that label (by name, any case); parent_id: that task's subtasks (404 when it is not yours), or 'none' for tasks that are no task's subtask",
    query: taskListQuerySchema,
    success: {
      status: 200,
      description: 'a page of tasks; pass next_cursor as cursor for the next page (null on the last)',
      schema: {
        type: 'object',
        properties: { tasks: { type: 'array', items: ref('Task') }, next_cursor: { type: ['string', 'null'] } },
        required: ['tasks', 'next_cursor'],
      },
    },
    errors: ['400', '401', '404'],
  },
  {
    method: 'post',
    path: '/api/tasks',
    summary:
      `Create a task (in the inbox unless project_id is given). labels: names, any you have no label for are created; parent_id makes it a subtask (at most ${SUBTASK_LEVELS_MAX} levels, never repeating)`,
    body: taskInputSchema,
    success: { status: 201, description: 'the task', schema: wrapped('task', 'Task') },
    errors: ['400', '401', '403', '413', '415'],
  },
  {
    method: 'post',
    path: '/api/tasks/quick-add',
    summary: `Create a task from one line of quick add (at most ${QUICK_ADD_TEXT_MAX} characters), read in your timezone: "Call mum tomorrow 6pm for 30m p1 #Family @phone every sunday deadline dec 24". Dates and times, "for <duration>", p1 high / p2 medium / p3 low / p4 none, #Project or #"Two words" (yours, any case; one you do not have is a 409 unless create_project: true creates it), @label (created when new), "every …" or "every! …" (from completion), "by <date>" / "deadline <date>"; words in "quotes" stay literal. ignore: ranges of the text to keep as plain text (chips undone). project_id: where the task goes when the text names no #Project. spans: each piece recognised, with offsets into the text (docs/tasks.md#quick-add)`,
    body: quickAddRequestSchema,
    success: {
      status: 201,
      description: 'the task, and the pieces of the text read into it',
      schema: {
        type: 'object',
        properties: { task: ref('Task'), spans: { type: 'array', items: ref('QuickAddSpan') } },
        required: ['task', 'spans'],
      },
    },
    errors: ['400', '401', '403', '409', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/tasks/{id}',
    summary: 'Read a task, with its reminders (next to fire first)',
    success: {
      status: 200,
      description: 'the task and its reminders',
      schema: {
        type: 'object',
        properties: { task: ref('Task'), reminders: { type: 'array', items: ref('TaskReminder') } },
        required: ['task', 'reminders'],
      },
    },
    errors: ['401', '404'],
  },
  {
    method: 'patch',
    path: '/api/tasks/{id}',
    summary:
      "Edit a task; null clears a field, status done sets completed_at. On a repeating task, recurrence_scope 'this' (default) changes only this occurrence, 'future' also the series (later occurrences); a new recurrence applies from this occurrence on. Setting status done or cancelled on an open occurrence creates the next one (next_occurrence). labels replaces the task's labels. Status done on a task with open subtasks is a 409 unless complete_subtasks: true, which completes them too",
    body: taskPatchSchema,
    success: { status: 200, description: 'the task, and the occurrence this change created (else null)', schema: taskWithNext },
    errors: ['400', '401', '403', '404', '409', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/tasks/{id}',
    summary: 'Delete a task and its subtasks (soft; undo with POST …/restore)',
    success: { status: 204, description: 'deleted' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/tasks/{id}/complete',
    summary:
      'Complete a task. For a repeating task the next occurrence is created in the same transaction, exactly once: completing it again (another tab) answers with the same next_occurrence (with the labels, not the subtasks). The body may be left out; with open subtasks the answer is 409 unless it is {"complete_subtasks": true}',
    body: taskCompleteInputSchema,
    bodyOptional: true,
    success: { status: 200, description: 'the completed task and its next occurrence (null when it does not repeat or the rule has ended)', schema: taskWithNext },
    errors: ['400', '401', '403', '404', '409', '413', '415'],
  },
  {
    method: 'post',
    path: '/api/tasks/{id}/skip',
    summary: 'Skip this occurrence of a repeating task: it becomes cancelled and the next occurrence is created. 409 when the task does not repeat or is closed already',
    success: { status: 200, description: 'the skipped occurrence and the next one', schema: taskWithNext },
    errors: ['401', '403', '404', '409'],
  },
  {
    method: 'post',
    path: '/api/tasks/{id}/restore',
    summary: 'Undo a deletion, with the subtasks deleted along with it (back in the inbox if its project is gone)',
    success: { status: 200, description: 'the task', schema: wrapped('task', 'Task') },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/tasks/bulk',
    summary: `Complete, reopen, move (project_id; null = inbox), delete (soft, with subtasks) or restore many tasks; restore with the same ids undoes a delete. Completing tasks whose open subtasks are not listed is a 409 unless complete_subtasks: true. ${ALL_OR_NOTHING}`,
    body: taskBulkInputSchema,
    success: { status: 200, description: 'the tasks after the change, in the order of ids', schema: wrappedList('tasks', 'Task') },
    errors: ['400', '401', '403', '404', '409', '413', '415'],
  },
  {
    method: 'post',
    path: '/api/tasks/reorder',
    summary: `Put the listed tasks in this order within the places they hold; other tasks keep theirs. ${ALL_OR_NOTHING}`,
    body: reorderInputSchema,
    success: { status: 200, description: 'the listed tasks in their new order', schema: wrappedList('tasks', 'Task') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/tasks/{id}/reminders',
    summary:
      "The task's reminders, next to fire first. fire_at follows the task: moving it moves them; completing, cancelling or deleting it makes them inactive (fire_at null), reopening re-arms them",
    success: { status: 200, description: 'the reminders', schema: wrappedList('reminders', 'TaskReminder') },
    errors: ['401', '404'],
  },
  {
    method: 'post',
    path: '/api/tasks/{id}/reminders',
    summary: `Add a reminder: {anchor: 'start', offset_minutes} before the start; {anchor: 'due', offset_minutes} before the end of the due day; {anchor: 'due_day', local_time, days_before} on the due date; {anchor: 'absolute', at}. Wall-clock times are in your profile timezone. Channels default to push. At most ${TASK_REMINDERS_PER_TASK_MAX} a task (400 naming \`reminders\`)`,
    body: taskReminderInputSchema,
    success: { status: 201, description: 'the reminder, with its fire_at', schema: wrapped('reminder', 'TaskReminder') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'patch',
    path: '/api/tasks/{id}/reminders/{reminderId}',
    summary: "Change a reminder; with a new anchor, send that anchor's fields (the old anchor's are dropped). A new time re-arms a reminder that fired",
    body: taskReminderPatchSchema,
    success: { status: 200, description: 'the reminder, with its fire_at', schema: wrapped('reminder', 'TaskReminder') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/tasks/{id}/reminders/{reminderId}',
    summary: 'Remove a reminder',
    success: { status: 204, description: 'removed' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'patch',
    path: '/api/task-blocks/{id}',
    summary:
      "Move or resize one block of an auto-scheduled task (start_at, end_at or both; at most 24 h). In the same transaction the task's start_at becomes its first block's start and duration_minutes its blocks' total (at most 24 h, else 400 naming the field).",
    body: taskBlockPatchSchema,
    success: { status: 200, description: 'the block', schema: wrapped('task_block', 'TaskBlock') },
    errors: ['400', '401', '403', '404', '413', '415'],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Server-Sent Events: changes to your projects, tasks and jobs (resume with Last-Event-ID)',
    success: {
      status: 200,
      description: 'an event stream; each event names a changed row: {"table","op","id"}',
      contentType: 'text/event-stream',
      schema: { type: 'string' },
    },
    errors: ['401'],
  },
  {
    method: 'get',
    path: '/api/brain-dumps',
    summary: 'Your latest 50 brain dumps, newest first',
    success: { status: 200, description: 'brain dump summaries', schema: wrappedList('brain_dumps', 'BrainDumpSummary') },
    errors: ['401'],
  },
  {
    method: 'post',
    path: '/api/brain-dumps',
    summary: `Store a brain dump (at most ${BRAIN_DUMP_TEXT_MAX} characters; longer is a 413); open its stream to draft it. With billing on, each counts against the plan's brain dumps per UTC day, and drafting by a model needs AI tokens left this month (402 otherwise)`,
    body: brainDumpInputSchema,
    success: {
      status: 201,
      description: 'the stored dump and its id',
      schema: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' }, brain_dump: ref('BrainDump') },
        required: ['id', 'brain_dump'],
      },
    },
    errors: ['400', '401', '402', '403', '413', '415', '429'],
  },
  {
    method: 'get',
    path: '/api/brain-dumps/{id}',
    summary: 'Read a brain dump with its drafted operations',
    success: { status: 200, description: 'the brain dump', schema: wrapped('brain_dump', 'BrainDump') },
    errors: ['401', '404'],
  },
  {
    method: 'get',
    path: '/api/brain-dumps/{id}/stream',
    summary: 'Server-Sent Events of the draft: status, operation, usage, done, error (resume with Last-Event-ID); closing it stops drafting',
    success: { status: 200, description: 'an event stream', contentType: 'text/event-stream', schema: { type: 'string' } },
    errors: ['401', '404'],
  },
  {
    method: 'post',
    path: '/api/brain-dumps/{id}/apply',
    summary: 'Write the accepted (possibly edited) operations in one transaction; refs resolve to the new ids',
    body: applyInputSchema,
    success: {
      status: 200,
      description: 'the applied dump and what it changed',
      schema: {
        type: 'object',
        properties: { brain_dump: ref('BrainDump'), changes: toJsonSchema(appliedChangesSchema, 'output') },
        required: ['brain_dump', 'changes'],
      },
    },
    errors: ['400', '401', '403', '404', '409', '413', '415'],
  },
  {
    method: 'post',
    path: '/api/brain-dumps/{id}/undo',
    summary: 'Undo an applied dump: delete what it created, restore what it updated',
    success: { status: 200, description: 'the undone dump', schema: wrapped('brain_dump', 'BrainDump') },
    errors: ['401', '403', '404', '409'],
  },
  {
    method: 'get',
    path: '/api/me/briefs',
    summary: 'Your briefs, newest local date first: status (ready, skipped or failed with the reason) and how each was delivered; without their bodies',
    success: { status: 200, description: 'brief summaries', schema: wrappedList('briefs', 'BriefSummary') },
    errors: ['401'],
  },
  {
    method: 'post',
    path: '/api/me/briefs',
    summary:
      "Write today's brief (the local date in your time zone) now and email it. Queues a brief.generate job; follow its stages on /api/events (changes to queue_jobs) and GET /api/me/briefs. Pressing again while one is queued or running answers with that job. Rate-limited per user: it spends the AI budget",
    success: { status: 202, description: 'the queued job and the local date it writes for', schema: ref('BriefSendAccepted') },
    errors: ['401', '403', '429'],
  },
  {
    method: 'get',
    path: '/api/me/briefs/{id}',
    summary: 'Read one of your briefs with its Markdown body',
    success: { status: 200, description: 'the brief', schema: wrapped('brief', 'Brief') },
    errors: ['401', '404'],
  },
  {
    method: 'get',
    path: '/api/me/push-subscriptions',
    summary:
      'Your devices (browsers) that receive push notifications, newest first, and the VAPID public key to subscribe with (applicationServerKey; null when Web Push is off on this server)',
    success: {
      status: 200,
      description: 'the devices and the key',
      schema: {
        type: 'object',
        properties: { subscriptions: { type: 'array', items: ref('PushDevice') }, vapid_public_key: { type: ['string', 'null'] } },
        required: ['subscriptions', 'vapid_public_key'],
      },
    },
    errors: ['401'],
  },
  {
    method: 'post',
    path: '/api/me/push-subscriptions',
    summary:
      "Store this browser's push subscription (PushSubscription.toJSON()), labelled from its User-Agent. Upserts by endpoint: the same browser again updates its keys (200); an endpoint another account held moves to you (201). The endpoint must be an https push service address, not a local or private one. At most 20 devices (409); 409 too when Web Push is off",
    body: pushSubscriptionInputSchema,
    success: { status: 201, description: 'a device new to you', schema: wrapped('subscription', 'PushDevice') },
    alsoSuccess: { status: 200, description: 'a device you had, its keys updated', schema: wrapped('subscription', 'PushDevice') },
    errors: ['400', '401', '403', '409', '413', '415'],
  },
  {
    method: 'delete',
    path: '/api/me/push-subscriptions/{id}',
    summary: 'Stop push notifications to one of your devices',
    success: { status: 204, description: 'removed' },
    errors: ['401', '403', '404'],
  },
  {
    method: 'post',
    path: '/api/me/push-subscriptions/test',
    summary:
      'Send a test notification to every device you have (a notification of kind test on the push channel, sent by the worker); quiet hours hold it like any other (send_at). 409 without a device or when Web Push is off; at most 5 a minute',
    success: { status: 202, description: 'the queued notification and when it goes', schema: ref('PushTestAccepted') },
    errors: ['401', '403', '409', '429'],
  },
  {
    method: 'post',
    path: '/api/schedule/plan',
    summary: `Plan my day or week: places your open unscheduled tasks (and, unless include_missed is false, tasks whose scheduled time passed undone in the last ${MISSED_LOOKBACK_DAYS} days) into the free time of your working hours, around busy calendar events and scheduled tasks, keeping your planning buffer. Ranked: tasks whose deadline (else due date) falls in the range, overdue or high priority first; then earliest deadline (else due date), priority (high, medium, none, low), your order. A task is placed before its deadline or flagged in unplaced with a code and a reason with numbers ("needs 6 h by Fri 4 Dec, 3.5 h free"). week = Monday to Sunday of date (default today, in your timezone). Writes nothing. At most ${PLAN_RUNS_PER_MINUTE} plans and accepts a minute`,
    body: planRequestSchema,
    success: { status: 200, description: 'the preview', schema: wrapped('plan', 'PlanPreview') },
    errors: ['400', '401', '403', '413', '415', '429'],
  },
  {
    method: 'post',
    path: '/api/schedule/accept',
    summary: `Accept a plan, as previewed or adjusted (blocks removed or moved): each block with its task's task_updated_at from the preview, at most ${ACCEPT_BLOCKS_MAX}. One transaction: a task with one block gets start_at and duration_minutes (the block's length); a task with several gets them as its blocks (start_at = the first, duration_minutes = their total). 409 when a task changed since the preview or a block overlaps time that is busy now (nothing is written); 400 names a block that overlaps another or is already over`,
    body: acceptPlanInputSchema,
    success: { status: 200, description: 'the tasks as written and the blocks of split tasks', schema: ref('AcceptedPlan') },
    errors: ['400', '401', '403', '404', '409', '413', '415', '429'],
  },
  {
    method: 'get',
    path: '/api/billing',
    summary:
      'Your plan and billing state (only when the server sells plans through Stripe, ENABLE_STRIPE; otherwise 404): plan and why (trial, subscribed, grace after a failed payment, downgraded, free), trial end, Stripe status, interval and next invoice date. A checkout is reflected once Stripe\'s webhook has been processed, not on return from Checkout',
    success: { status: 200, description: 'the billing state', schema: wrapped('billing', 'BillingSummary') },
    errors: ['401', '404'],
  },
  {
    method: 'post',
    path: '/api/billing/checkout',
    summary: `Start a Stripe Checkout for Pro, billed monthly or yearly; open the returned url. Your Stripe customer is created once and reused. 409 while you have a live subscription (use the portal); 503 when Stripe cannot be reached; 404 when the server does not sell plans. With the portal, at most ${BILLING_SESSIONS_PER_MINUTE} a minute`,
    body: checkoutInputSchema,
    success: { status: 201, description: 'the Checkout page to open', schema: ref('BillingRedirect') },
    errors: ['400', '401', '403', '404', '409', '413', '415', '429', '503'],
  },
  {
    method: 'post',
    path: '/api/billing/portal',
    summary: `Open Stripe's customer portal (change plan, payment method, cancel); open the returned url. 409 before your first checkout; 503 when Stripe cannot be reached; 404 when the server does not sell plans. With checkout, at most ${BILLING_SESSIONS_PER_MINUTE} a minute`,
    success: { status: 201, description: 'the portal page to open', schema: ref('BillingRedirect') },
    errors: ['401', '403', '404', '409', '429', '503'],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    auth: false,
    success: { status: 200, description: 'OpenAPI 3.1 document', schema: { type: 'object' } },
    errors: [],
  },
];

function queryParameters(query: z.ZodObject): JsonSchema[] {
  const schema = toJsonSchema(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    // Lists (status) may repeat or be comma-separated.
    ...(property.type === 'array' ? { style: 'form', explode: true } : {}),
    schema: property,
  }));
}

function operationObject(op: Operation): JsonSchema {
  const responses: Record<string, unknown> = {};
  for (const success of op.alsoSuccess ? [op.success, op.alsoSuccess] : [op.success]) {
    responses[String(success.status)] = {
      description: success.description,
      ...(success.schema ? { content: { [success.contentType ?? 'application/json']: { schema: success.schema } } } : {}),
    };
  }
  for (const status of op.errors) {
    responses[status] = {
      description: ERRORS[status],
      ...(status === '429' || status === '503' ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds to wait' } } } : {}),
      content: jsonContent(ref('Error')),
    };
  }
  const parameters = [...pathParams(op.path), ...(op.query ? queryParameters(op.query) : [])];
  return {
    summary: op.summary,
    ...(op.auth === false ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: op.bodyOptional !== true, content: jsonContent(toJsonSchema(op.body, 'input')) } } : {}),
    responses,
  };
}

let document: JsonSchema | undefined;

/** The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the endpoints validate with. */
export function openApiDocument(version: string): JsonSchema {
  if (document) return document;
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, JsonSchema>)[op.method] = operationObject(op);
  }
  document = {
    openapi: '3.1.0',
    info: {
      title: 'Ordo API',
      version,
      description: `JSON API of Ordo. Authenticate with the session cookie (browsers; state-changing calls must be same-origin) or \`Authorization: Bearer <personal access token>\` (created in Settings). Passwords are ${PASSWORD_MAX} characters at most.`,
    },
    servers: [{ url: '/' }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'personal access token (ordo_pat_…)' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'ordo_session' },
      },
      schemas: components,
    },
    paths,
  };
  return document;
}
