import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`travel_guide_sections_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_guide_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_points_order_idx\` ON \`travel_guide_sections_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_points_parent_id_idx\` ON \`travel_guide_sections_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_points_locale_idx\` ON \`travel_guide_sections_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`travel_guide_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_order_idx\` ON \`travel_guide_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_parent_id_idx\` ON \`travel_guide_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`travel_guide_sections_locale_idx\` ON \`travel_guide_sections\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`travel_guide\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`travel_guide_locales\` (
  	\`title\` text NOT NULL,
  	\`lead\` text,
  	\`checked\` integer DEFAULT false,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`travel_guide\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`travel_guide_locales_locale_parent_id_unique\` ON \`travel_guide_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`travel_guide_sections_points\`;`)
  await db.run(sql`DROP TABLE \`travel_guide_sections\`;`)
  await db.run(sql`DROP TABLE \`travel_guide\`;`)
  await db.run(sql`DROP TABLE \`travel_guide_locales\`;`)
}
