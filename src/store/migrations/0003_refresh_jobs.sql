CREATE TABLE "batch_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "batch_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"job_type" text NOT NULL,
	"name" text NOT NULL,
	"solution_version_id" integer NOT NULL,
	"filter_arn" text,
	"num_results" integer NOT NULL,
	"input_path" text NOT NULL,
	"output_path" text NOT NULL,
	"role_arn" text,
	"config" jsonb,
	"mode" text,
	"status" text NOT NULL,
	"failure_reason" text,
	"records_total" bigint DEFAULT 0 NOT NULL,
	"records_done" bigint DEFAULT 0 NOT NULL,
	"records_failed" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "batch_jobs_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "data_deletion_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "data_deletion_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_group_id" integer NOT NULL,
	"data_location" text NOT NULL,
	"role_arn" text,
	"status" text NOT NULL,
	"failure_reason" text,
	"num_deleted" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "data_deletion_jobs_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "dataset_export_jobs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_export_jobs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_id" integer NOT NULL,
	"ingestion_mode" text NOT NULL,
	"output_path" text NOT NULL,
	"role_arn" text,
	"status" text NOT NULL,
	"failure_reason" text,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "dataset_export_jobs_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "deleted_users" (
	"dataset_group_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"deleted_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "deleted_users_dataset_group_id_user_id_pk" PRIMARY KEY("dataset_group_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "solution_versions" ADD COLUMN "source_version_id" integer;--> statement-breakpoint
ALTER TABLE "solution_versions" ADD COLUMN "interactions_mark" bigint;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "next_auto_training_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "batch_jobs" ADD CONSTRAINT "batch_jobs_solution_version_id_solution_versions_id_fk" FOREIGN KEY ("solution_version_id") REFERENCES "public"."solution_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_deletion_jobs" ADD CONSTRAINT "data_deletion_jobs_dataset_group_id_dataset_groups_id_fk" FOREIGN KEY ("dataset_group_id") REFERENCES "public"."dataset_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_export_jobs" ADD CONSTRAINT "dataset_export_jobs_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batch_jobs_version" ON "batch_jobs" USING btree ("solution_version_id","job_type");--> statement-breakpoint
CREATE INDEX "data_deletion_jobs_group" ON "data_deletion_jobs" USING btree ("dataset_group_id");--> statement-breakpoint
CREATE INDEX "dataset_export_jobs_dataset" ON "dataset_export_jobs" USING btree ("dataset_id");