DROP INDEX "candidates_email_lower_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_email_lower_key" ON "candidates" USING btree (lower("email"));