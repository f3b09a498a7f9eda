CREATE TABLE "store_layouts" (
	"store_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"layout" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "store_layouts_store_id_version_pk" PRIMARY KEY("store_id","version"),
	CONSTRAINT "store_layouts_status_check" CHECK ("store_layouts"."status" in ('draft', 'published', 'archived'))
);
--> statement-breakpoint
ALTER TABLE "store_layouts" ADD CONSTRAINT "store_layouts_store_id_locations_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "store_layouts_one_draft_idx" ON "store_layouts" USING btree ("store_id") WHERE "store_layouts"."status" = 'draft';
--> statement-breakpoint
CREATE UNIQUE INDEX "store_layouts_one_published_idx" ON "store_layouts" USING btree ("store_id") WHERE "store_layouts"."status" = 'published';
