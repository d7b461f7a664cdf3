CREATE TABLE `operation_stats` (
	`operation_key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`evidence` text DEFAULT '{}' NOT NULL,
	`numbers` integer DEFAULT 0 NOT NULL,
	`first_report_at` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
