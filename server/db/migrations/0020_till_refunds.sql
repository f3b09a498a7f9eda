ALTER TABLE "till_payments" DROP CONSTRAINT "till_payments_status_check";
--> statement-breakpoint
ALTER TABLE "till_payments" ADD COLUMN "refunded_amount" integer;
--> statement-breakpoint
ALTER TABLE "till_payments" ADD COLUMN "refunded_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "till_payments" ADD CONSTRAINT "till_payments_status_check" CHECK ("till_payments"."status" in ('approved', 'declined', 'refunded'));
--> statement-breakpoint
UPDATE "till_payments" SET "status" = 'refunded', "refunded_amount" = "till_payments"."amount", "refunded_at" = "orders"."updated_at"
FROM "orders"
WHERE "orders"."id" = "till_payments"."order_id" AND "till_payments"."status" = 'approved' AND "orders"."payment"->>'status' in ('refunded', 'voided');
