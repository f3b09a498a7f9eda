ALTER TABLE "handoff_codes" RENAME COLUMN "code" TO "code_hash";--> statement-breakpoint
UPDATE "handoff_codes" SET "code_hash" = encode(sha256(convert_to("code_hash", 'UTF8')), 'hex');--> statement-breakpoint
DELETE FROM "handoff_codes" a USING "handoff_codes" b WHERE a."cart_id" = b."cart_id" AND a."redeemed_at" IS NULL AND b."redeemed_at" IS NULL AND (a."expires_at" < b."expires_at" OR (a."expires_at" = b."expires_at" AND a."code_hash" < b."code_hash"));--> statement-breakpoint
CREATE UNIQUE INDEX "handoff_codes_one_live_per_cart" ON "handoff_codes" USING btree ("cart_id") WHERE "handoff_codes"."redeemed_at" is null;--> statement-breakpoint
ALTER TABLE "device_links" RENAME COLUMN "code" TO "code_hash";--> statement-breakpoint
UPDATE "device_links" SET "code_hash" = encode(sha256(convert_to("code_hash", 'UTF8')), 'hex');
