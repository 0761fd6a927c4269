package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
)

// TestWriteTableFits: every line fits the width, narrow columns keep their
// text, wide ones end in "…"; no width prints everything.
func TestWriteTableFits(t *testing.T) {
	res := &graph.Result{
		Columns: []string{"date", "subject", "sentences"},
		Rows: [][]any{
			{"2025-05-08", "China", []any{strings.Repeat("Xi said China is ready to deepen trust. ", 5)}},
			{"2025-09-02", "Russia (Vladimir Putin)", []any{"Putin pledged gas.", "Another sentence."}},
		},
	}
	var b bytes.Buffer
	require.NoError(t, writeTable(&b, res, tableOptions{width: 60}))
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	require.Len(t, lines, 4)
	for _, l := range lines {
		assert.LessOrEqual(t, utf8.RuneCountInString(l), 60, l)
	}
	assert.Contains(t, lines[1], "2025-05-08")
	assert.Contains(t, lines[2], "Russia (Vladimir Putin)")
	assert.Contains(t, lines[1], "…")
	assert.Equal(t, "(2 rows)", lines[3])

	b.Reset()
	require.NoError(t, writeTable(&b, res, tableOptions{}))
	assert.NotContains(t, b.String(), "…")
	assert.Contains(t, b.String(), "Putin pledged gas. | Another sentence.")

	b.Reset()
	require.NoError(t, writeTable(&b, &graph.Result{Columns: []string{"n"}, Rows: [][]any{{int64(1)}}}, tableOptions{width: 80}))
	assert.Equal(t, "N\n1\n(1 row)\n", b.String())
}

func TestRelabelNamesEachArticleOnce(t *testing.T) {
	got := relabel([]any{"a1", "a1", "b2"}, map[string]string{"a1": "Title one"})
	assert.Equal(t, []any{"Title one", "b2"}, got)
}
