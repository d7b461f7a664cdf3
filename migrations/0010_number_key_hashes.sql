-- The bucket of a private lookup by hash prefix (docs/phones.md): hex SHA-256 of each
-- number's key. SQLite has no SHA-256 function, so existing rows stay null here and are
-- filled in by the service on first use (services/number-key-hashes.ts).
ALTER TABLE `numbers` ADD `key_hash` text;--> statement-breakpoint
CREATE INDEX `numbers_key_hash_idx` ON `numbers` (`key_hash`);
