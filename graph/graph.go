// Package graph is bilat's user-facing view of a graph store: the Store
// interface every backend implements, the plain values written to it, and
// Open, which picks a backend from a location. Backends live in
// sub-packages (graph/kuzu, graph/neo4j) and register themselves through
// graph/all; most code should import graph and graph/all only.
package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/bilatgraph/bilat/schema"
)

// Node is a node to write. ID is its identity within Label; Props holds the
// other properties by schema name (the store adds id and label itself).
type Node struct {
	Label string
	ID    string
	Props map[string]any
}

// Evidence is one sentence of one article that states an edge.
type Evidence struct {
	Article    string  // article id
	Sentence   string  // the sentence, as written
	Span       string  // s<index>:<start>-<end>
	Rule       string  // the extraction rule that fired
	Confidence float64 // 0 to 1
}

// Edge is an edge to write. Key is its identity within Kind (see EdgeKey);
// Props holds the other properties by schema name, without the evidence
// lists, which the store keeps from Evidence.
type Edge struct {
	Kind      string
	Key       string
	FromLabel string
	From      string
	ToLabel   string
	To        string
	Props     map[string]any
	Evidence  []Evidence
}

// Batch is what one Write stores: typically everything one article adds.
type Batch struct {
	Nodes []Node
	Edges []Edge
}

// Result is the answer to a read query: column names and rows of plain Go
// values (nil, bool, int64, float64, string, []any, map[string]any).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Store is a graph database holding bilat's model.
//
// Implementations must be safe for use by one goroutine at a time; callers
// that share a Store across goroutines serialise access themselves.
type Store interface {
	// ApplySchema creates whatever the schema needs (tables, constraints,
	// indexes) and records its version. Applying the same schema again is a
	// no-op. A store holding a newer version, or a dirty one (a previous
	// apply that did not finish), returns a *SchemaError and changes nothing.
	ApplySchema(ctx context.Context, s *schema.Schema) error

	// SchemaVersion returns the recorded schema version and whether the last
	// apply was left unfinished. A store that was never set up returns
	// NilVersion and no error.
	SchemaVersion(ctx context.Context) (version int, dirty bool, err error)

	// Write stores the batch in one transaction: all of it or none of it.
	// Nodes are merged by (Label, ID), their properties overwritten by
	// non-empty values. Edges are merged by (Kind, Key); evidence is the
	// union of what was stored and what is written, so writing the same
	// batch twice leaves every count and property as it was. Every edge's
	// endpoints must exist, in the store or in the batch; otherwise Write
	// returns an error wrapping ErrNotFound and stores nothing.
	Write(ctx context.Context, b Batch) error

	// Query runs one Cypher statement with parameters and returns all rows.
	// Values are normalised as described on Result. Unless write is true the
	// statement runs in a read-only transaction where the store has them,
	// and a statement that would change the graph fails with ErrReadOnly.
	// More than one statement, or transaction control, is refused; so is a
	// statement that reaches the file system unless the store was opened
	// with Options.AllowFiles (ErrFileAccess).
	Query(ctx context.Context, cypher string, params map[string]any, write bool) (*Result, error)

	// Location says where the store is, for messages: a path or a URI
	// without credentials.
	Location() string

	// Close releases the store. The Store must not be used afterwards.
	Close() error
}

// SchemaRepairer is a Store that can finish a schema application that was
// left dirty (a process stopped while applying it): RepairSchema runs the
// recorded version's idempotent statements again, clears the dirty flag and
// then does what ApplySchema does. Both stores implement it.
type SchemaRepairer interface {
	RepairSchema(ctx context.Context, s *schema.Schema) error
}

// NilVersion is the schema version of a store that was never set up.
const NilVersion = -1

var (
	// ErrNotFound is returned when something a call names does not exist.
	ErrNotFound = errors.New("not found")
	// ErrReadOnly is returned when a read-only query tries to write.
	ErrReadOnly = errors.New("query would write, and writes were not allowed (use --write)")
	// ErrUnavailable is returned when the store cannot be reached or opened.
	ErrUnavailable = errors.New("store unavailable")
	// ErrFileAccess is returned when a query would read or write files and
	// Options.AllowFiles was not given.
	ErrFileAccess = errors.New("query reaches the file system, which was not allowed (use --allow-files)")
	// ErrNoStore is returned when a store opened read-only does not exist.
	ErrNoStore = errors.New("no store there")
	// ErrInUse is returned when another process holds the store.
	ErrInUse = errors.New("store in use by another process")
)

// SchemaError reports a schema version that the store cannot move to, or
// (Stored below Wanted) one too old for a reader that needs the current
// schema's indexes, which bilat schema brings up to date.
type SchemaError struct {
	Stored, Wanted int
	Dirty          bool
}

func (e *SchemaError) Error() string {
	if e.Dirty {
		return fmt.Sprintf("schema version %d is dirty: a previous schema change did not finish; run bilat schema --repair", e.Stored)
	}
	if e.Stored < e.Wanted {
		return fmt.Sprintf("store has schema version %d, older than this bilat's version %d: run bilat schema to upgrade it", e.Stored, e.Wanted)
	}
	return fmt.Sprintf("store has schema version %d, this bilat knows version %d: upgrade bilat", e.Stored, e.Wanted)
}

// UnavailableError says which store could not be reached and what to try.
type UnavailableError struct {
	Location string
	Hint     string
	Err      error
}

func (e *UnavailableError) Error() string {
	msg := fmt.Sprintf("cannot reach store %s", e.Location)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// Unwrap lets errors.Is(err, ErrUnavailable) match.
func (e *UnavailableError) Unwrap() []error { return []error{ErrUnavailable, e.Err} }

// ErrNoSpace is returned when the disk under a store is full.
var ErrNoSpace = errors.New("no space left on device")

// NoSpaceError says which device ran out of space. What the store had
// committed before stays; the failed write stored nothing.
type NoSpaceError struct {
	Device string // the mount point (or directory) of the store
	Err    error  // the engine's own error, if any
}

func (e *NoSpaceError) Error() string { return "no space left on " + e.Device }

// Unwrap lets errors.Is(err, ErrNoSpace) match.
func (e *NoSpaceError) Unwrap() []error { return []error{ErrNoSpace, e.Err} }

// BulkWriter is a Store with a faster way to load large batches (a first
// load, a backfill) than Write: the engine's own loader. WriteBulk stores
// the same graph as Write would, but a batch cut short may leave some of its
// nodes and edges without its Article node; ingesting the same articles
// again completes them.
type BulkWriter interface {
	WriteBulk(ctx context.Context, b Batch) error
}
