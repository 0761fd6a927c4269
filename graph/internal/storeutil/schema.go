package storeutil

import "github.com/bilatgraph/bilat/graph"

// SchemaStep decides what ApplySchema does with the version a store holds:
// nothing when it is the wanted one (upToDate), a *graph.SchemaError when
// it is dirty or newer, and otherwise an upgrade (false, nil).
func SchemaStep(stored int, dirty bool, wanted int) (upToDate bool, err error) {
	switch {
	case dirty || stored > wanted:
		return false, &graph.SchemaError{Stored: stored, Wanted: wanted, Dirty: dirty}
	case stored == wanted:
		return true, nil
	}
	return false, nil
}
