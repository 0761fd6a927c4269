// Package kuzu stores bilat's graph in an embedded Kuzu database: one file
// on disk (plus a write-ahead log beside it), opened by one process at a
// time. Importing it registers the store for plain paths and kuzu:// URIs;
// most code imports graph/all instead and calls graph.Open.
//
// # Tables
//
// Every schema label is a node table keyed by id and every edge kind a rel
// table listing each FROM/TO pair the schema allows, as schema.KuzuDDL
// writes them. Nodes keep their label in a label column and edges their kind
// in a kind column, so the same Cypher reads them here and on Neo4j.
//
// # Schema versions
//
// The version lives in the one-row node table SchemaVersion (id "schema",
// version, dirty, applied), as golang-migrate keeps it. ApplySchema creates
// that table first, refuses a dirty store or a newer version with a
// *graph.SchemaError, returns at once when the version already matches, and
// otherwise marks the row dirty, runs the statements, and marks it clean.
//
// To change the model later: bump "version" in schema/schema.json, change
// the labels, kinds or properties there, and add the statements that bring a
// store of the previous version up to date to migrations (migrate.go) under
// the new version, for instance
//
//	2: {"ALTER TABLE Person ADD birth STRING"},
//
// Kuzu supports ALTER TABLE ... ADD, DROP and RENAME. ApplySchema runs the
// migrations of every version above the stored one, in order, before the
// CREATE ... IF NOT EXISTS statements, which add new tables and skip the
// existing ones. A fresh store only runs the CREATE statements.
//
// # Read-only
//
// Open with graph.Options.ReadOnly opens the database read-only in Kuzu:
// the engine refuses every write, several processes (and several Stores in
// one process) may read at once, a writer elsewhere makes Open fail with
// graph.ErrInUse, and a missing file is graph.ErrNoStore, never created.
// Query prepares its statement, so Kuzu refuses a second one, and refuses
// file access (LOAD FROM, COPY, EXPORT ...) unless Options.AllowFiles.
//
// Opening costs 45-60 ms (Kuzu sets up every table, about 130); meanwhile
// a read-only Open parses the statements of Options.Expect and its own on a
// scratch in-memory database on another core, since Kuzu's parser pays
// 20-40 ms the first time a process meets a question (warm.go).
//
// # Cypher
//
// Kuzu's Cypher differs from Neo4j's in places (list positions from 1, no
// list comprehension, properties checked at compile time, keywords needing
// backticks as property names ...); graph/storetest's package doc lists
// what to avoid in queries meant for both stores.
package kuzu
