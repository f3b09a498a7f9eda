CREATE TABLE "cart_command_keys" (
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"cart_id" text NOT NULL,
	"request_hash" text NOT NULL,
	"cart" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_command_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"location_id" text NOT NULL,
	"product_id" text NOT NULL,
	"kind" text NOT NULL,
	"delta" integer NOT NULL,
	"on_hand_after" integer NOT NULL,
	"by_user_id" text NOT NULL,
	"order_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_movements_kind_check" CHECK ("stock_movements"."kind" in ('receive', 'count', 'till_sale'))
);
--> statement-breakpoint
CREATE TABLE "till_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"store_id" text NOT NULL,
	"clerk_id" text NOT NULL,
	"cart_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"order_id" text,
	"amount" integer NOT NULL,
	"currency" text NOT NULL,
	"card_last4" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "till_payments_status_check" CHECK ("till_payments"."status" in ('approved', 'declined'))
);
--> statement-breakpoint
CREATE INDEX "cart_command_keys_created_idx" ON "cart_command_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "stock_movements_location_idx" ON "stock_movements" USING btree ("location_id","at");--> statement-breakpoint
CREATE INDEX "till_payments_store_idx" ON "till_payments" USING btree ("store_id","created_at");