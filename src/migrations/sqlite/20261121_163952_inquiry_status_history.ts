import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`inquiries_status_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text NOT NULL,
  	\`changed_by_id\` integer,
  	\`changed_at\` text NOT NULL,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`inquiries_status_history_order_idx\` ON \`inquiries_status_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_history_parent_id_idx\` ON \`inquiries_status_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_history_changed_by_idx\` ON \`inquiries_status_history\` (\`changed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`inquiries_status_history\`;`)
}
