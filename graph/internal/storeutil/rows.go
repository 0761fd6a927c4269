package storeutil

import "strings"

// RowGroup is rows for one UNWIND statement: every row has the fields of
// the group's key (id, from, to, key ...) and exactly the properties Props,
// so a store that types its lists (Kuzu: a LIST of STRUCTs) gets one type
// and no property is ever set to an empty value.
type RowGroup struct {
	Name  string   // a label, or whatever the caller groups by
	Props []string // property names, sorted
	Rows  []any    // map[string]any rows
}

// RowGroups collects rows by name and set of property names, in the order
// groups were first seen. The zero value is ready to use.
type RowGroups struct {
	at   map[string]int
	list []*RowGroup
}

// Add adds a row made of key's fields and props (which must not be empty
// values; Prepare drops those) to the group of name and props' names.
func (gs *RowGroups) Add(name string, props map[string]any, key map[string]any) {
	names := SortedKeys(props)
	id := name + "\x00" + strings.Join(names, "\x00")
	if gs.at == nil {
		gs.at = map[string]int{}
	}
	i, ok := gs.at[id]
	if !ok {
		i = len(gs.list)
		gs.at[id] = i
		gs.list = append(gs.list, &RowGroup{Name: name, Props: names})
	}
	row := make(map[string]any, len(key)+len(props))
	for k, v := range props {
		row[k] = v
	}
	for k, v := range key {
		row[k] = v
	}
	gs.list[i].Rows = append(gs.list[i].Rows, row)
}

// List returns the groups in the order they were first seen.
func (gs *RowGroups) List() []*RowGroup { return gs.list }

// HasNode says whether the plan writes the node (label, id).
func (p *Plan) HasNode(label, id string) bool {
	if p.nodeSet == nil {
		p.nodeSet = make(map[[2]string]bool, len(p.Nodes))
		for _, n := range p.Nodes {
			p.nodeSet[[2]string{n.Label, n.ID}] = true
		}
	}
	return p.nodeSet[[2]string{label, id}]
}

// Chunks calls fn with rows in slices of at most n, so that a very large
// batch does not build one huge UNWIND parameter.
func Chunks(rows []any, n int, fn func([]any) error) error {
	for len(rows) > 0 {
		k := min(len(rows), n)
		if err := fn(rows[:k]); err != nil {
			return err
		}
		rows = rows[k:]
	}
	return nil
}
