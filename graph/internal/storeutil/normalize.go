package storeutil

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"
)

// LabelKey is the map key under which a normalised node or relationship
// carries its label or type.
const LabelKey = "_label"

// Normalize converts a result value that a driver returned into the plain
// types graph.Result promises: nil, bool, int64, float64, string, []any and
// map[string]any. Other integer and float types widen; a *big.Int becomes an
// int64 when it fits and a decimal string otherwise; a time.Time at
// midnight UTC (a date) becomes "YYYY-MM-DD" and any other time an RFC 3339
// string; a time.Duration becomes its string. Drivers convert their own node,
// relationship and path types first (see NodeMap) and then call Normalize.
func Normalize(v any) any {
	switch x := v.(type) {
	case nil, bool, string, int64, float64:
		return x
	case int:
		return int64(x)
	case int8:
		return int64(x)
	case int16:
		return int64(x)
	case int32:
		return int64(x)
	case uint8:
		return int64(x)
	case uint16:
		return int64(x)
	case uint32:
		return int64(x)
	case uint64:
		return int64(x)
	case uint:
		return int64(x)
	case float32:
		return float64(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		return x.String()
	case time.Time:
		return TimeString(x)
	case time.Duration:
		return x.String()
	case []byte:
		return string(x)
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = Normalize(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = Normalize(e)
		}
		return out
	}
	return fmt.Sprint(v)
}

// PathMap is how a path is returned: its nodes and relationships, each
// normalised by elem.
func PathMap[N, R any](nodes []N, rels []R, elem func(any) any) map[string]any {
	ns := make([]any, len(nodes))
	for i, n := range nodes {
		ns[i] = elem(n)
	}
	rs := make([]any, len(rels))
	for i, r := range rels {
		rs[i] = elem(r)
	}
	return map[string]any{"nodes": ns, "relationships": rs}
}

// Walk normalises v for a driver that has value types of its own: lists and
// maps are walked here, each element through elem (the driver's own
// normaliser, which handles its types and calls Walk for the rest), and
// everything else goes to Normalize.
func Walk(v any, elem func(any) any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = elem(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = elem(e)
		}
		return out
	}
	return Normalize(v)
}

// TimeString formats t as a date when it is midnight UTC, else as RFC 3339.
func TimeString(t time.Time) string {
	if t.Location() == time.UTC && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// NodeMap returns a node's or relationship's properties as a normalised map
// with its label under LabelKey. Null properties are left out (Kuzu reports
// every column of the table, Neo4j only the ones set), and so are Kuzu's
// internal ones whose names start with an underscore.
func NodeMap(label string, props map[string]any) map[string]any {
	out := make(map[string]any, len(props)+1)
	for k, v := range props {
		if v == nil || strings.HasPrefix(k, "_") {
			continue
		}
		out[k] = Normalize(v)
	}
	out[LabelKey] = label
	return out
}

// SortedKeys returns the keys of m in order, for stable messages.
func SortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// OneLine collapses any line breaks and runs of spaces in s, so an error
// from a driver prints as one line.
func OneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// lineError is an error whose message is OneLine of another's.
type lineError struct{ err error }

func (e lineError) Error() string { return OneLine(e.err.Error()) }
func (e lineError) Unwrap() error { return e.err }

// OneLineError wraps err so that its message is a single line, keeping it
// reachable through errors.Is and errors.As. It returns nil for nil.
func OneLineError(err error) error {
	if err == nil {
		return nil
	}
	return lineError{err}
}
