package kuzu

import (
	"path/filepath"
	"strings"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
)

// Kuzu 0.11.3 does not survive a full disk: a write that cannot extend its
// files reports "Error: Success" or a false "Write-write conflict", and the
// next statement may crash the process. So Write checks the free space
// before it starts and refuses a batch that might not fit, leaving the store
// as the last commit left it.

// spaceMargin is the free space Write keeps beyond its estimate: room for
// Kuzu's write-ahead log, a checkpoint's shadow pages and its catalog.
const spaceMargin = 16 << 20

// spaceFactor multiplies the bytes of a batch's values into the disk it may
// take in the WAL and, after a checkpoint, in the pages it rewrites.
const spaceFactor = 12

// checkSpace returns a *graph.NoSpaceError when the store's file system has
// less free space than the plan might need.
func (s *Store) checkSpace(p *storeutil.Plan) error {
	free, ok := freeBytes(filepath.Dir(s.key))
	if !ok || free >= spaceMargin+spaceFactor*planBytes(p) {
		return nil
	}
	return &graph.NoSpaceError{Device: mountPoint(filepath.Dir(s.key))}
}

// planBytes is roughly the size of the values a plan writes.
func planBytes(p *storeutil.Plan) int64 {
	var n int64
	size := func(v any) {
		switch x := v.(type) {
		case string:
			n += int64(len(x))
		case []string:
			for _, s := range x {
				n += int64(len(s)) + 8
			}
		default:
			n += 8
		}
	}
	for _, nd := range p.Nodes {
		n += int64(len(nd.ID)) + 32
		for _, v := range nd.Props {
			size(v)
		}
	}
	for _, e := range p.Edges {
		n += int64(len(e.Key)+len(e.From)+len(e.To)) + 64
		for _, v := range e.Props {
			size(v)
		}
		for _, ev := range e.Evidence {
			n += int64(len(ev.Article)+len(ev.Sentence)+len(ev.Span)+len(ev.Rule)) + 40
		}
	}
	return n
}

// diskError turns an engine error met on a full disk into a
// *graph.NoSpaceError; other errors pass unchanged.
func (s *Store) diskError(err error) error {
	if err == nil {
		return nil
	}
	full := strings.Contains(strings.ToLower(err.Error()), "no space left")
	if !full {
		// Kuzu's own message on a full disk can be "Error: Success" or a
		// write-write conflict: believe the file system instead.
		free, ok := freeBytes(filepath.Dir(s.key))
		full = ok && free < spaceMargin
	}
	if !full {
		return err
	}
	return &graph.NoSpaceError{Device: mountPoint(filepath.Dir(s.key)), Err: err}
}
