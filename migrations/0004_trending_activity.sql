ALTER TABLE `number_stats` ADD `activity` real;--> statement-breakpoint
-- Existing snapshots have no activity yet: mark them stale so the snapshot refresh (Node timer,
-- Workers cron) scores them again, oldest first, and trending ranks them by activity.
UPDATE `number_stats` SET `scored_at` = NULL;
