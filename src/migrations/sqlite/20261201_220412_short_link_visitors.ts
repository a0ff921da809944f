import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`link_visits\` ADD \`visitor\` text;`)
  await db.run(sql`CREATE INDEX \`link_visits_visitor_idx\` ON \`link_visits\` (\`visitor\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`link_visits_visitor_idx\`;`)
  await db.run(sql`ALTER TABLE \`link_visits\` DROP COLUMN \`visitor\`;`)
}
