package kuzu

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	kz "github.com/kuzudb/go-kuzu"

	"github.com/bilatgraph/bilat/graph"
)

func TestReproScratch(t *testing.T) {
	ctx := context.Background()
	st, _ := Open(ctx, filepath.Join(t.TempDir(), "x.kuzu"), graph.Options{})
	defer st.Close()
	step := 0
	must := func(err error) {
		step++
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
	}
	must(st.exec(ctx, "CREATE NODE TABLE C(id STRING PRIMARY KEY, name STRING)", nil))
	must(st.exec(ctx, "CREATE (n:C {id: 'a', name: 'first'})", nil))
	upd := func(name string, commit bool) {
		must(st.exec(ctx, "BEGIN TRANSACTION", nil))
		must(st.exec(ctx, "MATCH (n:C {id: 'a'}) SET n.name = $name", map[string]any{"name": name}))
		if commit {
			must(st.commit())
		} else {
			st.rollback()
		}
		if os.Getenv("EACH") != "" {
			fix()
		}
	}
	fix = func() {
		switch os.Getenv("MODE") {
		case "reconnect":
			st.dropStatements()
			st.conn.Close()
			st.conn, _ = kz.OpenConnection(st.db)
		case "reopen":
			st.dropStatements()
			st.conn.Close()
			st.db.Close()
			st.db, _ = kz.OpenDatabase(st.path, kz.DefaultSystemConfig())
			st.conn, _ = kz.OpenConnection(st.db)
		case "checkpoint":
			must(st.exec(ctx, "CHECKPOINT", nil))
		}
	}
	upd("r1", false)
	upd("c1", true)
	upd("r2", false)
	if os.Getenv("EACH") == "" {
		fix()
	}
	upd("c2", true)
	_, rows, err := st.run(ctx, "MATCH (n:C {id: 'a'}) RETURN n.name", nil)
	must(err)
	t.Logf("end: %v", rows)
}

var fix func()
