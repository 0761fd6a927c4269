package queries_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/schema"
)

// testdata/reference holds the plain statement of some questions: the text
// they had before they were tuned for a large graph (edge kinds named so that
// the stores skip the articles' MENTIONS edges). A tuned query must answer
// exactly as its reference does.
//
// path has a reference on Neo4j only: Kuzu 0.11.3 answers its plain statement
// wrongly (the steps' filter is not applied when only the length is returned,
// and a path found is dropped when its nodes are returned and the steps may
// be any kind), so TestPathSameOnBothStoresForEveryPair compares Kuzu's path
// with Neo4j's instead.

// reference returns the reference text of a query for a store kind, or "".
func reference(t *testing.T, name, store string) string {
	t.Helper()
	for _, f := range []string{name + "." + store + ".cypher", name + ".cypher"} {
		b, err := os.ReadFile(filepath.Join("testdata", "reference", f))
		if err == nil {
			return string(b)
		}
	}
	return ""
}

// referenceParams are several parameter sets per query over examples/: every
// country pair, every article, every actor (meetings, alone and with
// Russia), every actor pair for path and evidence.
func referenceParams(t *testing.T, st graph.Store, name string) []map[string]any {
	ids := func(q string) []string {
		res, err := st.Query(context.Background(), q, nil, false)
		require.NoError(t, err)
		var out []string
		for _, r := range res.Rows {
			out = append(out, fmt.Sprint(r[0]))
		}
		sort.Strings(out)
		return out
	}
	countries := ids("MATCH (c:Country) RETURN c.id AS id")
	actors := append(append(countries, ids("MATCH (p:Person) RETURN p.id AS id")...), ids("MATCH (o:Organization) RETURN o.id AS id")...)
	pairs := func(xs []string, limit int) [][2]string {
		var out [][2]string
		for i, a := range xs {
			for _, b := range xs[i+1:] {
				out = append(out, [2]string{a, b}, [2]string{b, a})
			}
		}
		if len(out) > limit {
			out = out[:limit]
		}
		return out
	}
	all := "0000-01-01"
	var out []map[string]any
	switch name {
	case "timeline", "summary":
		for _, p := range pairs(countries, 400) {
			out = append(out, map[string]any{"a": p[0], "b": p[1], "since": all, "until": "9999-12-31"})
		}
		out = append(out, map[string]any{"a": "country:china", "b": "country:russia", "since": "2025-05-01", "until": "2025-09-30"})
	case "meetings":
		for _, a := range actors {
			out = append(out, map[string]any{"actor": a, "other": "", "since": all, "until": "9999-12-31"},
				map[string]any{"actor": a, "other": "country:russia", "since": all, "until": "9999-12-31"})
		}
		for _, p := range pairs(actors, 200) {
			out = append(out, map[string]any{"actor": p[0], "other": p[1], "since": all, "until": "9999-12-31"})
		}
		out = append(out, map[string]any{"actor": "country:russia", "other": "", "since": "2025-05-01", "until": "2025-09-30"})
	case "partners":
		for _, c := range countries {
			out = append(out, map[string]any{"country": c, "limit": int64(10)})
		}
	case "sanctions":
		for _, c := range countries {
			out = append(out, map[string]any{"from": c, "to": "", "since": all, "until": "9999-12-31"})
		}
		for _, p := range pairs(countries, 100) {
			out = append(out, map[string]any{"from": p[0], "to": p[1], "since": all, "until": "9999-12-31"})
		}
	case "article":
		for _, id := range ids("MATCH (a:Article) RETURN a.id AS id") {
			out = append(out, map[string]any{"id": id})
		}
	case "evidence":
		for _, p := range pairs(actors, 300) {
			out = append(out, map[string]any{"a": p[0], "b": p[1], "kind": ""})
		}
		out = append(out, map[string]any{"a": "country:china", "b": "person:vladimir-putin", "kind": "REPRESENTS"})
	case "neighbourhood":
		for _, a := range actors {
			out = append(out, map[string]any{"actor": a})
		}
	case "path":
		for _, p := range pairs(actors, 150) {
			out = append(out, map[string]any{"a": p[0], "b": p[1]})
		}
	default:
		out = append(out, params[name])
	}
	for _, p := range out {
		for k, v := range params[name] {
			if _, ok := p[k]; !ok {
				p[k] = v
			}
		}
	}
	return out
}

