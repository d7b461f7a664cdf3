ALTER TABLE `number_stats` ADD `scored_at` integer;--> statement-breakpoint
CREATE INDEX `number_stats_scored_idx` ON `number_stats` (`scored_at`);