CREATE TABLE "campaigns" (
	"code" text PRIMARY KEY NOT NULL,
	"created_day" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_counts" (
	"day" text NOT NULL,
	"metric" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "daily_counts_day_metric_pk" PRIMARY KEY("day","metric")
);
--> statement-breakpoint
CREATE INDEX "daily_counts_metric_day" ON "daily_counts" USING btree ("metric","day","count");