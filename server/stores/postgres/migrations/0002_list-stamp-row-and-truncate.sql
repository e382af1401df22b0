-- The one row of list_stamp (stores cache the board list while its stamp stays the same).
INSERT INTO "list_stamp" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The store changes the stamp itself in every unit of work that writes a listed table. A TRUNCATE (tests
-- resetting the database) bypasses the store: change the stamp then too. Only for TRUNCATE: a statement
-- trigger on ordinary writes would lock the stamp row early and let parallel units of work deadlock.
CREATE FUNCTION "shortlist_change_list_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "list_stamp" ("id") VALUES (1) ON CONFLICT ("id") DO UPDATE SET "stamp" = gen_random_uuid();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "candidates_truncate_list_stamp" AFTER TRUNCATE ON "candidates" FOR EACH STATEMENT EXECUTE FUNCTION "shortlist_change_list_stamp"();
--> statement-breakpoint
CREATE TRIGGER "interviews_truncate_list_stamp" AFTER TRUNCATE ON "interviews" FOR EACH STATEMENT EXECUTE FUNCTION "shortlist_change_list_stamp"();
--> statement-breakpoint
CREATE TRIGGER "scorecards_truncate_list_stamp" AFTER TRUNCATE ON "scorecards" FOR EACH STATEMENT EXECUTE FUNCTION "shortlist_change_list_stamp"();
