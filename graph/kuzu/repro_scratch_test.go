package kuzu

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/bilatgraph/bilat/graph"
)

func TestReproScratch(t *testing.T) {
	ctx := context.Background()
	st, _ := Open(ctx, filepath.Join(t.TempDir(), "x.kuzu"), graph.Options{})
	defer st.Close()
	must := func(i int, what string, err error) {
		if err != nil {
			t.Fatalf("iteration %d %s: %v", i, what, err)
		}
	}
	must(-1, "ddl", st.exec(ctx, "CREATE NODE TABLE C(id STRING PRIMARY KEY, name STRING)", nil))
	for i := 0; i < 1000; i++ {
		id := fmt.Sprint("c", i%3)
		must(i, "begin", st.exec(ctx, "BEGIN TRANSACTION", nil))
		must(i, "merge", st.exec(ctx, "MERGE (n:C {id: $id}) SET n.name = $name", map[string]any{"id": id, "name": fmt.Sprint("name", i)}))
		if i%2 == 0 {
			st.rollbackWrite()
		} else {
			must(i, "commit", st.commit())
		}
	}
}
