-- One row per number for lookups (docs/data-model.md): the per-feature, per-day and voice
-- tables fold into JSON maps on number_stats and block_stats. Existing data is carried over
-- before the old tables go.
CREATE TABLE `block_stats` (
	`block_key` text PRIMARY KEY NOT NULL,
	`evidence` text DEFAULT '{}' NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `number_stats` ADD `evidence` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `daily` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `tags` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `claims` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `claim_names` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `open_disputes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO `block_stats` (`block_key`, `evidence`, `updated_at`)
	SELECT `block_key`, json_group_object(`feature`, `value`), 0 FROM `block_evidence` GROUP BY `block_key`;--> statement-breakpoint
UPDATE `number_stats` SET
	`evidence` = coalesce((SELECT json_group_object(`feature`, `value`) FROM `number_evidence` e WHERE e.`number_id` = `number_stats`.`number_id`), '{}'),
	`daily` = coalesce((SELECT json_group_object(`day`, `count`) FROM `number_daily` d WHERE d.`number_id` = `number_stats`.`number_id` AND d.`count` <> 0), '{}'),
	`tags` = coalesce((SELECT json_group_object(`tag`, `count`) FROM `number_tags` t WHERE t.`number_id` = `number_stats`.`number_id` AND t.`count` <> 0), '{}'),
	`claims` = coalesce((SELECT json_group_object(`claim_key`, `count`) FROM `number_claims` c WHERE c.`number_id` = `number_stats`.`number_id` AND c.`count` <> 0), '{}'),
	`claim_names` = coalesce((SELECT json_group_object(`claim_key`, `name`) FROM `number_claims` c WHERE c.`number_id` = `number_stats`.`number_id`), '{}'),
	`open_disputes` = (SELECT count(*) FROM `disputes` d WHERE d.`number_id` = `number_stats`.`number_id` AND d.`status` = 'open');--> statement-breakpoint
INSERT INTO `number_stats` (`number_id`, `open_disputes`, `updated_at`)
	SELECT `number_id`, count(*), 0 FROM `disputes` WHERE `status` = 'open' GROUP BY `number_id` ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE `block_evidence`;--> statement-breakpoint
DROP TABLE `number_daily`;--> statement-breakpoint
DROP TABLE `number_evidence`;--> statement-breakpoint
DROP TABLE `number_voices`;--> statement-breakpoint
DROP INDEX `reports_number_ip_idx`;--> statement-breakpoint
DROP INDEX `reports_external_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_external_idx` ON `reports` (`external_id`) WHERE external_id is not null;