// TestTunedQueriesAnswerAsReference runs each tuned query and its reference
// on both stores over examples/, with many parameter sets, and compares.
func TestTunedQueriesAnswerAsReference(t *testing.T) {
	all, err := queries.All()
	require.NoError(t, err)
	onBothStores(t, func(t *testing.T, st graph.Store) {
		store := kind(st)
		compared := 0
		for _, q := range all {
			ref := reference(t, q.Name, store)
			if ref == "" {
				continue
			}
			nonEmpty := 0
			for _, p := range referenceParams(t, st, q.Name) {
				want, err := st.Query(context.Background(), ref, p, false)
				require.NoError(t, err, "reference %s", q.Name)
				got, err := st.Query(context.Background(), q.For(store, p), p, false)
				require.NoError(t, err, "%s", q.Name)
				require.Equal(t, canonical(t, q, want), canonical(t, q, got), "%s %v on %s", q.Name, p, store)
				if len(want.Rows) > 0 {
					nonEmpty++
				}
			}
			assert.Positive(t, nonEmpty, "%s: no parameter set answered anything", q.Name)
			compared++
		}
		assert.GreaterOrEqual(t, compared, 7)
	})
}

var (
	kindList = regexp.MustCompile(`\[[a-z]*:([A-Z_|]+)[\]* ]`)
	oneKind  = regexp.MustCompile(`\[r:([A-Z_]+)\]`)
)

// TestKindListsMatchSchema: a query that names edge kinds names all the
// schema's event kinds, all kinds but MENTIONS, the conflictual ones, or a
// single kind, so that a kind added to schema.json is not silently left out.
func TestKindListsMatchSchema(t *testing.T) {
	sc := schema.Current()
	var events, conflictual, notMentions, betweenActors []string
	isActor := func(labels []string) bool {
		for _, l := range labels {
			if l == "Country" || l == "Person" || l == "Organization" {
				return true
			}
		}
		return false
	}
	for _, e := range sc.Edges {
		if isActor(e.From) && isActor(e.To) {
			betweenActors = append(betweenActors, e.Kind) // path's steps
		}
		if e.Event {
			events = append(events, e.Kind)
			if e.Tone == "conflictual" {
				conflictual = append(conflictual, e.Kind)
			}
		}
		if e.Kind != "MENTIONS" {
			notMentions = append(notMentions, e.Kind)
		}
	}
	key := func(ks []string) string {
		ks = append([]string(nil), ks...)
		sort.Strings(ks)
		return strings.Join(ks, "|")
	}
	allowed := map[string]bool{key(events): true, key(conflictual): true, key(notMentions): true, key(betweenActors): true}
	all, err := queries.All()
	require.NoError(t, err)
	lists := 0
	for _, q := range all {
		texts := []string{q.Text}
		for _, v := range q.Variants {
			texts = append(texts, v)
		}
		for _, alts := range q.Alternatives {
			for _, a := range alts {
				texts = append(texts, a.Text)
			}
		}
		for _, text := range texts {
			if strings.Contains(text, "UNION ALL") { // a branch per kind, or several (partners: one per country)
				var ks []string
				for _, m := range oneKind.FindAllStringSubmatch(text, -1) {
					if !slices.Contains(ks, m[1]) {
						ks = append(ks, m[1])
					}
				}
				lists++
				assert.True(t, allowed[key(ks)], "%s has branches for the kinds %v: one for every event kind, or for every conflictual one", q.Name, ks)
			}
			for _, m := range kindList.FindAllStringSubmatch(text, -1) {
				ks := strings.Split(m[1], "|")
				if len(ks) == 1 {
					continue
				}
				lists++
				assert.True(t, allowed[key(ks)], "%s names the kinds %s: list every event kind, every kind but MENTIONS, every kind that can join two actors, or the conflictual ones", q.Name, m[1])
			}
		}
	}
	assert.Positive(t, lists)
}
