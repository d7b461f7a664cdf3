-- The call's circumstances on reports (how often it rang, the person's overdue stage, who took
-- the call, what was threatened) and the conduct rules each report says were broken, counted
-- per number and per (number, claimed agency). Violations of reports stored before this stay
-- null until `npm run rescore` derives them.
ALTER TABLE `reports` ADD `calls_today` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `calls_last_7_days` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `overdue_stage` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `contacted` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `threatened` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `violations` text;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `violations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_claims` ADD `violations` text DEFAULT '{}' NOT NULL;
