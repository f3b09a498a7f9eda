CREATE TABLE "advisor_slots" (
	"id" text PRIMARY KEY NOT NULL,
	"advisor_id" text NOT NULL,
	"advisor_name" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'free' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisor_slots_order_check" CHECK ("advisor_slots"."ends_at" > "advisor_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"slot_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"advisor_id" text NOT NULL,
	"session_id" text NOT NULL,
	"product_id" text,
	"note" text,
	"status" text DEFAULT 'booked' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"customer_name" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"context" jsonb NOT NULL,
	"channel" text NOT NULL,
	"store_id" text,
	"priority" integer DEFAULT 0 NOT NULL,
	"advisor_id" text,
	"advisor_name" text,
	"session_id" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "help_requests_status_check" CHECK ("help_requests"."status" in ('waiting', 'assigned', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "live_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"host_id" text,
	"host_name" text,
	"customer_id" text,
	"title" text DEFAULT '' NOT NULL,
	"store_id" text,
	"invite_code" text,
	"admission" text DEFAULT 'open' NOT NULL,
	"capacity" integer DEFAULT 8 NOT NULL,
	"help_request_id" text,
	"room_id" text,
	"starts_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "live_sessions_kind_check" CHECK ("live_sessions"."kind" in ('help', 'consultation', 'event', 'friends')),
	CONSTRAINT "live_sessions_capacity_check" CHECK ("live_sessions"."capacity" between 2 and 500)
);
--> statement-breakpoint
CREATE TABLE "session_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"actor_id" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_members" (
	"session_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'member' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_members_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_advisor_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."advisor_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_events" ADD CONSTRAINT "session_events_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_members" ADD CONSTRAINT "session_members_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advisor_slots_time_idx" ON "advisor_slots" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "advisor_slots_unique_start" ON "advisor_slots" USING btree ("advisor_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_per_slot" ON "bookings" USING btree ("slot_id") WHERE "bookings"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "bookings_customer_idx" ON "bookings" USING btree ("customer_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_advisor_idx" ON "bookings" USING btree ("advisor_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "help_requests_one_open_per_customer" ON "help_requests" USING btree ("customer_id") WHERE "help_requests"."status" in ('waiting', 'assigned');--> statement-breakpoint
CREATE INDEX "help_requests_queue_idx" ON "help_requests" USING btree ("status","priority","queued_at");--> statement-breakpoint
CREATE INDEX "live_sessions_host_idx" ON "live_sessions" USING btree ("host_id","status");--> statement-breakpoint
CREATE INDEX "live_sessions_customer_idx" ON "live_sessions" USING btree ("customer_id","status");--> statement-breakpoint
CREATE INDEX "session_events_session_idx" ON "session_events" USING btree ("session_id","id");