import { z } from 'zod';
import { LABEL_NAME_MAX } from './limits.ts';
import { timestampSchema } from './timestamp.ts';

/** The named colours a label may take, and the hex each is drawn in. */
export const LABEL_PALETTE = {
  gray: '#6b7280',
  red: '#dc2626',
  orange: '#ea580c',
  yellow: '#ca8a04',
  green: '#16a34a',
  teal: '#0d9488',
  blue: '#2563eb',
  purple: '#9333ea',
  pink: '#db2777',
} as const;
export type LabelPaletteColor = keyof typeof LABEL_PALETTE;
export const labelPaletteColors = Object.keys(LABEL_PALETTE) as LabelPaletteColor[];

// A palette name, or any #rrggbb stored in lower case (the database accepts no other spelling).
export const labelColorSchema = z.union([
  z.enum(labelPaletteColors as [LabelPaletteColor, ...LabelPaletteColor[]]),
  z
    .string()
    .regex(/^#[0-9A-Fa-f]{6}$/, 'Enter a palette colour or # and six hex digits, like #64748b')
    .transform((hex) => hex.toLowerCase()),
]);

/** The hex a label's colour is drawn in. */
export function labelColorHex(color: string): string {
  return (LABEL_PALETTE as Record<string, string>)[color] ?? color;
}

export const labelNameSchema = z.string().trim().min(1).max(LABEL_NAME_MAX);

/** A row of public.labels, column for column. */
export const labelSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  name: z.string().max(LABEL_NAME_MAX),
  color: z.string(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type Label = z.infer<typeof labelSchema>;

export const labelInputSchema = z.strictObject({
  name: labelNameSchema,
  color: labelColorSchema.optional(),
});
export type LabelInput = z.infer<typeof labelInputSchema>;

export const labelPatchSchema = labelInputSchema.partial();
export type LabelPatch = z.infer<typeof labelPatchSchema>;
