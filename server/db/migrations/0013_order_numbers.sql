CREATE SEQUENCE IF NOT EXISTS "order_number_seq" AS bigint START WITH 1;
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "number" text;
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "contact" jsonb;
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "shipping_address" jsonb;
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "delivery" jsonb;
--> statement-breakpoint
-- Orders placed before numbers existed are numbered in the order they were placed.
WITH "numbered" AS (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS "n" FROM "orders")
UPDATE "orders" SET "number" = 'VT-' || lpad("numbered"."n"::text, 6, '0') FROM "numbered" WHERE "orders"."id" = "numbered"."id";
--> statement-breakpoint
SELECT setval('order_number_seq', GREATEST((SELECT count(*) FROM "orders"), 1), (SELECT count(*) FROM "orders") > 0);
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "number" SET DEFAULT ('VT-' || lpad(nextval('order_number_seq')::text, 6, '0'));
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "number" SET NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "orders_number_idx" ON "orders" USING btree ("number");
