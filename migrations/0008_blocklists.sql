-- Blocklists on the phone (docs/phones.md): a change log that CardDAV sync tokens and the
-- incremental export read, the subscriptions that pick a blocklist profile, and the indexes
-- that serve "profile ordered by activity, limit N".
CREATE TABLE `number_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number_id` integer NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `number_changes_number_idx` ON `number_changes` (`number_id`,`seq`);--> statement-breakpoint
CREATE INDEX `number_changes_at_idx` ON `number_changes` (`at`);--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`profile` text NOT NULL,
	`limit` integer,
	`lang` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `number_stats_verdict_activity_idx` ON `number_stats` (`verdict`,`activity`);--> statement-breakpoint
CREATE INDEX `number_stats_abuse_activity_idx` ON `number_stats` (`abuse_level`,`activity`);--> statement-breakpoint
-- Every number already scored starts the log, so existing cards get an ETag and a place in the first sync.
INSERT INTO `number_changes` (`number_id`, `at`)
	SELECT `number_id`, coalesce(`scored_at`, `updated_at`) FROM `number_stats` WHERE `verdict` IS NOT NULL ORDER BY `number_id`;--> statement-breakpoint
-- The log is written by triggers, so that every path that writes a snapshot (live writes, the
-- import's pass, the decay refresh, rescore) records its changes in the same statement, atomically.
-- A change is a new verdict, a new tenth of scam probability or a new abuse level. (A number losing
-- its last visible report is logged by the write path itself, db/write-statements.ts: rescore
-- zeroes and re-adds every count inside its one write, which a trigger would log as two changes.)
CREATE TRIGGER `number_stats_changes_insert` AFTER INSERT ON `number_stats`
WHEN new.`verdict` IS NOT NULL
BEGIN
	INSERT INTO `number_changes` (`number_id`, `at`) VALUES (new.`number_id`, coalesce(new.`scored_at`, new.`updated_at`));
END;--> statement-breakpoint
CREATE TRIGGER `number_stats_changes_update` AFTER UPDATE OF `verdict`, `scam_probability`, `abuse_level` ON `number_stats`
WHEN new.`verdict` IS NOT old.`verdict`
	OR new.`abuse_level` IS NOT old.`abuse_level`
	OR cast(coalesce(new.`scam_probability`, -1) * 10 AS integer) IS NOT cast(coalesce(old.`scam_probability`, -1) * 10 AS integer)
BEGIN
	INSERT INTO `number_changes` (`number_id`, `at`) VALUES (new.`number_id`, max(coalesce(new.`scored_at`, 0), new.`updated_at`));
END;--> statement-breakpoint
-- An official number leaves every blocklist (and comes back if it is removed from the register).
CREATE TRIGGER `official_numbers_changes_insert` AFTER INSERT ON `official_numbers`
BEGIN
	INSERT INTO `number_changes` (`number_id`, `at`) SELECT `id`, new.`created_at` FROM `numbers` WHERE `key` = new.`number_key`;
END;--> statement-breakpoint
CREATE TRIGGER `official_numbers_changes_delete` AFTER DELETE ON `official_numbers`
BEGIN
	INSERT INTO `number_changes` (`number_id`, `at`)
		SELECT `id`, cast((julianday('now') - 2440587.5) * 86400000 AS integer) FROM `numbers` WHERE `key` = old.`number_key`;
END;
