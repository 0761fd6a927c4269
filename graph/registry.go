package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Options are what a backend may need besides the location.
type Options struct {
	Username, Password string // Neo4j credentials; empty means no auth
	Database           string // Neo4j database name; empty means the default
	// ReadOnly opens the store for reading only: Kuzu opens the database
	// read-only (the engine refuses every write; several readers may share
	// it; a missing database is not created), Neo4j refuses Query with
	// write set. Read commands open stores this way.
	ReadOnly bool
	// AllowFiles lets Query reach the file system (Kuzu LOAD FROM, COPY,
	// EXPORT/IMPORT DATABASE, ATTACH, INSTALL; Neo4j LOAD CSV, apoc.load.*,
	// apoc.export.* ...); without it such a query fails with ErrFileAccess.
	AllowFiles bool
	// Expect lists statements the caller is about to run, so that the
	// backend can get ready for them while it opens: a read-only Kuzu
	// store parses them meanwhile, on another core (see graph/kuzu). A
	// hint only: statements are never run from here, and Neo4j ignores it.
	Expect []string
}

// Opener opens a store at a location.
type Opener func(ctx context.Context, location string, opts Options) (Store, error)

var (
	mu       sync.Mutex
	backends = map[string]Opener{} // by URI scheme; "" is the embedded default
)

// Register makes a backend available to Open for the given URI schemes; the
// empty scheme stands for plain paths. It panics if a scheme is taken twice or
// open is nil, as database/sql.Register does.
func Register(open Opener, schemes ...string) {
	mu.Lock()
	defer mu.Unlock()
	if open == nil {
		panic("graph: Register with nil opener")
	}
	for _, s := range schemes {
		if _, dup := backends[s]; dup {
			panic("graph: Register called twice for scheme " + s)
		}
		backends[s] = open
	}
}

// Open opens the store at location: a URI such as neo4j://host:7687 or
// bolt://host:7687 picks the backend registered for its scheme; anything else
// is a path for the embedded store. Import graph/all to register every backend.
func Open(ctx context.Context, location string, opts Options) (Store, error) {
	scheme := Scheme(location)
	mu.Lock()
	open, ok := backends[scheme]
	mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("no store for %q (known: %s)", location, strings.Join(schemes(), ", "))
	}
	return open(ctx, location, opts)
}

// Scheme returns the URI scheme of location, or "" for a plain path.
func Scheme(location string) string {
	if i := strings.Index(location, "://"); i > 0 {
		return strings.ToLower(location[:i])
	}
	return ""
}

func schemes() []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for s := range backends {
		if s == "" {
			s = "<path>"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
