package neo4j

import (
	"context"
	"errors"
	"strconv"
	"time"

	neo "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// lockDDL are the constraints that make the schema lock and the version
// node unique; they are created before anything else, each on its own, so
// that concurrent MERGEs of either node find one node.
var lockDDL = []string{
	"CREATE CONSTRAINT schema_lock_id IF NOT EXISTS FOR (l:SchemaLock) REQUIRE l.id IS UNIQUE",
	"CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.id IS UNIQUE", // as in schema.Neo4jDDL
}

// equivalentRule is the server's code for a schema rule that exists
// already: with IF NOT EXISTS it comes back only when another session
// created the same rule at the same moment, which is success.
const equivalentRule = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"

// ddlAttempts bounds the retries of one schema statement or of taking the
// schema lock after a transient error (a deadlock between two sessions
// changing the schema at once).
const ddlAttempts = 8

// ApplySchema creates the constraints and indexes of sc and records its
// version; see the package doc for how versions and migrations work.
// Several processes may apply the schema to one database at once (two
// first-time ingests): they take turns through a lock node, and the second
// finds the version the first recorded.
func (s *Store) ApplySchema(ctx context.Context, sc *schema.Schema) error {
	return s.applySchema(ctx, sc, false)
}

// RepairSchema finishes a schema application that was left dirty: it runs
// the statements of the recorded version again (they are idempotent) and
// clears the flag, and it merges duplicate version nodes that older bilat
// versions could leave behind. A clean store is brought up to date as by
// ApplySchema; a newer version is refused.
func (s *Store) RepairSchema(ctx context.Context, sc *schema.Schema) error {
	return s.applySchema(ctx, sc, true)
}

func (s *Store) applySchema(ctx context.Context, sc *schema.Schema, repair bool) error {
	// A version already recorded, clean and current, needs no lock.
	if !repair {
		stored, dirty, err := s.SchemaVersion(ctx)
		if err != nil {
			return err
		}
		if stored == sc.Version && !dirty {
			s.schema = sc
			return nil
		}
	}
	if repair {
		// Duplicates would stop the version constraint being created.
		if err := s.dropDuplicateVersions(ctx); err != nil {
			return err
		}
	}
	for _, stmt := range lockDDL {
		if err := s.runDDL(ctx, stmt); err != nil {
			return s.wrap("apply schema version "+strconv.Itoa(sc.Version)+" (bilat schema --repair may help)", err)
		}
	}
	unlock, err := s.lockSchema(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	stored, dirty, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if repair && dirty && stored <= sc.Version {
		// Finish the version the store was moving to, then go on as usual.
		if err := s.runStatements(ctx, stored, s.statements(stored-1, stored, sc)); err != nil {
			return err
		}
		if err := s.setVersion(ctx, stored, false); err != nil {
			return err
		}
		dirty = false
	}
	if upToDate, err := storeutil.SchemaStep(stored, dirty, sc.Version); err != nil || upToDate {
		if upToDate {
			s.schema = sc
		}
		return err
	}
	if err := s.setVersion(ctx, sc.Version, true); err != nil {
		return err
	}
	if err := s.runStatements(ctx, sc.Version, s.statements(stored, sc.Version, sc)); err != nil {
		return err
	}
	if err := s.setVersion(ctx, sc.Version, false); err != nil {
		return err
	}
	s.schema = sc
	return nil
}

// statements returns what moves a database from version from to version
// to: the migrations of each version above from (none for a fresh
// database), then the schema statements, all idempotent.
func (s *Store) statements(from, to int, sc *schema.Schema) []string {
	var stmts []string
	if from != graph.NilVersion {
		for v := from + 1; v <= to; v++ {
			stmts = append(stmts, migrations[v]...)
		}
	}
	return append(stmts, sc.Neo4jDDL()...)
}

func (s *Store) runStatements(ctx context.Context, version int, stmts []string) error {
	for _, stmt := range stmts {
		if err := s.runDDL(ctx, stmt); err != nil {
			return s.wrap("apply schema version "+strconv.Itoa(version), err)
		}
	}
	return nil
}

// runDDL runs one statement in its own auto-commit transaction (Neo4j does
// not allow schema and data changes in one), again after a transient error,
// and takes a rule that another session created meanwhile as done.
func (s *Store) runDDL(ctx context.Context, stmt string) error {
	sess := s.session(ctx, neo.AccessModeWrite)
	defer sess.Close(ctx)
	var err error
	for attempt := 0; attempt < ddlAttempts; attempt++ {
		var res neo.ResultWithContext
		res, err = sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		var ne *neo.Neo4jError
		if err == nil || errors.As(err, &ne) && ne.Code == equivalentRule {
			return nil
		}
		if !neo.IsRetryable(err) || !pause(ctx, attempt) {
			return err
		}
	}
	return err
}

// pause waits before retry number attempt+1; false if ctx ended.
func pause(ctx context.Context, attempt int) bool {
	d := time.Duration(50<<attempt) * time.Millisecond
	if d > 2*time.Second {
		d = 2 * time.Second
	}
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}

// lockSchema takes the schema lock: a write lock on the one SchemaLock node,
// held by a transaction left open until the returned function commits it.
// Another process taking it waits for that commit (or for the server to
// roll it back when this process dies). Only schema changes take it.
func (s *Store) lockSchema(ctx context.Context) (func(), error) {
	sess := s.session(ctx, neo.AccessModeWrite)
	var err error
	for attempt := 0; attempt < ddlAttempts; attempt++ {
		var tx neo.ExplicitTransaction
		tx, err = sess.BeginTransaction(ctx)
		if err == nil {
			var res neo.ResultWithContext
			res, err = tx.Run(ctx, "MERGE (l:SchemaLock {id: $id}) SET l.taken = $now",
				map[string]any{"id": "schema", "now": time.Now().UTC().Format(time.RFC3339Nano)})
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err == nil {
				return func() {
					_ = tx.Commit(context.Background())
					_ = sess.Close(context.Background())
				}, nil
			}
			_ = tx.Rollback(context.Background())
		}
		if !neo.IsRetryable(err) || !pause(ctx, attempt) {
			break
		}
	}
	_ = sess.Close(context.Background())
	return nil, s.wrap("take the schema lock", err)
}

// dropDuplicateVersions keeps one version node: the dirty one if any, as
// the store may hold part of that version.
func (s *Store) dropDuplicateVersions(ctx context.Context) error {
	_, err := neo.ExecuteQuery(ctx, s.driver,
		"MATCH (v:SchemaVersion {id: $id}) WITH v ORDER BY coalesce(v.dirty, false) DESC, v.version DESC "+
			"WITH collect(v) AS vs UNWIND vs[1..] AS extra DELETE extra",
		map[string]any{"id": "schema"}, neo.EagerResultTransformer,
		neo.ExecuteQueryWithWritersRouting(), neo.ExecuteQueryWithDatabase(s.database))
	return s.wrap("repair schema version", err)
}

// SchemaVersion returns the recorded version, or graph.NilVersion for a
// database that was never set up. Of several version nodes (which older
// bilat versions could leave), a dirty one wins.
func (s *Store) SchemaVersion(ctx context.Context) (int, bool, error) {
	res, err := neo.ExecuteQuery(ctx, s.driver,
		"MATCH (v:SchemaVersion {id: $id}) RETURN v.version AS version, v.dirty AS dirty "+
			"ORDER BY coalesce(v.dirty, false) DESC, v.version DESC LIMIT 1",
		map[string]any{"id": "schema"}, neo.EagerResultTransformer,
		neo.ExecuteQueryWithReadersRouting(), neo.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return 0, false, s.wrap("read schema version", err)
	}
	if len(res.Records) == 0 {
		return graph.NilVersion, false, nil
	}
	rec := res.Records[0]
	v, _, err := neo.GetRecordValue[int64](rec, "version")
	if err != nil {
		return 0, false, s.wrap("read schema version", err)
	}
	d, _, _ := neo.GetRecordValue[bool](rec, "dirty")
	return int(v), d, nil
}

func (s *Store) setVersion(ctx context.Context, version int, dirty bool) error {
	_, err := neo.ExecuteQuery(ctx, s.driver,
		"MERGE (v:SchemaVersion {id: $id}) SET v.version = $version, v.dirty = $dirty, v.applied = $applied",
		map[string]any{"id": "schema", "version": int64(version), "dirty": dirty,
			"applied": time.Now().UTC().Format(time.RFC3339)},
		neo.EagerResultTransformer, neo.ExecuteQueryWithWritersRouting(), neo.ExecuteQueryWithDatabase(s.database))
	if err != nil {
		return s.wrap("record schema version "+strconv.Itoa(version), err)
	}
	return nil
}
