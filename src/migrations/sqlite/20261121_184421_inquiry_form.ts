import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`page_locale\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`submission_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_reference_idx\` ON \`inquiries\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_page_locale_idx\` ON \`inquiries\` (\`page_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_submission_key_idx\` ON \`inquiries\` (\`submission_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`inquiries_reference_idx\`;`)
  await db.run(sql`DROP INDEX \`inquiries_page_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`inquiries_submission_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`page_locale\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`submission_key\`;`)
}
