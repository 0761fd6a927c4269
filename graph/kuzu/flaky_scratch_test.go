package kuzu

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/bilatgraph/bilat/graph"
)

func TestFlakyScratch(t *testing.T) {
	st, _ := Open(context.Background(), filepath.Join(t.TempDir(), "x.kuzu"), graph.Options{})
	defer st.Close()
	for i := 0; i < 300; i++ {
		d := time.Duration(i%30) * 20 * time.Microsecond
		ctx, cancel := context.WithTimeout(context.Background(), d)
		_, err := st.Query(ctx, "UNWIND range(1, 100000) AS x UNWIND range(1, 100) AS y RETURN count(*) AS n", nil, false)
		cancel()
		_ = err
		if _, err := st.Query(context.Background(), "RETURN 1 AS one", nil, false); err != nil {
			t.Fatalf("iteration %d (timeout %v): %v", i, d, err)
		}
	}
}
