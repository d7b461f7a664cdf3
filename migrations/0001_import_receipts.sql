CREATE TABLE `import_receipts` (
	`external_id` text PRIMARY KEY NOT NULL,
	`imported_at` integer NOT NULL
);
