CREATE TABLE "campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"solution_id" integer NOT NULL,
	"requested_solution_version_arn" text NOT NULL,
	"solution_version_id" integer NOT NULL,
	"min_provisioned_tps" integer NOT NULL,
	"config" jsonb NOT NULL,
	"status" text NOT NULL,
	"failure_reason" text,
	"latest_update" jsonb,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "campaigns_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
CREATE TABLE "filters" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "filters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"arn" text NOT NULL,
	"name" text NOT NULL,
	"dataset_group_id" integer NOT NULL,
	"expression" text NOT NULL,
	"fields" jsonb NOT NULL,
	"status" text NOT NULL,
	"failure_reason" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "filters_arn_unique" UNIQUE("arn")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_solution_version_id_solution_versions_id_fk" FOREIGN KEY ("solution_version_id") REFERENCES "public"."solution_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filters" ADD CONSTRAINT "filters_dataset_group_id_dataset_groups_id_fk" FOREIGN KEY ("dataset_group_id") REFERENCES "public"."dataset_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_solution" ON "campaigns" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "filters_dataset_group" ON "filters" USING btree ("dataset_group_id");