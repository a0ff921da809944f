import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { initialsOf } from '@/lib/inquiries/initials'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`therapies_offered_at\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`hospital_id\` integer,
  	\`status\` text,
  	\`source_id\` integer,
  	\`trial_registry\` text,
  	\`trial_id\` text,
  	\`trial_phase\` text DEFAULT 'notStated',
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_offered_at_order_idx\` ON \`therapies_offered_at\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_offered_at_parent_id_idx\` ON \`therapies_offered_at\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_offered_at_hospital_idx\` ON \`therapies_offered_at\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_offered_at_source_idx\` ON \`therapies_offered_at\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_offered_at_locales\` (
  	\`provider_note\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_offered_at\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_offered_at_locales_locale_parent_id_unique\` ON \`therapies_offered_at_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_offered_at\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hospital_id\` integer,
  	\`status\` text,
  	\`source_id\` integer,
  	\`trial_registry\` text,
  	\`trial_id\` text,
  	\`trial_phase\` text DEFAULT 'notStated',
  	\`_uuid\` text,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_offered_at_order_idx\` ON \`_therapies_v_version_offered_at\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_offered_at_parent_id_idx\` ON \`_therapies_v_version_offered_at\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_offered_at_hospital_idx\` ON \`_therapies_v_version_offered_at\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_offered_at_source_idx\` ON \`_therapies_v_version_offered_at\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_offered_at_locales\` (
  	\`provider_note\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_offered_at\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_offered_at_locales_locale_parent_id_uni\` ON \`_therapies_v_version_offered_at_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`url\` text,
  	\`published\` text,
  	\`accessed\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_slug_idx\` ON \`sources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sources_locales\` (
  	\`title\` text NOT NULL,
  	\`publisher\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_locales_locale_parent_id_unique\` ON \`sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_whatsapp\` text,
  	\`contact_wechat_id\` text,
  	\`disclaimer\` text NOT NULL,
  	\`emergency\` text,
  	\`funding\` text,
  	\`controller_name\` text,
  	\`controller_address\` text,
  	\`privacy_notice\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", "emergency", "funding", "controller_name", "controller_address", "privacy_notice", "id", "_locale", "_parent_id") SELECT "contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", NULL, NULL, NULL, NULL, "privacy_notice", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`hospitals_rankings\` ADD \`year\` numeric;`)
  await db.run(sql`ALTER TABLE \`hospitals_rankings\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`hospitals_rankings_source_idx\` ON \`hospitals_rankings\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`hospitals_rankings_locales\` ADD \`ranked_by\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`value_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`time_point_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`patients_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`patients_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`period_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`hospitals_outcomes_source_idx\` ON \`hospitals_outcomes\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` DROP COLUMN \`patients\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` DROP COLUMN \`source_year\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` ADD \`time_point_text\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` ADD \`period_text\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`patients_per_year_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`facts_source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`hospitals_facts_source_idx\` ON \`hospitals\` (\`facts_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_rankings\` ADD \`year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_rankings\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_rankings_source_idx\` ON \`_hospitals_v_version_rankings\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_rankings_locales\` ADD \`ranked_by\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`value_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`time_point_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`patients_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`patients_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`period_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_outcomes_source_idx\` ON \`_hospitals_v_version_outcomes\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` DROP COLUMN \`patients\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` DROP COLUMN \`source_year\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` ADD \`time_point_text\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` ADD \`period_text\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_patients_per_year_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_facts_source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_facts_source_idx\` ON \`_hospitals_v\` (\`version_facts_source_id\`);`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`new_patients_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`facts_source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`departments_facts_source_idx\` ON \`departments\` (\`facts_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_new_patients_qualifier\` text DEFAULT 'exact';`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_facts_source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_facts_source_idx\` ON \`_departments_v\` (\`version_facts_source_id\`);`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`value_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`time_point_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`patients_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`patients_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`period_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`therapies_outcomes_source_idx\` ON \`therapies_outcomes\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` DROP COLUMN \`patients\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` DROP COLUMN \`source_year\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` ADD \`time_point_text\` text;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` ADD \`period_text\` text;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`value_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`time_point_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`patients_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`patients_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`period_stated\` text DEFAULT 'notStated';`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` ADD \`source_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_outcomes_source_idx\` ON \`_therapies_v_version_outcomes\` (\`source_id\`);`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` DROP COLUMN \`patients\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` DROP COLUMN \`source_year\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` ADD \`time_point_text\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` ADD \`period_text\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` DROP COLUMN \`period\`;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`kind\` text;`)
  // Stories keep what they were: a story not marked illustrative is a real account (and, if
  // published, was published with its consent record).
  await db.run(sql`UPDATE \`stories\` SET \`kind\` = CASE WHEN \`illustrative\` THEN 'illustrative' ELSE 'realAccount' END;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`illustrative\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_kind\` text;`)
  await db.run(
    sql`UPDATE \`_stories_v\` SET \`version_kind\` = CASE WHEN \`version_illustrative\` THEN 'illustrative' ELSE 'realAccount' END;`,
  )
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_illustrative\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`initials\` text;`)
  // Inquiries already stored get their initials now (agents see nothing else of who they are).
  const stored = await db.all<{ id: number; name: string | null }>(sql`SELECT \`id\`, \`name\` FROM \`inquiries\`;`)
  for (const row of stored) await db.run(sql`UPDATE \`inquiries\` SET \`initials\` = ${initialsOf(row.name)} WHERE \`id\` = ${row.id};`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`transfer_consent_given\` integer;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`transfer_consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`transfer_consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`link_visits\` ADD \`visitor\` text;`)
  await db.run(sql`CREATE INDEX \`link_visits_visitor_idx\` ON \`link_visits\` (\`visitor\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sources_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`controller_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_months\` numeric DEFAULT 24 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`therapies_offered_at\`;`)
  await db.run(sql`DROP TABLE \`therapies_offered_at_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_offered_at\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_offered_at_locales\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_hospitals_rankings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hospitals_rankings\`("_order", "_parent_id", "id") SELECT "_order", "_parent_id", "id" FROM \`hospitals_rankings\`;`)
  await db.run(sql`DROP TABLE \`hospitals_rankings\`;`)
  await db.run(sql`ALTER TABLE \`__new_hospitals_rankings\` RENAME TO \`hospitals_rankings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`hospitals_rankings_order_idx\` ON \`hospitals_rankings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rankings_parent_id_idx\` ON \`hospitals_rankings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_hospitals_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`qualifier\` text DEFAULT 'exact',
  	\`value\` numeric,
  	\`patients\` numeric,
  	\`source_title\` text,
  	\`source_year\` numeric,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hospitals_outcomes\`("_order", "_parent_id", "id", "measure", "qualifier", "value", "patients", "source_title", "source_year", "source_url") SELECT "_order", "_parent_id", "id", "measure", "qualifier", "value", NULL, NULL, NULL, NULL FROM \`hospitals_outcomes\`;`)
  await db.run(sql`DROP TABLE \`hospitals_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new_hospitals_outcomes\` RENAME TO \`hospitals_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`hospitals_outcomes_order_idx\` ON \`hospitals_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_outcomes_parent_id_idx\` ON \`hospitals_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_hospitals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`founded_year\` numeric,
  	\`beds\` numeric,
  	\`clinical_centres\` numeric,
  	\`patients_per_year_count\` numeric,
  	\`patients_per_year_basis\` text,
  	\`patients_per_year_year\` numeric,
  	\`international_services_interpreters\` integer,
  	\`international_services_visa_invitation_letter\` integer,
  	\`international_services_airport_pickup\` integer,
  	\`location_latitude\` numeric,
  	\`location_longitude\` numeric,
  	\`logo_id\` integer,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hospitals\`("id", "slug", "kind", "founded_year", "beds", "clinical_centres", "patients_per_year_count", "patients_per_year_basis", "patients_per_year_year", "international_services_interpreters", "international_services_visa_invitation_letter", "international_services_airport_pickup", "location_latitude", "location_longitude", "logo_id", "hero_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "founded_year", "beds", "clinical_centres", "patients_per_year_count", "patients_per_year_basis", "patients_per_year_year", "international_services_interpreters", "international_services_visa_invitation_letter", "international_services_airport_pickup", "location_latitude", "location_longitude", "logo_id", "hero_image_id", "updated_at", "created_at", "_status" FROM \`hospitals\`;`)
  await db.run(sql`DROP TABLE \`hospitals\`;`)
  await db.run(sql`ALTER TABLE \`__new_hospitals\` RENAME TO \`hospitals\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_slug_idx\` ON \`hospitals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_logo_idx\` ON \`hospitals\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_hero_image_idx\` ON \`hospitals\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_updated_at_idx\` ON \`hospitals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_created_at_idx\` ON \`hospitals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals__status_idx\` ON \`hospitals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__hospitals_v_version_rankings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hospitals_v_version_rankings\`("_order", "_parent_id", "id", "_uuid") SELECT "_order", "_parent_id", "id", "_uuid" FROM \`_hospitals_v_version_rankings\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_rankings\`;`)
  await db.run(sql`ALTER TABLE \`__new__hospitals_v_version_rankings\` RENAME TO \`_hospitals_v_version_rankings\`;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_rankings_order_idx\` ON \`_hospitals_v_version_rankings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_rankings_parent_id_idx\` ON \`_hospitals_v_version_rankings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__hospitals_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`qualifier\` text DEFAULT 'exact',
  	\`value\` numeric,
  	\`patients\` numeric,
  	\`source_title\` text,
  	\`source_year\` numeric,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hospitals_v_version_outcomes\`("_order", "_parent_id", "id", "measure", "qualifier", "value", "patients", "source_title", "source_year", "source_url", "_uuid") SELECT "_order", "_parent_id", "id", "measure", "qualifier", "value", NULL, NULL, NULL, NULL, "_uuid" FROM \`_hospitals_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new__hospitals_v_version_outcomes\` RENAME TO \`_hospitals_v_version_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_outcomes_order_idx\` ON \`_hospitals_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_outcomes_parent_id_idx\` ON \`_hospitals_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__hospitals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_founded_year\` numeric,
  	\`version_beds\` numeric,
  	\`version_clinical_centres\` numeric,
  	\`version_patients_per_year_count\` numeric,
  	\`version_patients_per_year_basis\` text,
  	\`version_patients_per_year_year\` numeric,
  	\`version_international_services_interpreters\` integer,
  	\`version_international_services_visa_invitation_letter\` integer,
  	\`version_international_services_airport_pickup\` integer,
  	\`version_location_latitude\` numeric,
  	\`version_location_longitude\` numeric,
  	\`version_logo_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hospitals_v\`("id", "parent_id", "version_slug", "version_kind", "version_founded_year", "version_beds", "version_clinical_centres", "version_patients_per_year_count", "version_patients_per_year_basis", "version_patients_per_year_year", "version_international_services_interpreters", "version_international_services_visa_invitation_letter", "version_international_services_airport_pickup", "version_location_latitude", "version_location_longitude", "version_logo_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_kind", "version_founded_year", "version_beds", "version_clinical_centres", "version_patients_per_year_count", "version_patients_per_year_basis", "version_patients_per_year_year", "version_international_services_interpreters", "version_international_services_visa_invitation_letter", "version_international_services_airport_pickup", "version_location_latitude", "version_location_longitude", "version_logo_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_hospitals_v\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__hospitals_v\` RENAME TO \`_hospitals_v\`;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_parent_idx\` ON \`_hospitals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_slug_idx\` ON \`_hospitals_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_logo_idx\` ON \`_hospitals_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_hero_image_idx\` ON \`_hospitals_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_updated_at_idx\` ON \`_hospitals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_created_at_idx\` ON \`_hospitals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version__status_idx\` ON \`_hospitals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_created_at_idx\` ON \`_hospitals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_updated_at_idx\` ON \`_hospitals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_snapshot_idx\` ON \`_hospitals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_published_locale_idx\` ON \`_hospitals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_latest_idx\` ON \`_hospitals_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_autosave_idx\` ON \`_hospitals_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hospital_id\` integer,
  	\`staff_professors\` numeric,
  	\`staff_associate_professors\` numeric,
  	\`staff_attending_doctors\` numeric,
  	\`staff_residents\` numeric,
  	\`staff_nurses\` numeric,
  	\`wards\` numeric,
  	\`beds\` numeric,
  	\`new_patients_per_year\` numeric,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_departments\`("id", "slug", "hospital_id", "staff_professors", "staff_associate_professors", "staff_attending_doctors", "staff_residents", "staff_nurses", "wards", "beds", "new_patients_per_year", "hero_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "hospital_id", "staff_professors", "staff_associate_professors", "staff_attending_doctors", "staff_residents", "staff_nurses", "wards", "beds", "new_patients_per_year", "hero_image_id", "updated_at", "created_at", "_status" FROM \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments\` RENAME TO \`departments\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_slug_idx\` ON \`departments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`departments_hospital_idx\` ON \`departments\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_hero_image_idx\` ON \`departments\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments__status_idx\` ON \`departments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__departments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hospital_id\` integer,
  	\`version_staff_professors\` numeric,
  	\`version_staff_associate_professors\` numeric,
  	\`version_staff_attending_doctors\` numeric,
  	\`version_staff_residents\` numeric,
  	\`version_staff_nurses\` numeric,
  	\`version_wards\` numeric,
  	\`version_beds\` numeric,
  	\`version_new_patients_per_year\` numeric,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__departments_v\`("id", "parent_id", "version_slug", "version_hospital_id", "version_staff_professors", "version_staff_associate_professors", "version_staff_attending_doctors", "version_staff_residents", "version_staff_nurses", "version_wards", "version_beds", "version_new_patients_per_year", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_hospital_id", "version_staff_professors", "version_staff_associate_professors", "version_staff_attending_doctors", "version_staff_residents", "version_staff_nurses", "version_wards", "version_beds", "version_new_patients_per_year", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_departments_v\`;`)
  await db.run(sql`DROP TABLE \`_departments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__departments_v\` RENAME TO \`_departments_v\`;`)
  await db.run(sql`CREATE INDEX \`_departments_v_parent_idx\` ON \`_departments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_slug_idx\` ON \`_departments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_hospital_idx\` ON \`_departments_v\` (\`version_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_hero_image_idx\` ON \`_departments_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_at_idx\` ON \`_departments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_created_at_idx\` ON \`_departments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version__status_idx\` ON \`_departments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_created_at_idx\` ON \`_departments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_updated_at_idx\` ON \`_departments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_snapshot_idx\` ON \`_departments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_published_locale_idx\` ON \`_departments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_latest_idx\` ON \`_departments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_autosave_idx\` ON \`_departments_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_therapies_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`qualifier\` text DEFAULT 'exact',
  	\`value\` numeric,
  	\`patients\` numeric,
  	\`source_title\` text,
  	\`source_year\` numeric,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_therapies_outcomes\`("_order", "_parent_id", "id", "measure", "qualifier", "value", "patients", "source_title", "source_year", "source_url") SELECT "_order", "_parent_id", "id", "measure", "qualifier", "value", NULL, NULL, NULL, NULL FROM \`therapies_outcomes\`;`)
  await db.run(sql`DROP TABLE \`therapies_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new_therapies_outcomes\` RENAME TO \`therapies_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`therapies_outcomes_order_idx\` ON \`therapies_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_outcomes_parent_id_idx\` ON \`therapies_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__therapies_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`qualifier\` text DEFAULT 'exact',
  	\`value\` numeric,
  	\`patients\` numeric,
  	\`source_title\` text,
  	\`source_year\` numeric,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__therapies_v_version_outcomes\`("_order", "_parent_id", "id", "measure", "qualifier", "value", "patients", "source_title", "source_year", "source_url", "_uuid") SELECT "_order", "_parent_id", "id", "measure", "qualifier", "value", NULL, NULL, NULL, NULL, "_uuid" FROM \`_therapies_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new__therapies_v_version_outcomes\` RENAME TO \`_therapies_v_version_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_outcomes_order_idx\` ON \`_therapies_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_outcomes_parent_id_idx\` ON \`_therapies_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`hospitals_id\` integer,
  	\`departments_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
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
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medical_records_id\`) REFERENCES \`medical_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agent_links_id\`) REFERENCES \`agent_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_visits_id\`) REFERENCES \`link_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "agent_links_id", "link_visits_id", "users_id") SELECT "id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "agent_links_id", "link_visits_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_therapies_id_idx\` ON \`payload_locked_documents_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medical_records_id_idx\` ON \`payload_locked_documents_rels\` (\`medical_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agent_links_id_idx\` ON \`payload_locked_documents_rels\` (\`agent_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`link_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`link_visits_visitor_idx\`;`)
  await db.run(sql`ALTER TABLE \`link_visits\` DROP COLUMN \`visitor\`;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings_locales\` (
  	\`contact_email\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_whatsapp\` text,
  	\`contact_wechat_id\` text,
  	\`disclaimer\` text NOT NULL,
  	\`privacy_notice\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", "privacy_notice", "id", "_locale", "_parent_id") SELECT "contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", "privacy_notice", "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` DROP COLUMN \`time_point_text\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_outcomes_locales\` DROP COLUMN \`period_text\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` DROP COLUMN \`time_point_text\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_outcomes_locales\` DROP COLUMN \`period_text\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` DROP COLUMN \`time_point_text\`;`)
  await db.run(sql`ALTER TABLE \`therapies_outcomes_locales\` DROP COLUMN \`period_text\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` ADD \`period\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` DROP COLUMN \`time_point_text\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_version_outcomes_locales\` DROP COLUMN \`period_text\`;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_kind\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_rankings_locales\` DROP COLUMN \`ranked_by\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_version_rankings_locales\` DROP COLUMN \`ranked_by\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`initials\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_given\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_at\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`controller_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_months\`;`)
}
