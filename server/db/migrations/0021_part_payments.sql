ALTER TABLE "order_pickups" ADD COLUMN "payment_id" text;
--> statement-breakpoint
ALTER TABLE "order_pickups" ADD COLUMN "paid_amount" integer;
--> statement-breakpoint
ALTER TABLE "sandbox_payments" ADD COLUMN "refunded_amount" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
UPDATE "sandbox_payments" SET "refunded_amount" = "amount" WHERE "status" = 'refunded';
