import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`agent_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`code\` text,
  	\`agent_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`agent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agent_links_code_idx\` ON \`agent_links\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_agent_idx\` ON \`agent_links\` (\`agent_id\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_updated_at_idx\` ON \`agent_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_created_at_idx\` ON \`agent_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agent_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`therapies_id\` integer,
  	\`hospitals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agent_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agent_links_rels_order_idx\` ON \`agent_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_rels_parent_idx\` ON \`agent_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_rels_path_idx\` ON \`agent_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_rels_stories_id_idx\` ON \`agent_links_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_rels_therapies_id_idx\` ON \`agent_links_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`agent_links_rels_hospitals_id_idx\` ON \`agent_links_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE TABLE \`link_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`link_id\` integer NOT NULL,
  	\`agent_id\` integer NOT NULL,
  	\`locale\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`agent_links\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`link_visits_link_idx\` ON \`link_visits\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_agent_idx\` ON \`link_visits\` (\`agent_id\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_locale_idx\` ON \`link_visits\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_updated_at_idx\` ON \`link_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_created_at_idx\` ON \`link_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`link_visits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	\`therapies_id\` integer,
  	\`hospitals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`link_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`link_visits_rels_order_idx\` ON \`link_visits_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_rels_parent_idx\` ON \`link_visits_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_rels_path_idx\` ON \`link_visits_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_rels_stories_id_idx\` ON \`link_visits_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_rels_therapies_id_idx\` ON \`link_visits_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`link_visits_rels_hospitals_id_idx\` ON \`link_visits_rels\` (\`hospitals_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`agent_links_id\` integer REFERENCES agent_links(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_visits_id\` integer REFERENCES link_visits(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agent_links_id_idx\` ON \`payload_locked_documents_rels\` (\`agent_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`link_visits_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`agent_links\`;`)
  await db.run(sql`DROP TABLE \`agent_links_rels\`;`)
  await db.run(sql`DROP TABLE \`link_visits\`;`)
  await db.run(sql`DROP TABLE \`link_visits_rels\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "users_id") SELECT "id", "order", "parent_id", "path", "hospitals_id", "departments_id", "therapies_id", "conditions_id", "stories_id", "media_id", "inquiries_id", "medical_records_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_medical_records_id_idx\` ON \`payload_locked_documents_rels\` (\`medical_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
