CREATE SEQUENCE "public"."data_version" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "data_batches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dataset_id" integer NOT NULL,
	"import_job_id" integer,
	"state" text NOT NULL,
	"version" bigint,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"domain" text,
	"role_arn" text,
	"kms_key_arn" text,
	"failure_reason" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "dataset_groups_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "dataset_import_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_import_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_id" integer NOT NULL,
	"data_location" text NOT NULL,
	"import_mode" text NOT NULL,
	"role_arn" text,
	"publish_attribution_metrics_to_s3" boolean,
	"status" text NOT NULL,
	"failure_reason" text,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "dataset_import_jobs_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "datasets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_group_id" integer NOT NULL,
	"dataset_type" text NOT NULL,
	"schema_id" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"update_schema_id" integer,
	"update_status" text,
	"update_failure_reason" text,
	"update_created_at" timestamp (3) with time zone,
	"update_updated_at" timestamp (3) with time zone,
	CONSTRAINT "datasets_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "event_trackers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_trackers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_group_id" integer NOT NULL,
	"tracking_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "event_trackers_arn_unique" UNIQUE("arn"),
	CONSTRAINT "event_trackers_tracking_id_unique" UNIQUE("tracking_id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interactions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dataset_id" integer NOT NULL,
	"batch_id" bigint NOT NULL,
	"user_id" text,
	"item_id" text,
	"timestamp" bigint NOT NULL,
	"event_type" text,
	"event_value" real,
	"impression" text,
	"recommendation_id" text,
	"event_attribution_source" text,
	"session_id" text,
	"event_id" text,
	"properties" jsonb
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dataset_id" integer NOT NULL,
	"batch_id" bigint NOT NULL,
	"version" bigint,
	"item_id" text NOT NULL,
	"creation_timestamp" bigint,
	"properties" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"resource_arn" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp (3) with time zone,
	"run_after" timestamp (3) with time zone,
	"last_error" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schemas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "schemas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"domain" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "schemas_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"resource_arn" text NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "tags_resource_arn_key_pk" PRIMARY KEY("resource_arn","key")
);
--> statement-breakpoint
CREATE TABLE "upload_chunks" (
	"upload_id" text NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "upload_chunks_upload_id_seq_pk" PRIMARY KEY("upload_id","seq")
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dataset_id" integer NOT NULL,
	"batch_id" bigint NOT NULL,
	"version" bigint,
	"user_id" text NOT NULL,
	"properties" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dataset_import_jobs" ADD CONSTRAINT "dataset_import_jobs_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_dataset_group_id_dataset_groups_id_fk" FOREIGN KEY ("dataset_group_id") REFERENCES "public"."dataset_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_schema_id_schemas_id_fk" FOREIGN KEY ("schema_id") REFERENCES "public"."schemas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_update_schema_id_schemas_id_fk" FOREIGN KEY ("update_schema_id") REFERENCES "public"."schemas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_trackers" ADD CONSTRAINT "event_trackers_dataset_group_id_dataset_groups_id_fk" FOREIGN KEY ("dataset_group_id") REFERENCES "public"."dataset_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_batches_dataset" ON "data_batches" USING btree ("dataset_id","state");--> statement-breakpoint
CREATE INDEX "dataset_import_jobs_dataset" ON "dataset_import_jobs" USING btree ("dataset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_group_type" ON "datasets" USING btree ("dataset_group_id","dataset_type");--> statement-breakpoint
CREATE UNIQUE INDEX "event_trackers_group" ON "event_trackers" USING btree ("dataset_group_id");--> statement-breakpoint
CREATE INDEX "interactions_user_realtime" ON "interactions" USING btree ("dataset_id","user_id","timestamp") WHERE "interactions"."batch_id" = 0;--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_event_id" ON "interactions" USING btree ("dataset_id","event_id") WHERE "interactions"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "items_item" ON "items" USING btree ("dataset_id","item_id");--> statement-breakpoint
CREATE INDEX "jobs_claimable" ON "jobs" USING btree ("state","id");--> statement-breakpoint
CREATE INDEX "users_user" ON "users" USING btree ("dataset_id","user_id");