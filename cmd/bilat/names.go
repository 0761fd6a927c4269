package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/xrash/smetrics"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/queries/aliases"
)

// nameIndex resolves what users type (US, U.S., the United States, Xi,
// Britain, NATO) to the ids of nodes in the store: the gazetteer's alias
// table (queries/aliases, looked up there without loading the gazetteer)
// plus the names of the store's own nodes, keyed by a loose spelling (case,
// dots, diacritics and a leading "the" ignored), each pointing at a node.
type nameIndex struct {
	nodes  map[string]node   // id -> node in the store
	byName map[string]string // label + "\x00" + canonical name (folded) -> id
	own    []alias           // the store's nodes' own names and family names
	byKey  map[string][]int  // loose key -> own aliases
}

type node struct{ id, name, label, country string }

// alias is one way of writing a node's name.
type alias = aliases.Alias

// nameLabels are the labels whose nodes a name can stand for.
var nameLabels = []string{"Country", "Person", "Organization"}

// nameQuery reads the ids and names of one label's nodes; people's with the
// country they represent.
func nameQuery(label string) string {
	// The label comes from nameLabels, never from user input.
	q := "MATCH (n:" + label + ") RETURN n.id AS id, n.name AS name"
	if label == "Person" {
		q += ", n.country AS country"
	}
	return q
}

func loadNames(ctx context.Context, st graph.Store) (*nameIndex, error) {
	ix := &nameIndex{nodes: map[string]node{}, byName: map[string]string{}, byKey: map[string][]int{}}
	for _, label := range nameLabels {
		res, err := st.Query(ctx, nameQuery(label), nil, false)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			n := node{id: fmt.Sprint(r[0]), name: fmt.Sprint(r[1]), label: label}
			if len(r) > 2 && r[2] != nil {
				n.country = fmt.Sprint(r[2])
			}
			ix.nodes[n.id] = n
			ix.byName[label+"\x00"+aliases.Key(n.name)] = n.id
		}
	}
	// Nodes the gazetteer does not know (people and bodies read from text).
	var b aliases.Builder
	for _, n := range ix.nodes {
		b.Add(n.name, n.name, n.label, false)
		if n.label == "Person" {
			b.Add(gazetteer.FamilyName(n.name, n.country), n.name, "Person", true)
		}
	}
	ix.own = b.Aliases()
	for i, a := range ix.own {
		ix.byKey[a.Key] = append(ix.byKey[a.Key], i)
	}
	return ix, nil
}

// lookup returns the aliases with a loose key: the gazetteer's, then the
// store's own that the gazetteer lacks.
func (ix *nameIndex) lookup(k string) []alias {
	out := aliases.Lookup(k)
	for _, i := range ix.byKey[k] {
		if !slices.Contains(out, ix.own[i]) {
			out = append(out, ix.own[i])
		}
	}
	return out
}

// id returns the store's node for a canonical name and label.
func (ix *nameIndex) id(ref, label string) (node, bool) {
	id, ok := ix.byName[label+"\x00"+aliases.Key(ref)]
	if !ok {
		return node{}, false
	}
	return ix.nodes[id], true
}

// resolve finds the node a name stands for; typ is country or actor.
func (ix *nameIndex) resolve(v, typ string) (string, error) {
	return ix.resolveFlag(v, typ, typ)
}

// candidates are the aliases a name may stand for: those written in full,
// else the surnames ("Putin" only when no name is written so).
func candidates(as []alias) []alias {
	var full, surnames []alias
	for _, a := range as {
		if a.Surname {
			surnames = append(surnames, a)
		} else {
			full = append(full, a)
		}
	}
	if len(full) == 0 {
		return surnames
	}
	return full
}

