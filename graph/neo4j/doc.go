// Package neo4j stores bilat's graph in a Neo4j 5 server over Bolt, through
// the official Go driver. Importing it registers the store for the neo4j,
// neo4j+s, neo4j+ssc, bolt, bolt+s and bolt+ssc URI schemes; most code
// imports graph/all instead and calls graph.Open.
//
// # Model
//
// A schema label is a node label, with a uniqueness constraint on id; an
// edge kind is a relationship type, with an index on key (and on date for
// event kinds), as schema.Neo4jDDL writes them. Nodes also keep their label
// in a label property and edges their kind in a kind property, so the same
// Cypher reads them here and on Kuzu. Labels and types are the only parts of
// a statement built as text, and only from the schema; values are always
// parameters.
//
// # Schema versions
//
// The version lives in one node, (:SchemaVersion {id: "schema"}), with
// version, dirty and applied properties, as golang-migrate's Neo4j driver
// keeps it. ApplySchema refuses a dirty store or a newer version with a
// *graph.SchemaError, returns at once when the version already matches, and
// otherwise marks the node dirty, runs each statement in its own auto-commit
// transaction (Neo4j does not mix schema and data changes in one), and marks
// it clean. Several processes may do so at once: the uniqueness constraints
// of SchemaLock and SchemaVersion come first (a rule another session created
// meanwhile counts as done, deadlocks are retried), then each takes the
// lock, a write lock on the one SchemaLock node held by an open transaction,
// and the later ones find the version recorded. RepairSchema finishes a
// dirty version by running its idempotent statements again.
//
// To change the model later: bump "version" in schema/schema.json and
// change it there; new constraints and indexes come from schema.Neo4jDDL,
// whose statements all use IF NOT EXISTS. Data changes that a version needs
// (renaming a property, say) go into migrations (migrate.go) under the new
// version, for instance
//
//	2: {"MATCH ()-[r:REPRESENTS]->() SET r.since = r.term_start REMOVE r.term_start"},
//
// ApplySchema runs the migrations of every version above the stored one, in
// order, before the schema statements. A fresh database runs only the
// schema statements.
//
// # Transactions
//
// Write runs a whole batch in one managed write transaction, which the
// driver may retry; the work function touches nothing outside it. Query runs
// reads in a read-mode session, where the server itself refuses writes, and
// reports that as graph.ErrReadOnly.
package neo4j
