//go:build unix

package reader

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/article"
)

// TestWalkSkipsFIFO: a FIFO (or a link to one) in a directory is named and
// skipped; it used to block the walk for ever before anything was written.
func TestWalkSkipsFIFO(t *testing.T) {
	dir := t.TempDir()
	good := "date 2025-04-01 Norway and Chile signed a research accord.\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(good), 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "b.jsonl"), 0o644))
	require.NoError(t, os.Symlink("b.jsonl", filepath.Join(dir, "c.txt")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "d"), 0o644)) // unknown extension: skipped silently
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e.txt"), []byte(good), 0o644))

	type result struct {
		n    int
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		n := 0
		errs := Walk([]string{dir}, func(article.Article) error { n++; return nil })
		done <- result{n, errs}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		// Unblock the walk so the test binary can end.
		for _, name := range []string{"b.jsonl"} {
			if f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY, 0); err == nil {
				f.Close()
			}
		}
		t.Fatal("Walk blocked on a FIFO")
	}
	assert.Equal(t, 2, r.n)
	require.Len(t, r.errs, 2)
	assert.ErrorIs(t, r.errs[0], ErrNotRegular)
	assert.EqualError(t, r.errs[0], "reader: "+filepath.Join(dir, "b.jsonl")+": not a regular file, skipped (a FIFO)")
	assert.ErrorIs(t, r.errs[1], ErrNotRegular)
	assert.Contains(t, r.errs[1].Error(), filepath.Join(dir, "c.txt"))

	// Named explicitly, a FIFO is read as a stream.
	fifo := filepath.Join(dir, "b.jsonl")
	go func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			io.WriteString(f, jsonLine(7, 100))
			f.Close()
		}
	}()
	got, err := ReadFile(fifo)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "a-7", got[0].ID)
}
