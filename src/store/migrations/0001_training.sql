CREATE TABLE "artifact_chunks" (
	"artifact_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "artifact_chunks_artifact_id_seq_pk" PRIMARY KEY("artifact_id","seq")
);
--> statement-breakpoint
CREATE TABLE "artifacts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "artifacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"owner_arn" text NOT NULL,
	"kind" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solution_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "solution_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"solution_id" integer NOT NULL,
	"recipe" text NOT NULL,
	"event_type" text,
	"perform_hpo" boolean NOT NULL,
	"config" jsonb NOT NULL,
	"training_mode" text NOT NULL,
	"training_type" text NOT NULL,
	"status" text NOT NULL,
	"failure_reason" text,
	"hyper_parameters" jsonb,
	"tuned_hyper_parameters" jsonb,
	"metrics" jsonb,
	"training_started_at" timestamp (3) with time zone,
	"training_ended_at" timestamp (3) with time zone,
	"artifact_id" bigint,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "solution_versions_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "solutions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_group_id" integer NOT NULL,
	"recipe" text NOT NULL,
	"event_type" text,
	"perform_hpo" boolean NOT NULL,
	"perform_auto_training" boolean NOT NULL,
	"config" jsonb NOT NULL,
	"status" text NOT NULL,
	"failure_reason" text,
	"latest_update" jsonb,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "solutions_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
ALTER TABLE "solution_versions" ADD CONSTRAINT "solution_versions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_dataset_group_id_dataset_groups_id_fk" FOREIGN KEY ("dataset_group_id") REFERENCES "public"."dataset_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "solution_versions_solution" ON "solution_versions" USING btree ("solution_id");