ALTER TABLE `agency_aliases` ADD `listed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `complaint_channels` ADD `source_zh` text;--> statement-breakpoint
ALTER TABLE `official_numbers` ADD `source_zh` text;