package neo4j

import (
	"context"
	"errors"
	"fmt"
	"time"

	neo "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
)

// accessModeCode is the server's error code for a write in a read session.
const accessModeCode = "Neo.ClientError.Statement.AccessMode"

// Query runs one Cypher statement in a managed transaction; see
// graph.Store. Unless write is true it runs in a read-mode session, where
// the server refuses any write; that refusal comes back as graph.ErrReadOnly.
// storeutil.CheckQuery refuses more than one statement, and file access
// (LOAD CSV, apoc.load.*, apoc.export.* ...) unless the store was opened
// with AllowFiles; the server should confine what it reads to its import
// directory besides (see docker-compose.yml).
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any, write bool) (*graph.Result, error) {
	if err := storeutil.CheckQuery(cypher, s.allowFiles); err != nil {
		return nil, err
	}
	if write && s.readOnly {
		return nil, errors.New("the store was opened read-only")
	}
	mode := neo.AccessModeRead
	if write {
		mode = neo.AccessModeWrite
	}
	sess := s.session(ctx, mode)
	defer sess.Close(ctx)
	work := func(tx neo.ManagedTransaction) (*graph.Result, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		out := &graph.Result{Columns: keys}
		for _, rec := range recs {
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = normalize(v)
			}
			out.Rows = append(out.Rows, row)
		}
		return out, nil
	}
	var res *graph.Result
	var err error
	if write {
		res, err = neo.ExecuteWrite(ctx, sess, work)
	} else {
		res, err = neo.ExecuteRead(ctx, sess, work)
	}
	if err != nil {
		var ne *neo.Neo4jError
		if errors.As(err, &ne) && ne.Code == accessModeCode {
			return nil, fmt.Errorf("%w: %s", graph.ErrReadOnly, storeutil.OneLine(ne.Msg))
		}
		return nil, s.wrap("query", err)
	}
	return res, nil
}

// normalize turns a driver value into the plain types of graph.Result:
// nodes and relationships become property maps with "_label" (a node's
// first label, a relationship's type), paths a map of "nodes" and
// "relationships", dates "YYYY-MM-DD" and other temporal values ISO 8601.
func normalize(v any) any {
	switch x := v.(type) {
	case dbtype.Node:
		label := ""
		if len(x.Labels) > 0 {
			label = x.Labels[0]
		}
		return storeutil.NodeMap(label, x.Props)
	case dbtype.Relationship:
		return storeutil.NodeMap(x.Type, x.Props)
	case dbtype.Path:
		return storeutil.PathMap(x.Nodes, x.Relationships, normalize)
	case dbtype.Date:
		return time.Time(x).Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return time.Time(x).Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return time.Time(x).Format("15:04:05.999999999")
	case dbtype.Time:
		return time.Time(x).Format("15:04:05.999999999Z07:00")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	}
	return storeutil.Walk(v, normalize)
}
