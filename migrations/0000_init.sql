CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`website` text,
	`description_zh` text,
	`description_en` text,
	`source` text
);
--> statement-breakpoint
CREATE TABLE `agency_aliases` (
	`normalized` text PRIMARY KEY NOT NULL,
	`alias` text NOT NULL,
	`agency_id` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agency_aliases_agency_idx` ON `agency_aliases` (`agency_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`before` text,
	`after` text,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `block_evidence` (
	`block_key` text NOT NULL,
	`feature` text NOT NULL,
	`value` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`block_key`, `feature`)
);
--> statement-breakpoint
CREATE TABLE `complaint_channels` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`label_zh` text NOT NULL,
	`label_en` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `complaint_channels_agency_idx` ON `complaint_channels` (`agency_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`number_id` integer NOT NULL,
	`relation` text NOT NULL,
	`statement` text NOT NULL,
	`contact_hash` text,
	`contact_masked` text,
	`status` text DEFAULT 'open' NOT NULL,
	`resolution_note` text,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `disputes_number_idx` ON `disputes` (`number_id`,`status`);--> statement-breakpoint
CREATE INDEX `disputes_status_idx` ON `disputes` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `number_claims` (
	`number_id` integer NOT NULL,
	`claim_key` text NOT NULL,
	`agency_id` text,
	`name` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`number_id`, `claim_key`),
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `number_claims_agency_idx` ON `number_claims` (`agency_id`);--> statement-breakpoint
CREATE TABLE `number_daily` (
	`number_id` integer NOT NULL,
	`day` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`number_id`, `day`),
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `number_daily_day_idx` ON `number_daily` (`day`);--> statement-breakpoint
CREATE TABLE `number_evidence` (
	`number_id` integer NOT NULL,
	`feature` text NOT NULL,
	`value` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`number_id`, `feature`),
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `number_stats` (
	`number_id` integer PRIMARY KEY NOT NULL,
	`reports_total` integer DEFAULT 0 NOT NULL,
	`reporters` integer DEFAULT 0 NOT NULL,
	`first_report_at` integer,
	`last_report_at` integer,
	`verdict` text,
	`scam_probability` real,
	`abuse_level` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `number_stats_last_report_idx` ON `number_stats` (`last_report_at`);--> statement-breakpoint
CREATE TABLE `number_tags` (
	`number_id` integer NOT NULL,
	`tag` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`number_id`, `tag`),
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `number_voices` (
	`number_id` integer NOT NULL,
	`reporter_id` integer NOT NULL,
	`report_id` text NOT NULL,
	PRIMARY KEY(`number_id`, `reporter_id`),
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `reporters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `numbers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`e164` text,
	`region` text NOT NULL,
	`type` text NOT NULL,
	`block_key` text,
	`recycled_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `numbers_key_idx` ON `numbers` (`key`);--> statement-breakpoint
CREATE INDEX `numbers_block_idx` ON `numbers` (`block_key`);--> statement-breakpoint
CREATE TABLE `official_numbers` (
	`number_key` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`purpose_zh` text,
	`purpose_en` text,
	`source` text NOT NULL,
	`added_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `official_numbers_agency_idx` ON `official_numbers` (`agency_id`);--> statement-breakpoint
CREATE TABLE `rate_limit_buckets` (
	`key` text PRIMARY KEY NOT NULL,
	`tokens` real NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reporters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`reports_count` integer DEFAULT 0 NOT NULL,
	`agreed` integer DEFAULT 0 NOT NULL,
	`disagreed` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporters_token_idx` ON `reporters` (`token_hash`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`number_id` integer NOT NULL,
	`reporter_id` integer NOT NULL,
	`ip_hash` text,
	`called_at` integer NOT NULL,
	`reported_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`claimed_agency_id` text,
	`claimed_agency_text` text,
	`claimed_agency_normalized` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`debt_with_claimed_agency` text DEFAULT 'unknown' NOT NULL,
	`hotline_check` text DEFAULT 'not_tried' NOT NULL,
	`employee_id_given` integer DEFAULT false NOT NULL,
	`company_name_given` integer DEFAULT false NOT NULL,
	`authorization_letter_given` integer DEFAULT false NOT NULL,
	`payment_requested` text DEFAULT 'none' NOT NULL,
	`comment` text,
	`status` text DEFAULT 'visible' NOT NULL,
	`hidden_reason` text,
	`weight` real DEFAULT 1 NOT NULL,
	`discounts` text DEFAULT '[]' NOT NULL,
	`source` text DEFAULT 'live' NOT NULL,
	`external_id` text,
	FOREIGN KEY (`number_id`) REFERENCES `numbers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `reporters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_number_idx` ON `reports` (`number_id`,`status`,`reported_at`);--> statement-breakpoint
CREATE INDEX `reports_reporter_number_idx` ON `reports` (`reporter_id`,`number_id`,`reported_at`);--> statement-breakpoint
CREATE INDEX `reports_number_ip_idx` ON `reports` (`number_id`,`ip_hash`,`reported_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_external_idx` ON `reports` (`external_id`);