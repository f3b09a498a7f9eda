ALTER TABLE "order_pickups" ADD COLUMN "cancel_reason" text;
--> statement-breakpoint
ALTER TABLE "order_pickups" ADD COLUMN "refunded_amount" integer;
