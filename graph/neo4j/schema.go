package neo4j

import (
	"context"
	"strconv"
	"time"

	neo "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// ApplySchema creates the constraints and indexes of sc and records its
// version; see the package doc for how versions and migrations work.
func (s *Store) ApplySchema(ctx context.Context, sc *schema.Schema) error {
	stored, dirty, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
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
	var stmts []string
	if stored != graph.NilVersion {
		for v := stored + 1; v <= sc.Version; v++ {
			stmts = append(stmts, migrations[v]...)
		}
	}
	stmts = append(stmts, sc.Neo4jDDL()...)
	sess := s.session(ctx, neo.AccessModeWrite)
	defer sess.Close(ctx)
	for _, stmt := range stmts {
		// Each statement in its own auto-commit transaction: Neo4j does not
		// allow schema and data changes in one transaction.
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.wrap("apply schema version "+strconv.Itoa(sc.Version), err)
		}
	}
	if err := s.setVersion(ctx, sc.Version, false); err != nil {
		return err
	}
	s.schema = sc
	return nil
}

// SchemaVersion returns the recorded version, or graph.NilVersion for a
// database that was never set up.
func (s *Store) SchemaVersion(ctx context.Context) (int, bool, error) {
	res, err := neo.ExecuteQuery(ctx, s.driver,
		"MATCH (v:SchemaVersion {id: $id}) RETURN v.version AS version, v.dirty AS dirty",
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
	return s.wrap("record schema version "+strconv.Itoa(version), err)
}
