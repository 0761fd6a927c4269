package kuzu

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/storetest"
	"github.com/bilatgraph/bilat/schema"
)

func TestFlakyScratch(t *testing.T) {
	st, _ := Open(context.Background(), filepath.Join(t.TempDir(), "x.kuzu"), graph.Options{})
	defer st.Close()
	st.ApplySchema(context.Background(), schema.Current())
	ok, failed := 0, 0
	for i := 0; i < 300; i++ {
		d := time.Duration(i%40) * 500 * time.Microsecond
		ctx, cancel := context.WithTimeout(context.Background(), d)
		err := st.Write(ctx, storetest.ArticleBatch(i))
		cancel()
		res, qerr := st.Query(context.Background(), "MATCH (a:Article)-[r]->(c) WHERE a.id = $id RETURN count(*) AS n",
			map[string]any{"id": storetest.ArticleBatch(i).Nodes[4].ID}, false)
		if qerr != nil {
			t.Fatalf("iteration %d: %v", i, qerr)
		}
		n := res.Rows[0][0].(int64)
		if err == nil {
			ok++
			if n != 2 {
				t.Fatalf("iteration %d: written but %d mentions", i, n)
			}
		} else {
			failed++
			if n != 0 {
				t.Fatalf("iteration %d: failed (%v) but %d mentions", i, err, n)
			}
		}
	}
	t.Logf("ok %d failed %d", ok, failed)
}
