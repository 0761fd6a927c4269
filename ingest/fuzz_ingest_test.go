package ingest_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/kuzu"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/schema"
)

// FuzzIngestKuzu runs the whole ingest path on any input: the reader, the
// pipeline, the batch and a write into an embedded Kuzu store. Whatever the
// input, nothing panics, every batch the pipeline makes is one the store
// takes, and every article written is then stored.
func FuzzIngestKuzu(f *testing.F) {
	for _, s := range []string{
		"date 2025-11-19 Chinese Premier Li Qiang met Russian President Vladimir Putin on Tuesday. Li said China is willing to deepen cooperation with Russia.",
		"Date: 2024-02-14\n\nThe EU banned imports of Russian diamonds. Moscow expelled two Estonian diplomats.",
		"{\"id\":\"a\\u0000b\",\"published\":\"2024-01-01\",\"text\":\"Japan will provide aid to Ukraine.\"}\n{\"published\":\"2024-01-02\",\"text\":\"\\\"We will respond,\\\" Iran said.\"}",
		"date 2023-05-20 Modi and Xi and Putin and Lula met in Kazan, Russia, and signed a declaration on \"\"",
	} {
		f.Add([]byte(s))
	}
	ctx := context.Background()
	st, err := kuzu.Open(ctx, filepath.Join(f.TempDir(), "fuzz.kuzu"), graph.Options{})
	require.NoError(f, err)
	f.Cleanup(func() { st.Close() })
	require.NoError(f, st.ApplySchema(ctx, schema.Current()))
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, _ := reader.Read("fuzz.txt", bytes.NewReader(data))
		for _, a := range arts {
			b := p.Batch(p.Extract(a))
			require.NoError(t, st.Write(ctx, b), "article %q", a.ID)
			res, err := st.Query(ctx, "MATCH (a:Article) WHERE a.id = $id RETURN count(a) AS n", map[string]any{"id": a.ID}, false)
			require.NoError(t, err)
			require.Len(t, res.Rows, 1)
			require.EqualValues(t, 1, res.Rows[0][0], "article %q stored", a.ID)
		}
	})
}
