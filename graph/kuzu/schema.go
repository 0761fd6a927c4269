package kuzu

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// versionTable is the node table holding the schema version row.
const versionTable = "SchemaVersion"

// versionRow is the id of the one row of versionTable.
const versionRow = "schema"

// versionDDL creates versionTable if schema.KuzuDDL does not (it does).
const versionDDL = "CREATE NODE TABLE IF NOT EXISTS SchemaVersion(id STRING PRIMARY KEY, version INT64, dirty BOOLEAN, applied STRING)"

// ApplySchema creates the tables of sc and records its version; see the
// package doc for how versions and migrations work.
func (s *Store) ApplySchema(ctx context.Context, sc *schema.Schema) error {
	return s.applySchema(ctx, sc, false)
}

// RepairSchema finishes a schema application that was left dirty: it runs
// the schema statements again (they are idempotent) and clears the flag. A
// clean store is brought up to date as by ApplySchema; a newer version is
// refused.
func (s *Store) RepairSchema(ctx context.Context, sc *schema.Schema) error {
	return s.applySchema(ctx, sc, true)
}

func (s *Store) applySchema(ctx context.Context, sc *schema.Schema, repair bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ddl := quoteColumns(sc.KuzuDDL())
	if err := s.exec(ctx, tableDDL(ddl), nil); err != nil {
		return fmt.Errorf("create %s table: %w", versionTable, err)
	}
	stored, dirty, err := s.version(ctx)
	if err != nil {
		return err
	}
	if repair && dirty && stored <= sc.Version {
		// Kuzu migrations (ALTER TABLE ... ADD) are not idempotent: a
		// dirty version they belong to is past repair here.
		if len(migrations[stored]) > 0 {
			return fmt.Errorf("schema version %d is dirty and its migration cannot be run twice: recreate the store", stored)
		}
		s.dropStatements()
		for _, stmt := range ddl {
			if err := s.exec(ctx, stmt, nil); err != nil {
				return fmt.Errorf("repair schema version %d: %s: %w", stored, firstWords(stmt), err)
			}
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
	s.dropStatements() // tables are about to change under them
	var stmts []string
	if stored != graph.NilVersion {
		for v := stored + 1; v <= sc.Version; v++ {
			stmts = append(stmts, migrations[v]...)
		}
	}
	stmts = append(stmts, ddl...)
	for _, stmt := range stmts {
		if err := s.exec(ctx, stmt, nil); err != nil {
			return fmt.Errorf("apply schema version %d: %s: %w", sc.Version, firstWords(stmt), err)
		}
	}
	if err := s.setVersion(ctx, sc.Version, false); err != nil {
		return err
	}
	s.schema = sc
	return nil
}

// SchemaVersion returns the recorded version, or graph.NilVersion for a
// store that was never set up.
func (s *Store) SchemaVersion(ctx context.Context) (int, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.version(ctx)
}

// The statements that read the schema version.
const (
	showVersionTable = "CALL show_tables() WHERE name = $name RETURN count(*)"
	readVersion      = "MATCH (v:SchemaVersion {id: $id}) RETURN v.version, v.dirty"
)

func (s *Store) version(ctx context.Context) (int, bool, error) {
	_, rows, err := s.run(ctx, showVersionTable, map[string]any{"name": versionTable})
	if err != nil {
		return 0, false, fmt.Errorf("read schema version: %w", err)
	}
	if len(rows) == 0 || rows[0][0] == int64(0) {
		return graph.NilVersion, false, nil
	}
	_, rows, err = s.run(ctx, readVersion, map[string]any{"id": versionRow})
	if err != nil {
		return 0, false, fmt.Errorf("read schema version: %w", err)
	}
	if len(rows) == 0 {
		return graph.NilVersion, false, nil
	}
	v, _ := rows[0][0].(int64)
	d, _ := rows[0][1].(bool)
	return int(v), d, nil
}

func (s *Store) setVersion(ctx context.Context, version int, dirty bool) error {
	err := s.exec(ctx, "MERGE (v:SchemaVersion {id: $id}) SET v.version = $version, v.dirty = $dirty, v.applied = $applied",
		map[string]any{"id": versionRow, "version": int64(version), "dirty": dirty,
			"applied": time.Now().UTC().Format(time.RFC3339)})
	if err != nil {
		return fmt.Errorf("record schema version %d: %w", version, err)
	}
	return nil
}

// tableDDL picks the statement that creates versionTable out of ddl.
func tableDDL(ddl []string) string {
	for _, stmt := range ddl {
		if strings.Contains(stmt, " "+versionTable+"(") {
			return stmt
		}
	}
	return versionDDL
}

// quoteColumns puts every column name of the CREATE TABLE statements in
// backticks, so that a property named after a Kuzu keyword (end, which
// closes CASE, was one) cannot break the DDL. Statements already quoted are
// left alone.
func quoteColumns(ddl []string) []string {
	out := make([]string, len(ddl))
	for i, stmt := range ddl {
		open, end := strings.Index(stmt, "("), strings.LastIndex(stmt, ")")
		if open < 0 || end < open {
			out[i] = stmt
			continue
		}
		cols := strings.Split(stmt[open+1:end], ", ")
		for j, c := range cols {
			name, rest, ok := strings.Cut(c, " ")
			if !ok || name == "FROM" || strings.HasPrefix(name, "`") {
				continue
			}
			cols[j] = "`" + name + "` " + rest
		}
		out[i] = stmt[:open+1] + strings.Join(cols, ", ") + stmt[end:]
	}
	return out
}

// firstWords shortens a statement for an error message.
func firstWords(stmt string) string {
	f := strings.Fields(stmt)
	if len(f) > 6 {
		f = f[:6]
	}
	return strings.Join(f, " ")
}