// resolveFlag finds the node a name stands for. typ is the parameter's type
// (country or actor) and flag its name, for the messages: a person given
// where a country is wanted gets the country the person represents; an
// unknown name gets the closest names by edit distance.
func (ix *nameIndex) resolveFlag(v, typ, flag string) (string, error) {
	if _, ok := ix.nodes[v]; ok {
		return v, nil // already an id: country:china
	}
	cands := candidates(ix.lookup(aliases.Key(v)))
	var found []node
	seen := map[string]bool{}
	var known alias // a name bilat knows that the store lacks
	for _, a := range cands {
		n, ok := ix.id(a.Ref, a.Label)
		if !ok {
			known = a
			continue
		}
		if !seen[n.id] {
			seen[n.id] = true
			found = append(found, n)
		}
	}
	if typ == "country" {
		var countries, others []node
		for _, n := range found {
			if n.label == "Country" {
				countries = append(countries, n)
			} else {
				others = append(others, n)
			}
		}
		if len(countries) == 0 && len(others) > 0 {
			n := others[0]
			if n.label == "Person" && n.country != "" {
				if _, isCountry := ix.id(n.country, "Country"); isCountry {
					return "", fmt.Errorf("%s represents %s; did you mean --%s %s?", n.name, n.country, flag, quoteArg(n.country))
				}
				return "", fmt.Errorf("%s represents %s, not a country", n.name, n.country)
			}
			return "", fmt.Errorf("%s is %s, not a country", n.name, withArticle(strings.ToLower(n.label)))
		}
		found = countries
	}
	sort.Slice(found, func(i, j int) bool { return found[i].id < found[j].id })
	switch {
	case len(found) == 1:
		return found[0].id, nil
	case len(found) > 1:
		var names []string
		for _, n := range found {
			names = append(names, n.name+" ("+strings.ToLower(n.label)+")")
		}
		return "", fmt.Errorf("%q is ambiguous: %s; give the full name", v, strings.Join(names, ", "))
	case known.Ref != "" && typ == "country" && known.Label != "Country":
		return "", fmt.Errorf("%s is %s, not a country", known.Ref, withArticle(strings.ToLower(known.Label)))
	case known.Ref != "":
		return "", fmt.Errorf("%s is %s bilat knows, but the store has nothing about it yet", known.Ref, withArticle(strings.ToLower(known.Label)))
	}
	what := "country"
	if typ == "actor" {
		what = "country, person or organization"
	}
	msg := fmt.Sprintf("no %s named %q in the store", what, v)
	if close := ix.closest(v, typ, 3); len(close) > 0 {
		msg += "; did you mean " + strings.Join(close, ", ") + "?"
	}
	return "", fmt.Errorf("%s", msg)
}

// closest returns up to n canonical names of nodes in the store whose names
// or aliases are nearest to v by Levenshtein distance (at most 1 edit for
// short names, 2 up to 8 letters, 3 beyond, and fewer than half the alias's
// letters), only those at the smallest distance found, ties ranked by
// Jaro-Winkler similarity, which favours a shared beginning.
func (ix *nameIndex) closest(v, typ string, n int) []string {
	k := aliases.Key(v)
	limit := 3
	switch {
	case len(k) <= 4:
		limit = 1
	case len(k) <= 8:
		limit = 2
	}
	type scored struct {
		name string
		d    int
		jw   float64
	}
	best := map[string]scored{}
	// The whole table is read: this runs only for a name not found.
	consider := func(a alias) bool {
		if typ == "country" && a.Label != "Country" {
			return true
		}
		nd, ok := ix.id(a.Ref, a.Label)
		if !ok {
			return true // suggest only what the store can answer about
		}
		d := smetrics.WagnerFischer(k, a.Key, 1, 1, 1)
		if d > limit || d >= len(k) || 2*d > len(a.Key) {
			return true
		}
		s := scored{nd.name, d, smetrics.JaroWinkler(k, a.Key, 0.7, 4)}
		if b, ok := best[nd.name]; !ok || s.d < b.d || (s.d == b.d && s.jw > b.jw) {
			best[nd.name] = s
		}
		return true
	}
	aliases.All(consider)
	for _, a := range ix.own {
		consider(a)
	}
	all := make([]scored, 0, len(best))
	for _, s := range best {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		if all[i].jw != all[j].jw {
			return all[i].jw > all[j].jw
		}
		return all[i].name < all[j].name
	})
	var out []string
	for i := 0; i < len(all) && i < n && all[i].d == all[0].d; i++ {
		out = append(out, all[i].name)
	}
	return out
}

// quoteArg quotes a value for a command line when it has a space.
func quoteArg(s string) string {
	if strings.ContainsAny(s, " '") {
		return `"` + s + `"`
	}
	return s
}

func withArticle(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
