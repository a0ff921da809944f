import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { initialsOf } from '@/lib/inquiries/initials'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`controller_email\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_months\` numeric DEFAULT 24 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`INSERT INTO \`__new_site_settings_locales\`("contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", "privacy_notice", "id", "_locale", "_parent_id") SELECT "contact_email", "contact_phone", "contact_whatsapp", "contact_wechat_id", "disclaimer", COALESCE("privacy_notice", '{}'), "id", "_locale", "_parent_id" FROM \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings_locales\` RENAME TO \`site_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_kind\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`initials\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_given\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`transfer_consent_at\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`controller_email\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_months\`;`)
}
