import * as z from 'zod/mini';
import { QualificationIdSchema } from './qualifications';

export const RoleQualificationSchema = z.object({
  id: QualificationIdSchema,
  label: z.string(),
  description: z.string(),
});

export const RoleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  team: z.string(),
  location: z.string(),
  summary: z.string(),
  responsibilities: z.array(z.string()),
  qualifications: z.array(RoleQualificationSchema),
});
export type Role = z.infer<typeof RoleSchema>;
