ALTER TABLE `reports` ADD `reported_tags` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `called_at_offset` integer;