-- The bucket of a private lookup by hash prefix (docs/phones.md): hex SHA-256 of each
-- number's key. SQLite has no SHA-256 function, so existing rows stay null here and are
-- filled in by the service on first use (services/number-key-hashes.ts).
ALTER TABLE `numbers` ADD `key_hash` text;--> statement-breakpoint
CREATE INDEX `numbers_key_hash_idx` ON `numbers` (`key_hash`);
--> statement-breakpoint
-- Lenders' published lists of the collection agencies they engage, and the company a caller
-- named in a report, counted per number and lender (docs/acting-on-a-call.md).
CREATE TABLE `agency_authorizations` (
	`id` text PRIMARY KEY NOT NULL,
	`lender_agency_id` text NOT NULL,
	`agency_name` text NOT NULL,
	`agency_name_normalized` text NOT NULL,
	`registration_number` text,
	`source_url` text NOT NULL,
	`source_title` text NOT NULL,
	`published_on` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lender_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_authorizations_lender_name_idx` ON `agency_authorizations` (`lender_agency_id`,`agency_name_normalized`);--> statement-breakpoint
ALTER TABLE `reports` ADD `caller_company` text;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `caller_companies` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `number_stats` ADD `caller_company_names` text DEFAULT '{}' NOT NULL;
