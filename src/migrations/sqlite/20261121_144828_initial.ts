import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hospitals_rankings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_rankings_order_idx\` ON \`hospitals_rankings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rankings_parent_id_idx\` ON \`hospitals_rankings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_rankings_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals_rankings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_rankings_locales_locale_parent_id_unique\` ON \`hospitals_rankings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_national_centres\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_national_centres_order_idx\` ON \`hospitals_national_centres\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_national_centres_parent_id_idx\` ON \`hospitals_national_centres\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_national_centres_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals_national_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_national_centres_locales_locale_parent_id_unique\` ON \`hospitals_national_centres_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_outcomes\` (
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
  await db.run(sql`CREATE INDEX \`hospitals_outcomes_order_idx\` ON \`hospitals_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_outcomes_parent_id_idx\` ON \`hospitals_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_outcomes_locales\` (
  	\`label\` text,
  	\`patient_group\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_outcomes_locales_locale_parent_id_unique\` ON \`hospitals_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_international_services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_international_services_languages_order_idx\` ON \`hospitals_international_services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_international_services_languages_parent_idx\` ON \`hospitals_international_services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_slug_idx\` ON \`hospitals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_logo_idx\` ON \`hospitals\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_hero_image_idx\` ON \`hospitals\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_updated_at_idx\` ON \`hospitals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_created_at_idx\` ON \`hospitals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals__status_idx\` ON \`hospitals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_locales\` (
  	\`name\` text,
  	\`city\` text,
  	\`province\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`international_services_notes\` text,
  	\`location_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hospitals_locales_locale_parent_id_unique\` ON \`hospitals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_rels_order_idx\` ON \`hospitals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_parent_idx\` ON \`hospitals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_path_idx\` ON \`hospitals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_rels_media_id_idx\` ON \`hospitals_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_rankings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_rankings_order_idx\` ON \`_hospitals_v_version_rankings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_rankings_parent_id_idx\` ON \`_hospitals_v_version_rankings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_rankings_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v_version_rankings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_hospitals_v_version_rankings_locales_locale_parent_id_uniqu\` ON \`_hospitals_v_version_rankings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_national_centres\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_national_centres_order_idx\` ON \`_hospitals_v_version_national_centres\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_national_centres_parent_id_idx\` ON \`_hospitals_v_version_national_centres\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_national_centres_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v_version_national_centres\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_hospitals_v_version_national_centres_locales_locale_parent_\` ON \`_hospitals_v_version_national_centres_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_outcomes\` (
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
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_outcomes_order_idx\` ON \`_hospitals_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_outcomes_parent_id_idx\` ON \`_hospitals_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_outcomes_locales\` (
  	\`label\` text,
  	\`patient_group\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_hospitals_v_version_outcomes_locales_locale_parent_id_uniqu\` ON \`_hospitals_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_international_services_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_international_services_languages_order_idx\` ON \`_hospitals_v_version_international_services_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_international_services_languages_parent_idx\` ON \`_hospitals_v_version_international_services_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v\` (
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
  await db.run(sql`CREATE TABLE \`_hospitals_v_locales\` (
  	\`version_name\` text,
  	\`version_city\` text,
  	\`version_province\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_international_services_notes\` text,
  	\`version_location_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_hospitals_v_locales_locale_parent_id_unique\` ON \`_hospitals_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_rels_order_idx\` ON \`_hospitals_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_rels_parent_idx\` ON \`_hospitals_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_rels_path_idx\` ON \`_hospitals_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_rels_media_id_idx\` ON \`_hospitals_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_specialties_order_idx\` ON \`departments_specialties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_specialties_parent_id_idx\` ON \`departments_specialties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_specialties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_specialties_locales_locale_parent_id_unique\` ON \`departments_specialties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_diseases_treated\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_diseases_treated_order_idx\` ON \`departments_diseases_treated\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_diseases_treated_parent_id_idx\` ON \`departments_diseases_treated\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_diseases_treated_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments_diseases_treated\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_diseases_treated_locales_locale_parent_id_unique\` ON \`departments_diseases_treated_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`departments_slug_idx\` ON \`departments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`departments_hospital_idx\` ON \`departments\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_hero_image_idx\` ON \`departments\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments__status_idx\` ON \`departments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`departments_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`research\` text,
  	\`laboratory\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_specialties_order_idx\` ON \`_departments_v_version_specialties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_specialties_parent_id_idx\` ON \`_departments_v_version_specialties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_specialties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v_version_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_version_specialties_locales_locale_parent_id_\` ON \`_departments_v_version_specialties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_diseases_treated\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_diseases_treated_order_idx\` ON \`_departments_v_version_diseases_treated\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_diseases_treated_parent_id_idx\` ON \`_departments_v_version_diseases_treated\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_diseases_treated_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v_version_diseases_treated\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_version_diseases_treated_locales_locale_paren\` ON \`_departments_v_version_diseases_treated_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v\` (
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
  await db.run(sql`CREATE TABLE \`_departments_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_research\` text,
  	\`version_laboratory\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_locales_locale_parent_id_unique\` ON \`_departments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_eligibility\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_eligibility_order_idx\` ON \`therapies_eligibility\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_eligibility_parent_id_idx\` ON \`therapies_eligibility\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_eligibility_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_eligibility\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_eligibility_locales_locale_parent_id_unique\` ON \`therapies_eligibility_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_journey\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`unit\` text DEFAULT 'weeks',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_journey_order_idx\` ON \`therapies_journey\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_journey_parent_id_idx\` ON \`therapies_journey\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_journey_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_journey\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_journey_locales_locale_parent_id_unique\` ON \`therapies_journey_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_outcomes\` (
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
  await db.run(sql`CREATE INDEX \`therapies_outcomes_order_idx\` ON \`therapies_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_outcomes_parent_id_idx\` ON \`therapies_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_outcomes_locales\` (
  	\`label\` text,
  	\`patient_group\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_outcomes_locales_locale_parent_id_unique\` ON \`therapies_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_risks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_risks_order_idx\` ON \`therapies_risks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_risks_parent_id_idx\` ON \`therapies_risks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_risks_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_risks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_risks_locales_locale_parent_id_unique\` ON \`therapies_risks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`duration_min\` numeric,
  	\`duration_max\` numeric,
  	\`duration_unit\` text DEFAULT 'weeks',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_variants_order_idx\` ON \`therapies_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_variants_parent_id_idx\` ON \`therapies_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_variants_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_variants_locales_locale_parent_id_unique\` ON \`therapies_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_faq_order_idx\` ON \`therapies_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_faq_parent_id_idx\` ON \`therapies_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_faq_locales_locale_parent_id_unique\` ON \`therapies_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`category\` text,
  	\`hero_image_id\` integer,
  	\`total_duration_min\` numeric,
  	\`total_duration_max\` numeric,
  	\`total_duration_unit\` text DEFAULT 'weeks',
  	\`cost_min\` numeric,
  	\`cost_max\` numeric,
  	\`cost_currency\` text,
  	\`cost_as_of\` text,
  	\`cost_source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_slug_idx\` ON \`therapies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`therapies_category_idx\` ON \`therapies\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`therapies_hero_image_idx\` ON \`therapies\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_updated_at_idx\` ON \`therapies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`therapies_created_at_idx\` ON \`therapies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`therapies__status_idx\` ON \`therapies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`therapies_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`how_it_works\` text,
  	\`cost_includes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`therapies_locales_locale_parent_id_unique\` ON \`therapies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`therapies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`hospitals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`therapies_rels_order_idx\` ON \`therapies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`therapies_rels_parent_idx\` ON \`therapies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_rels_path_idx\` ON \`therapies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`therapies_rels_conditions_id_idx\` ON \`therapies_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_rels_hospitals_id_idx\` ON \`therapies_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_eligibility\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_eligibility_order_idx\` ON \`_therapies_v_version_eligibility\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_eligibility_parent_id_idx\` ON \`_therapies_v_version_eligibility\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_eligibility_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_eligibility\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_eligibility_locales_locale_parent_id_un\` ON \`_therapies_v_version_eligibility_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_journey\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`min\` numeric,
  	\`max\` numeric,
  	\`unit\` text DEFAULT 'weeks',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_journey_order_idx\` ON \`_therapies_v_version_journey\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_journey_parent_id_idx\` ON \`_therapies_v_version_journey\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_journey_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_journey\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_journey_locales_locale_parent_id_unique\` ON \`_therapies_v_version_journey_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_outcomes\` (
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
  await db.run(sql`CREATE INDEX \`_therapies_v_version_outcomes_order_idx\` ON \`_therapies_v_version_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_outcomes_parent_id_idx\` ON \`_therapies_v_version_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_outcomes_locales\` (
  	\`label\` text,
  	\`patient_group\` text,
  	\`period\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_outcomes_locales_locale_parent_id_uniqu\` ON \`_therapies_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_risks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_risks_order_idx\` ON \`_therapies_v_version_risks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_risks_parent_id_idx\` ON \`_therapies_v_version_risks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_risks_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_risks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_risks_locales_locale_parent_id_unique\` ON \`_therapies_v_version_risks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`duration_min\` numeric,
  	\`duration_max\` numeric,
  	\`duration_unit\` text DEFAULT 'weeks',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_variants_order_idx\` ON \`_therapies_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_variants_parent_id_idx\` ON \`_therapies_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_variants_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_variants_locales_locale_parent_id_uniqu\` ON \`_therapies_v_version_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_faq_order_idx\` ON \`_therapies_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_faq_parent_id_idx\` ON \`_therapies_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_version_faq_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v_version_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_version_faq_locales_locale_parent_id_unique\` ON \`_therapies_v_version_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_hero_image_id\` integer,
  	\`version_total_duration_min\` numeric,
  	\`version_total_duration_max\` numeric,
  	\`version_total_duration_unit\` text DEFAULT 'weeks',
  	\`version_cost_min\` numeric,
  	\`version_cost_max\` numeric,
  	\`version_cost_currency\` text,
  	\`version_cost_as_of\` text,
  	\`version_cost_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_parent_idx\` ON \`_therapies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_slug_idx\` ON \`_therapies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_category_idx\` ON \`_therapies_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_hero_image_idx\` ON \`_therapies_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_updated_at_idx\` ON \`_therapies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_created_at_idx\` ON \`_therapies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version__status_idx\` ON \`_therapies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_created_at_idx\` ON \`_therapies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_updated_at_idx\` ON \`_therapies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_snapshot_idx\` ON \`_therapies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_published_locale_idx\` ON \`_therapies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_latest_idx\` ON \`_therapies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_autosave_idx\` ON \`_therapies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_how_it_works\` text,
  	\`version_cost_includes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_therapies_v_locales_locale_parent_id_unique\` ON \`_therapies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_therapies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`hospitals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_therapies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_therapies_v_rels_order_idx\` ON \`_therapies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_rels_parent_idx\` ON \`_therapies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_rels_path_idx\` ON \`_therapies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_rels_conditions_id_idx\` ON \`_therapies_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_rels_hospitals_id_idx\` ON \`_therapies_v_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conditions_locales\` (
  	\`name\` text NOT NULL,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_locales_locale_parent_id_unique\` ON \`conditions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_timeline_order_idx\` ON \`stories_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`stories_timeline_parent_id_idx\` ON \`stories_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_timeline_locales\` (
  	\`event\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_timeline_locales_locale_parent_id_unique\` ON \`stories_timeline_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`illustrative\` integer DEFAULT false,
  	\`age_group\` text,
  	\`home_country\` text,
  	\`condition_id\` integer,
  	\`therapy_id\` integer,
  	\`hospital_id\` integer,
  	\`outcome_follow_up_date\` text,
  	\`consent_given_by\` text,
  	\`consent_date\` text,
  	\`consent_reference\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`condition_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`therapy_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_condition_idx\` ON \`stories\` (\`condition_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_therapy_idx\` ON \`stories\` (\`therapy_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_hospital_idx\` ON \`stories\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`stories_locales\` (
  	\`title\` text,
  	\`patient_alias\` text,
  	\`outcome_summary\` text,
  	\`quote\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_locales_locale_parent_id_unique\` ON \`stories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_rels_order_idx\` ON \`stories_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_parent_idx\` ON \`stories_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_path_idx\` ON \`stories_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`stories_rels_media_id_idx\` ON \`stories_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_timeline_order_idx\` ON \`_stories_v_version_timeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_timeline_parent_id_idx\` ON \`_stories_v_version_timeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_timeline_locales\` (
  	\`event\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v_version_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_stories_v_version_timeline_locales_locale_parent_id_unique\` ON \`_stories_v_version_timeline_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_illustrative\` integer DEFAULT false,
  	\`version_age_group\` text,
  	\`version_home_country\` text,
  	\`version_condition_id\` integer,
  	\`version_therapy_id\` integer,
  	\`version_hospital_id\` integer,
  	\`version_outcome_follow_up_date\` text,
  	\`version_consent_given_by\` text,
  	\`version_consent_date\` text,
  	\`version_consent_reference\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_condition_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_therapy_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_condition_idx\` ON \`_stories_v\` (\`version_condition_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_therapy_idx\` ON \`_stories_v\` (\`version_therapy_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_hospital_idx\` ON \`_stories_v\` (\`version_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_autosave_idx\` ON \`_stories_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_locales\` (
  	\`version_title\` text,
  	\`version_patient_alias\` text,
  	\`version_outcome_summary\` text,
  	\`version_quote\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_stories_v_locales_locale_parent_id_unique\` ON \`_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_order_idx\` ON \`_stories_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_parent_idx\` ON \`_stories_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_path_idx\` ON \`_stories_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_rels_media_id_idx\` ON \`_stories_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`country\` text,
  	\`preferred_language\` text DEFAULT 'en' NOT NULL,
  	\`patient_age\` numeric,
  	\`diagnosis\` text,
  	\`treatment_so_far\` text,
  	\`message\` text,
  	\`therapy_id\` integer,
  	\`hospital_id\` integer,
  	\`consent_given\` integer DEFAULT false NOT NULL,
  	\`consent_version\` text,
  	\`consent_at\` text,
  	\`source_page\` text,
  	\`agent_id\` integer,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`coordinator_id\` integer,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`therapy_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`coordinator_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_therapy_idx\` ON \`inquiries\` (\`therapy_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_hospital_idx\` ON \`inquiries\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_agent_idx\` ON \`inquiries\` (\`agent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_idx\` ON \`inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_coordinator_idx\` ON \`inquiries\` (\`coordinator_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`inquiries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`medical_records_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`medical_records_id\`) REFERENCES \`medical_records\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_rels_order_idx\` ON \`inquiries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_parent_idx\` ON \`inquiries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_path_idx\` ON \`inquiries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_rels_medical_records_id_idx\` ON \`inquiries_rels\` (\`medical_records_id\`);`)
  await db.run(sql`CREATE TABLE \`medical_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`medical_records_updated_at_idx\` ON \`medical_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`medical_records_created_at_idx\` ON \`medical_records\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`medical_records_filename_idx\` ON \`medical_records\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text,
  	\`referral_code\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`users_referral_code_idx\` ON \`users\` (\`referral_code\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`hospitals_rankings\`;`)
  await db.run(sql`DROP TABLE \`hospitals_rankings_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_national_centres\`;`)
  await db.run(sql`DROP TABLE \`hospitals_national_centres_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_outcomes\`;`)
  await db.run(sql`DROP TABLE \`hospitals_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_international_services_languages\`;`)
  await db.run(sql`DROP TABLE \`hospitals\`;`)
  await db.run(sql`DROP TABLE \`hospitals_locales\`;`)
  await db.run(sql`DROP TABLE \`hospitals_rels\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_rankings\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_rankings_locales\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_national_centres\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_national_centres_locales\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_international_services_languages\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_rels\`;`)
  await db.run(sql`DROP TABLE \`departments_specialties\`;`)
  await db.run(sql`DROP TABLE \`departments_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`departments_diseases_treated\`;`)
  await db.run(sql`DROP TABLE \`departments_diseases_treated_locales\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_specialties\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_diseases_treated\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_diseases_treated_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_eligibility\`;`)
  await db.run(sql`DROP TABLE \`therapies_eligibility_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_journey\`;`)
  await db.run(sql`DROP TABLE \`therapies_journey_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_outcomes\`;`)
  await db.run(sql`DROP TABLE \`therapies_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_risks\`;`)
  await db.run(sql`DROP TABLE \`therapies_risks_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_variants\`;`)
  await db.run(sql`DROP TABLE \`therapies_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_faq\`;`)
  await db.run(sql`DROP TABLE \`therapies_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies\`;`)
  await db.run(sql`DROP TABLE \`therapies_locales\`;`)
  await db.run(sql`DROP TABLE \`therapies_rels\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_eligibility\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_eligibility_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_journey\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_journey_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_risks\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_risks_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_version_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_timeline\`;`)
  await db.run(sql`DROP TABLE \`stories_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories_locales\`;`)
  await db.run(sql`DROP TABLE \`stories_rels\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_timeline\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`DROP TABLE \`inquiries_rels\`;`)
  await db.run(sql`DROP TABLE \`medical_records\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
