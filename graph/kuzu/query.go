package kuzu

import (
	"context"
	"errors"
	"fmt"
	"strings"

	kz "github.com/kuzudb/go-kuzu"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
)

// Query runs one Cypher statement; see graph.Store. The statement is
// prepared, so Kuzu itself refuses a second one, and storeutil.CheckQuery
// refuses it earlier with a clearer message, as it does file access unless
// the store was opened with AllowFiles. Unless write is true the statement
// runs inside a Kuzu READ ONLY transaction, and a store opened ReadOnly
// refuses every write in the engine; a write clause spotted beforehand
// (CREATE, MERGE, SET, DELETE ...) only makes the message clearer.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, write bool) (*graph.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := storeutil.CheckQuery(cypher, s.allowFiles); err != nil {
		return nil, err
	}
	if write && s.readOnly {
		return nil, errors.New("the store was opened read-only")
	}
	if !write {
		if w := storeutil.WriteClause(cypher); w != "" {
			return nil, fmt.Errorf("%w (the query uses %s)", graph.ErrReadOnly, w)
		}
		if err := s.begin(ctx, true); err != nil {
			return nil, err
		}
	}
	cols, rows, err := s.runStatement(ctx, cypher, params, true)
	if err != nil {
		if write {
			// A failed statement may have changed rows before Kuzu rolled
			// it back; see rollbackWrite.
			_ = s.exec(context.Background(), "CHECKPOINT", nil)
		}
		if !write {
			s.rollback()
			if readOnlyRefusal(err) {
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

// readOnlyRefusal reports whether err is Kuzu refusing a write in a READ
// ONLY transaction or a read-only database.
func readOnlyRefusal(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "read-only transaction") || strings.Contains(msg, "read-only database")
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
