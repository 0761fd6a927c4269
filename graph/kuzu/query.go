package kuzu

import (
	"context"
	"fmt"
	"strings"

	kz "github.com/kuzudb/go-kuzu"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
)

// Query runs one Cypher statement; see graph.Store. Unless write is true, a
// statement naming a write clause (CREATE, MERGE, SET, DELETE, REMOVE, DROP,
// ALTER, COPY, LOAD, INSTALL, ATTACH ...) outside string literals fails with
// graph.ErrReadOnly before it runs, and the rest run inside a Kuzu READ ONLY
// transaction, which refuses any write that slipped through.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, write bool) (*graph.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !write {
		if w := storeutil.WriteClause(cypher); w != "" {
			return nil, fmt.Errorf("%w (the query uses %s)", graph.ErrReadOnly, w)
		}
		if err := s.begin(ctx, true); err != nil {
			return nil, err
		}
	}
	cols, rows, err := s.run(ctx, cypher, params)
	if err != nil {
		if write {
			// A failed statement may have changed rows before Kuzu rolled
			// it back; see rollbackWrite.
			_ = s.exec(context.Background(), "CHECKPOINT", nil)
		}
		if !write {
			s.rollback()
			if strings.Contains(err.Error(), "read-only transaction") {
				return nil, fmt.Errorf("%w: %v", graph.ErrReadOnly, err)
			}
		}
		return nil, err
	}
	if !write {
		if err := s.commit(); err != nil {
			return nil, err
		}
	}
	return &graph.Result{Columns: cols, Rows: rows}, nil
}

// normalize turns a go-kuzu value into the plain types of graph.Result:
// nodes and relationships become property maps with "_label", paths a map
// of "nodes" and "relationships", Kuzu MAPs a map keyed by the keys' text.
func normalize(v any) any {
	switch x := v.(type) {
	case kz.Node:
		return storeutil.NodeMap(x.Label, x.Properties)
	case kz.Relationship:
		return storeutil.NodeMap(x.Label, x.Properties)
	case kz.RecursiveRelationship:
		return storeutil.PathMap(x.Nodes, x.Relationships, normalize)
	case kz.InternalID:
		return fmt.Sprintf("%d:%d", x.TableID, x.Offset)
	case []kz.MapItem:
		out := make(map[string]any, len(x))
		for _, it := range x {
			out[fmt.Sprint(normalize(it.Key))] = normalize(it.Value)
		}
		return out
	}
	return storeutil.Walk(v, normalize)
}
