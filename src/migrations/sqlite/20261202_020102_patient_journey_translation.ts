import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`doctors_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_specialties_order_idx\` ON \`doctors_specialties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_specialties_parent_id_idx\` ON \`doctors_specialties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_specialties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_specialties_locales_locale_parent_id_unique\` ON \`doctors_specialties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_languages_order_idx\` ON \`doctors_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_languages_parent_idx\` ON \`doctors_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_education\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_education_order_idx\` ON \`doctors_education\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_education_parent_id_idx\` ON \`doctors_education\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_education_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors_education\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_education_locales_locale_parent_id_unique\` ON \`doctors_education_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_memberships_order_idx\` ON \`doctors_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_memberships_parent_id_idx\` ON \`doctors_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_memberships_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_memberships_locales_locale_parent_id_unique\` ON \`doctors_memberships_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_facts_order_idx\` ON \`doctors_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_facts_parent_id_idx\` ON \`doctors_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_facts_source_1_idx\` ON \`doctors_facts\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_facts_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_facts_locales_locale_parent_id_unique\` ON \`doctors_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`academic_title\` text,
  	\`clinical_grade\` text,
  	\`hospital_id\` integer,
  	\`department_id\` integer,
  	\`facts_source_id\` integer,
  	\`sees_patients\` integer DEFAULT false,
  	\`photo_id\` integer,
  	\`translation_en\` text,
  	\`translation_zh\` text,
  	\`translation_ru\` text,
  	\`translation_ar\` text,
  	\`translation_details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`facts_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_slug_idx\` ON \`doctors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`doctors_hospital_idx\` ON \`doctors\` (\`hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_department_idx\` ON \`doctors\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_facts_source_idx\` ON \`doctors\` (\`facts_source_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_photo_idx\` ON \`doctors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_translation_translation_en_idx\` ON \`doctors\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`doctors_translation_translation_zh_idx\` ON \`doctors\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`doctors_translation_translation_ru_idx\` ON \`doctors\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`doctors_translation_translation_ar_idx\` ON \`doctors\` (\`translation_ar\`);`)
  await db.run(sql`CREATE INDEX \`doctors_updated_at_idx\` ON \`doctors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`doctors_created_at_idx\` ON \`doctors\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`doctors__status_idx\` ON \`doctors\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`doctors_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doctors_locales_locale_parent_id_unique\` ON \`doctors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`doctors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`therapies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`doctors_rels_order_idx\` ON \`doctors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`doctors_rels_parent_idx\` ON \`doctors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_rels_path_idx\` ON \`doctors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`doctors_rels_conditions_id_idx\` ON \`doctors_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`doctors_rels_therapies_id_idx\` ON \`doctors_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_specialties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_specialties_order_idx\` ON \`_doctors_v_version_specialties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_specialties_parent_id_idx\` ON \`_doctors_v_version_specialties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_specialties_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v_version_specialties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_doctors_v_version_specialties_locales_locale_parent_id_uniq\` ON \`_doctors_v_version_specialties_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_languages_order_idx\` ON \`_doctors_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_languages_parent_idx\` ON \`_doctors_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_education\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_education_order_idx\` ON \`_doctors_v_version_education\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_education_parent_id_idx\` ON \`_doctors_v_version_education\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_education_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v_version_education\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_doctors_v_version_education_locales_locale_parent_id_unique\` ON \`_doctors_v_version_education_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_memberships_order_idx\` ON \`_doctors_v_version_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_memberships_parent_id_idx\` ON \`_doctors_v_version_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_memberships_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v_version_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_doctors_v_version_memberships_locales_locale_parent_id_uniq\` ON \`_doctors_v_version_memberships_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_facts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_facts_order_idx\` ON \`_doctors_v_version_facts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_facts_parent_id_idx\` ON \`_doctors_v_version_facts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_facts_source_idx\` ON \`_doctors_v_version_facts\` (\`source_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_version_facts_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v_version_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_doctors_v_version_facts_locales_locale_parent_id_unique\` ON \`_doctors_v_version_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_academic_title\` text,
  	\`version_clinical_grade\` text,
  	\`version_hospital_id\` integer,
  	\`version_department_id\` integer,
  	\`version_facts_source_id\` integer,
  	\`version_sees_patients\` integer DEFAULT false,
  	\`version_photo_id\` integer,
  	\`version_translation_en\` text,
  	\`version_translation_zh\` text,
  	\`version_translation_ru\` text,
  	\`version_translation_ar\` text,
  	\`version_translation_details\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`doctors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hospital_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_facts_source_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_parent_idx\` ON \`_doctors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_slug_idx\` ON \`_doctors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_hospital_idx\` ON \`_doctors_v\` (\`version_hospital_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_department_idx\` ON \`_doctors_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_facts_source_idx\` ON \`_doctors_v\` (\`version_facts_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_photo_idx\` ON \`_doctors_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_translation_version_translation_en_idx\` ON \`_doctors_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_translation_version_translation_zh_idx\` ON \`_doctors_v\` (\`version_translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_translation_version_translation_ru_idx\` ON \`_doctors_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_translation_version_translation_ar_idx\` ON \`_doctors_v\` (\`version_translation_ar\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_updated_at_idx\` ON \`_doctors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version_created_at_idx\` ON \`_doctors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_version_version__status_idx\` ON \`_doctors_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_created_at_idx\` ON \`_doctors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_updated_at_idx\` ON \`_doctors_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_snapshot_idx\` ON \`_doctors_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_published_locale_idx\` ON \`_doctors_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_latest_idx\` ON \`_doctors_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_autosave_idx\` ON \`_doctors_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_doctors_v_locales_locale_parent_id_unique\` ON \`_doctors_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_doctors_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`therapies_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_doctors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_doctors_v_rels_order_idx\` ON \`_doctors_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_rels_parent_idx\` ON \`_doctors_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_rels_path_idx\` ON \`_doctors_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_rels_conditions_id_idx\` ON \`_doctors_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_doctors_v_rels_therapies_id_idx\` ON \`_doctors_v_rels\` (\`therapies_id\`);`)
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
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_translation_en_idx\` ON \`hospitals\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_translation_zh_idx\` ON \`hospitals\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_translation_ru_idx\` ON \`hospitals\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_translation_ar_idx\` ON \`hospitals\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`hospitals_locales\` ADD \`location_nearest_airport\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_international_services_accommodation_nearby\` integer;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_version_translation_en_idx\` ON \`_hospitals_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_version_translation_zh_idx\` ON \`_hospitals_v\` (\`version_translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_version_translation_ru_idx\` ON \`_hospitals_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_version_translation_ar_idx\` ON \`_hospitals_v\` (\`version_translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_locales\` ADD \`version_location_nearest_airport\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`departments_translation_translation_en_idx\` ON \`departments\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`departments_translation_translation_zh_idx\` ON \`departments\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`departments_translation_translation_ru_idx\` ON \`departments\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`departments_translation_translation_ar_idx\` ON \`departments\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_translation_version_translation_e_idx\` ON \`_departments_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_translation_version_translation_z_idx\` ON \`_departments_v\` (\`version_translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_translation_version_translation_r_idx\` ON \`_departments_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_translation_version_translation_a_idx\` ON \`_departments_v\` (\`version_translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`therapies_translation_translation_en_idx\` ON \`therapies\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`therapies_translation_translation_zh_idx\` ON \`therapies\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`therapies_translation_translation_ru_idx\` ON \`therapies\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`therapies_translation_translation_ar_idx\` ON \`therapies\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`therapies_locales\` ADD \`cost_excludes\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_translation_version_translation_en_idx\` ON \`_therapies_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_translation_version_translation_zh_idx\` ON \`_therapies_v\` (\`version_translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_translation_version_translation_ru_idx\` ON \`_therapies_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_translation_version_translation_ar_idx\` ON \`_therapies_v\` (\`version_translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`_therapies_v_locales\` ADD \`version_cost_excludes\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`conditions_translation_translation_en_idx\` ON \`conditions\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`conditions_translation_translation_zh_idx\` ON \`conditions\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`conditions_translation_translation_ru_idx\` ON \`conditions\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`conditions_translation_translation_ar_idx\` ON \`conditions\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`sources\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_en_idx\` ON \`sources\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_zh_idx\` ON \`sources\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_ru_idx\` ON \`sources\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`sources_translation_translation_ar_idx\` ON \`sources\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`stories_translation_translation_en_idx\` ON \`stories\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`stories_translation_translation_zh_idx\` ON \`stories\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`stories_translation_translation_ru_idx\` ON \`stories\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`stories_translation_translation_ar_idx\` ON \`stories\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_translation_version_translation_en_idx\` ON \`_stories_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_translation_version_translation_zh_idx\` ON \`_stories_v\` (\`version_translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_translation_version_translation_ru_idx\` ON \`_stories_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_translation_version_translation_ar_idx\` ON \`_stories_v\` (\`version_translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_en\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_zh\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_ru\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_ar\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`translation_details\` text;`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_en_idx\` ON \`media\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_zh_idx\` ON \`media\` (\`translation_zh\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_ru_idx\` ON \`media\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`media_translation_translation_ar_idx\` ON \`media\` (\`translation_ar\`);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_salt\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`case_link_revoked\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reply_draft\` text;`)
  await db.run(sql`CREATE INDEX \`inquiries_case_token_hash_idx\` ON \`inquiries\` (\`case_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`medical_records\` ADD \`original_name\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`doctors_id\` integer REFERENCES doctors(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`chat_taps_id\` integer REFERENCES chat_taps(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_doctors_id_idx\` ON \`payload_locked_documents_rels\` (\`doctors_id\`);`)
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
  await db.run(sql`DROP TABLE \`doctors_specialties\`;`)
  await db.run(sql`DROP TABLE \`doctors_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`doctors_languages\`;`)
  await db.run(sql`DROP TABLE \`doctors_education\`;`)
  await db.run(sql`DROP TABLE \`doctors_education_locales\`;`)
  await db.run(sql`DROP TABLE \`doctors_memberships\`;`)
  await db.run(sql`DROP TABLE \`doctors_memberships_locales\`;`)
  await db.run(sql`DROP TABLE \`doctors_facts\`;`)
  await db.run(sql`DROP TABLE \`doctors_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`doctors\`;`)
  await db.run(sql`DROP TABLE \`doctors_locales\`;`)
  await db.run(sql`DROP TABLE \`doctors_rels\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_specialties\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_specialties_locales\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_education\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_education_locales\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_memberships\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_memberships_locales\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_facts\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_version_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_doctors_v_rels\`;`)
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
  await db.run(sql`DROP INDEX \`hospitals_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`hospitals_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`hospitals_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`hospitals_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`international_services_accommodation_nearby\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`_hospitals_v_version_translation_version_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`_hospitals_v_version_translation_version_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`_hospitals_v_version_translation_version_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`_hospitals_v_version_translation_version_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_international_services_accommodation_nearby\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`DROP INDEX \`departments_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`departments_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`departments_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`departments_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_translation_version_translation_e_idx\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_translation_version_translation_z_idx\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_translation_version_translation_r_idx\`;`)
  await db.run(sql`DROP INDEX \`_departments_v_version_translation_version_translation_a_idx\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`DROP INDEX \`therapies_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`therapies_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`therapies_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`therapies_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`therapies\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`therapies\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`therapies\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`therapies\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`therapies\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`_therapies_v_version_translation_version_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`_therapies_v_version_translation_version_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`_therapies_v_version_translation_version_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`_therapies_v_version_translation_version_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` DROP COLUMN \`version_translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` DROP COLUMN \`version_translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` DROP COLUMN \`version_translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`DROP INDEX \`conditions_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`conditions_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`conditions_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`conditions_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`conditions\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`conditions\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`conditions\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`conditions\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`conditions\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`sources_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`sources_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`sources_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`sources_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`stories_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`stories_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_translation_version_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_translation_version_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_translation_version_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_translation_version_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation_en\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_en_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_zh_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_ru_idx\`;`)
  await db.run(sql`DROP INDEX \`media_translation_translation_ar_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_en\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_zh\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_ru\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_ar\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`DROP INDEX \`inquiries_case_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_salt\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`case_link_revoked\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reply_draft\`;`)
  await db.run(sql`ALTER TABLE \`hospitals_locales\` DROP COLUMN \`location_nearest_airport\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v_locales\` DROP COLUMN \`version_location_nearest_airport\`;`)
  await db.run(sql`ALTER TABLE \`therapies_locales\` DROP COLUMN \`cost_excludes\`;`)
  await db.run(sql`ALTER TABLE \`_therapies_v_locales\` DROP COLUMN \`version_cost_excludes\`;`)
  await db.run(sql`ALTER TABLE \`medical_records\` DROP COLUMN \`original_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`reply_within_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_as_of\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_source\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_eur\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_rub\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_aed\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`exchange_rates_cny\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`contact_telegram\`;`)
}
