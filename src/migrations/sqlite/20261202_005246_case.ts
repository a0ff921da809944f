import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiries_patient_updates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`files\` numeric,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_patient_updates_order_idx\` ON \`inquiries_patient_updates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_patient_updates_parent_id_idx\` ON \`inquiries_patient_updates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_replies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`locale\` text,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`emailed_at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_replies_order_idx\` ON \`inquiries_replies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_replies_parent_id_idx\` ON \`inquiries_replies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_replies_by_idx\` ON \`inquiries_replies\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`chat_taps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`app\` text NOT NULL,
  	\`page\` text NOT NULL,
  	\`locale\` text,
  	\`agent_id\` integer,
  	\`visitor\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`chat_taps_app_idx\` ON \`chat_taps\` (\`app\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_page_idx\` ON \`chat_taps\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_locale_idx\` ON \`chat_taps\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_agent_idx\` ON \`chat_taps\` (\`agent_id\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_visitor_idx\` ON \`chat_taps\` (\`visitor\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_updated_at_idx\` ON \`chat_taps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`chat_taps_created_at_idx\` ON \`chat_taps\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`international_services_accommodation_nearby\` integer;`)
  await db.run(sql`ALTER TABLE \`hospitals_locales\` ADD \`location_nearest_airport\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_international_services_accommodation_nearby\` integer;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_locales\` ADD \`version_location_nearest_airport\` text;`)
  await db.run(sql`ALTER TABLE \`therapies_locales\` ADD \`cost_excludes\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_locales\` ADD \`version_cost_excludes\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_salt\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_link_revoked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reply_draft\` text;`)
  await db.run(sql`CREATE INDEX \`inquiries_case_token_hash_idx\` ON \`inquiries\` (\`case_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`chat_taps_id\` integer REFERENCES chat_taps(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_chat_taps_id_idx\` ON \`payload_locked_documents_rels\` (\`chat_taps_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`reply_within_days\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_source\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_eur\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_rub\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_aed\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`exchange_rates_cny\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`contact_telegram\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiries_patient_updates\`;`)
  await db.run(sql`DROP TABLE \`inquiries_replies\`;`)
  await db.run(sql`DROP TABLE \`chat_taps\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` integer,
  	\`departments_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
  	\`sources_id\` integer,
  	\`stories_id\` integer,
  	\`media_id\` integer,
  	\`inquiries_id\` integer,
  	\`medical_records_id\` integer,
  	\`agent_links_id\` integer,
  	\`link_visits_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medical_records_id\`) REFERENCES \`medical_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agent_links_id\`) REFERENCES \`agent_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_visits_id\`) REFERENCES \`link_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "sources_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "agent_links_id", "link_visits_id", "users_id") SELECT "id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "sources_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "agent_links_id", "link_visits_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_therapies_id_idx\` ON \`payload_locked_documents_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medical_records_id_idx\` ON \`payload_locked_documents_rels\` (\`medical_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agent_links_id_idx\` ON \`payload_locked_documents_rels\` (\`agent_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`link_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`inquiries_case_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_salt\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_link_revoked\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reply_draft\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`international_services_accommodation_nearby\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_locales\` DROP COLUMN \`location_nearest_airport\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_international_services_accommodation_nearby\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_locales\` DROP COLUMN \`version_location_nearest_airport\`;`)
  await db.run(sql`ALTER TABLE \`therapies_locales\` DROP COLUMN \`cost_excludes\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_locales\` DROP COLUMN \`version_cost_excludes\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_within_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_as_of\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_source\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_eur\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_rub\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_aed\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_cny\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`contact_telegram\`;`)
}
