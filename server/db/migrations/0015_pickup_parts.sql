CREATE TABLE IF NOT EXISTS "order_pickups" (
	"order_id" text NOT NULL,
	"store_id" text NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"line_ids" jsonb NOT NULL,
	"pickup_by" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_pickups_order_id_store_id_pk" PRIMARY KEY("order_id","store_id"),
	CONSTRAINT "order_pickups_status_check" CHECK ("order_pickups"."status" in ('placed', 'ready_for_pickup', 'picked_up', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "order_pickups" ADD CONSTRAINT "order_pickups_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "order_pickups_store_idx" ON "order_pickups" USING btree ("store_id","status","updated_at");
--> statement-breakpoint
-- Every order placed before parts gets one part per store it has lines waiting at (an order of one
-- store: one part with its code and status). The old code kept one status for every store, and
-- settled every store's stock with it, so each part takes the order's status.
INSERT INTO "order_pickups" ("order_id", "store_id", "code", "status", "line_ids", "pickup_by", "updated_at")
SELECT o."id", l."store_id",
	CASE WHEN l."store_id" = o."pickup_store_id" AND o."pickup_code" IS NOT NULL THEN o."pickup_code" ELSE (100000 + floor(random() * 900000))::int::text END,
	CASE WHEN o."status" = 'shipped' THEN 'picked_up' ELSE o."status" END,
	l."line_ids", o."pickup_by", o."updated_at"
FROM "orders" o
JOIN LATERAL (
	SELECT e->'fulfilment'->>'locationId' AS "store_id", jsonb_agg(e->>'id' ORDER BY n) AS "line_ids"
	FROM jsonb_array_elements(o."lines") WITH ORDINALITY AS x(e, n)
	WHERE e->'fulfilment'->>'type' = 'pickup' AND coalesce((e->'fulfilment'->>'takeNow')::boolean, false) = false AND e->>'handedOverAt' IS NULL
	GROUP BY e->'fulfilment'->>'locationId'
) l ON true
ON CONFLICT DO NOTHING;
