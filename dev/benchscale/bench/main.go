// Command bench measures a store built by dev/benchscale/run.sh:
//
//	bench queries --store S [--runs 30]   p50 and p95 of every canned query, in one process
//	bench kuzu-copy --store S              the engine's own load rate: EXPORT DATABASE, then
//	                                       IMPORT DATABASE (COPY FROM) into a fresh store
//	bench neo4j-unwind --store URI         the engine's own UNWIND rate: read every node and
//	                                       edge, empty the database, CREATE them again in
//	                                       UNWIND batches of 10,000 (leaves the same graph)
//	bench copy --store KUZU URI            copy a Kuzu store into an empty Neo4j database
//	                                       (schema, then UNWIND ... CREATE batches), to
//	                                       measure queries on the same graph in both
//	bench try --store S [--runs N] FILE k=v... p50 and p95 of the Cypher in FILE with the
//	                                       parameters given (a whole number is an int)
//
// Parameters for the queries are taken from the data: the busiest country pair, the two
// people with most edges, an article.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/bilatgraph/bilat/graph"
	_ "github.com/bilatgraph/bilat/graph/all"
	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/schema"
)

func main() {
	if len(os.Args) < 4 || os.Args[2] != "--store" {
		fmt.Fprintln(os.Stderr, "usage: bench queries|kuzu-copy|neo4j-unwind --store S [--runs N]")
		os.Exit(2)
	}
	ctx := context.Background()
	loc := os.Args[3]
	var err error
	switch os.Args[1] {
	case "queries":
		runs := 30
		if len(os.Args) == 6 {
			fmt.Sscan(os.Args[5], &runs)
		}
		err = benchQueries(ctx, loc, runs)
	case "kuzu-copy":
		err = kuzuCopy(ctx, loc)
	case "neo4j-unwind":
		err = neo4jUnwind(ctx, loc)
	case "copy":
		if len(os.Args) < 5 {
			err = fmt.Errorf("copy: give the Neo4j URI after the store")
			break
		}
		err = copyStore(ctx, loc, os.Args[4])
	case "try":
		err = try(ctx, loc, os.Args[4:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func open(ctx context.Context, loc string) (graph.Store, error) {
	// The baselines EXPORT and IMPORT the database: files are allowed.
	return graph.Open(ctx, loc, graph.Options{Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), AllowFiles: true})
}

// openReader opens a store read-only, as bilat ask does; several may share
// a Kuzu store.
func openReader(ctx context.Context, loc string) (graph.Store, error) {
	return graph.Open(ctx, loc, graph.Options{Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), ReadOnly: true})
}

func first(ctx context.Context, st graph.Store, q string) []any {
	res, err := st.Query(ctx, q, nil, false)
	if err != nil || len(res.Rows) == 0 {
		return nil
	}
	return res.Rows[0]
}

func benchQueries(ctx context.Context, loc string, runs int) error {
	st, err := openReader(ctx, loc)
	if err != nil {
		return err
	}
	defer st.Close()
	kind := "kuzu"
	if strings.Contains(loc, "://") {
		kind = "neo4j"
	}
	pair := first(ctx, st, "MATCH (a)-[r]->(b) WHERE r.subject_country IS NOT NULL AND r.object_country IS NOT NULL AND r.subject_country <> r.object_country "+
		"RETURN r.subject_country AS s, r.object_country AS o, count(*) AS n ORDER BY n DESC, s, o LIMIT 1")
	people := func(skip int) any {
		row := first(ctx, st, fmt.Sprintf("MATCH (p:Person)-[r]-() WHERE r.kind <> 'MENTIONS' RETURN p.id AS id, count(*) AS n ORDER BY n DESC, id SKIP %d LIMIT 1", skip))
		if row == nil {
			return ""
		}
		return row[0]
	}
	art := first(ctx, st, "MATCH (a:Article) RETURN a.id AS id ORDER BY id LIMIT 1")
	if pair == nil || art == nil {
		return fmt.Errorf("the store holds too little to pick parameters")
	}
	values := map[string]any{"from": pair[0], "to": pair[1], "country": pair[0], "a": pair[0], "b": pair[1],
		"actor": people(0), "other": "", "id": art[0]}
	all, err := queries.All()
	if err != nil {
		return err
	}
	fmt.Printf("%-14s %9s %9s %7s\n", "query", "p50 ms", "p95 ms", "rows")
	for _, q := range all {
		params := map[string]any{}
		for _, p := range q.Params {
			params[p.Name] = p.Default
			if v, ok := values[p.Name]; ok && (!p.HasDefault || p.Type == "country" && p.Name != "to" || p.Name == "actor") {
				params[p.Name] = v
			}
			if q.Name == "path" || q.Name == "evidence" || q.Name == "neighbourhood" {
				switch p.Name {
				case "a", "actor":
					params[p.Name] = people(0)
				case "b":
					params[p.Name] = people(1)
				}
			}
		}
		if os.Getenv("BENCH_VERBOSE") != "" {
			fmt.Fprintf(os.Stderr, "%s %v\n", q.Name, params)
		}
		p50, p95, rows, err := timeQuery(ctx, st, q.For(kind, params), params, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", q.Name, err)
		}
		fmt.Printf("%-14s %9.1f %9.1f %7d\n", q.Name, p50, p95, rows)
	}
	return nil
}

func count(ctx context.Context, st graph.Store, q string) int64 {
	row := first(ctx, st, q)
	if row == nil {
		return 0
	}
	n, _ := row[0].(int64)
	return n
}

const (
	countNodes = "MATCH (n) WHERE n.label IS NOT NULL RETURN count(*) AS n"
	countEdges = "MATCH (a)-[r]->(b) RETURN count(*) AS n"
)

func kuzuCopy(ctx context.Context, loc string) error {
	dir, err := os.MkdirTemp("", "bilat-copy-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := open(ctx, loc)
	if err != nil {
		return err
	}
	edges := count(ctx, st, countEdges)
	export := filepath.Join(dir, "export")
	_, err = st.Query(ctx, fmt.Sprintf("EXPORT DATABASE '%s' (format='parquet')", export), nil, true)
	st.Close()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	fresh, err := open(ctx, filepath.Join(dir, "fresh.kuzu"))
	if err != nil {
		return err
	}
	defer fresh.Close()
	t0 := time.Now()
	if _, err := fresh.Query(ctx, fmt.Sprintf("IMPORT DATABASE '%s'", export), nil, true); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	el := time.Since(t0).Seconds()
	got := count(ctx, fresh, countEdges)
	fmt.Printf("kuzu COPY (IMPORT DATABASE): %d edges in %.2f s: %.0f edges/s\n", got, el, float64(edges)/el)
	return nil
}

func neo4jUnwind(ctx context.Context, loc string) error {
	st, err := open(ctx, loc)
	if err != nil {
		return err
	}
	defer st.Close()
	nodes, err := st.Query(ctx, "MATCH (n) WHERE n.label IS NOT NULL RETURN n.label AS label, properties(n) AS p", nil, false)
	if err != nil {
		return err
	}
	edges, err := st.Query(ctx, "MATCH (a)-[r]->(b) RETURN a.label AS fl, a.id AS f, b.label AS tl, b.id AS t, r.kind AS k, properties(r) AS p", nil, false)
	if err != nil {
		return err
	}
	// Edges first, in small transactions: deleting a node with thousands of
	// edges at once can exceed the server's transaction memory.
	for _, del := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
		"MATCH (n) WHERE n.label IS NOT NULL WITH n LIMIT 20000 DELETE n RETURN count(*) AS n",
	} {
		for {
			res, err := st.Query(ctx, del, nil, true)
			if err != nil {
				return err
			}
			if len(res.Rows) == 0 || res.Rows[0][0] == int64(0) {
				break
			}
		}
	}
	t0 := time.Now()
	byLabel := map[string][]any{}
	for _, r := range nodes.Rows {
		byLabel[r[0].(string)] = append(byLabel[r[0].(string)], r[1])
	}
	for label, rows := range byLabel {
		if err := batches(ctx, st, fmt.Sprintf("UNWIND $rows AS p CREATE (n:%s) SET n = p", label), rows); err != nil {
			return err
		}
	}
	byGroup := map[[3]string][]any{}
	for _, r := range edges.Rows {
		g := [3]string{r[4].(string), r[0].(string), r[2].(string)}
		byGroup[g] = append(byGroup[g], map[string]any{"f": r[1], "t": r[3], "p": r[5]})
	}
	for g, rows := range byGroup {
		q := fmt.Sprintf("UNWIND $rows AS row MATCH (a:%s {id: row.f}) MATCH (b:%s {id: row.t}) CREATE (a)-[r:%s]->(b) SET r = row.p", g[1], g[2], g[0])
		if err := batches(ctx, st, q, rows); err != nil {
			return err
		}
	}
	el := time.Since(t0).Seconds()
	fmt.Printf("neo4j UNWIND CREATE: %d nodes, %d edges in %.2f s: %.0f edges/s\n", len(nodes.Rows), len(edges.Rows), el, float64(len(edges.Rows))/el)
	return nil
}

func batches(ctx context.Context, st graph.Store, q string, rows []any) error {
	for len(rows) > 0 {
		n := min(len(rows), 10000)
		if _, err := st.Query(ctx, q, map[string]any{"rows": rows[:n]}, true); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// try times one Cypher file with the parameters given as k=v.
func try(ctx context.Context, loc string, args []string) error {
	runs := 20
	if len(args) >= 2 && args[0] == "--runs" {
		fmt.Sscan(args[1], &runs)
		args = args[2:]
	}
	if len(args) == 0 {
		return fmt.Errorf("try: no file")
	}
	text, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	params := map[string]any{}
	for _, kv := range args[1:] {
		k, v, _ := strings.Cut(kv, "=")
		var n int64
		if _, err := fmt.Sscan(v, &n); err == nil && fmt.Sprint(n) == v {
			params[k] = n
		} else {
			params[k] = v
		}
	}
	st, err := openReader(ctx, loc)
	if err != nil {
		return err
	}
	defer st.Close()
	p50, p95, rows, err := timeQuery(ctx, st, string(text), params, runs)
	if err != nil {
		return err
	}
	fmt.Printf("%-14s %9.1f %9.1f %7d\n", filepath.Base(args[0]), p50, p95, rows)
	return nil
}

// timeQuery runs q runs+2 times and returns the p50 and p95 in ms of the
// last runs (two warm-up runs) and the number of rows.
func timeQuery(ctx context.Context, st graph.Store, text string, params map[string]any, runs int) (p50, p95 float64, rows int, err error) {
	var times []time.Duration
	for i := 0; i < runs+2; i++ {
		t0 := time.Now()
		res, err := st.Query(ctx, text, params, false)
		if err != nil {
			return 0, 0, 0, err
		}
		if i >= 2 { // two warm-up runs
			times = append(times, time.Since(t0))
		}
		rows = len(res.Rows)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	pct := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds()) / 1000
	}
	return pct(0.5), pct(0.95), rows, nil
}

// copyStore copies every node and edge of a Kuzu store into the Neo4j
// database at uri, which should be empty: the schema first, then UNWIND ...
// CREATE batches of 10,000 rows.
func copyStore(ctx context.Context, from, uri string) error {
	src, err := graph.Open(ctx, from, graph.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := open(ctx, uri)
	if err != nil {
		return err
	}
	defer dst.Close()
	if err := dst.ApplySchema(ctx, schema.Current()); err != nil {
		return err
	}
	t0 := time.Now()
	nodes, err := src.Query(ctx, "MATCH (n) WHERE n.label IS NOT NULL RETURN n.label AS label, n AS n", nil, false)
	if err != nil {
		return err
	}
	byLabel := map[string][]any{}
	for _, r := range nodes.Rows {
		m := r[1].(map[string]any)
		delete(m, "_label")
		byLabel[r[0].(string)] = append(byLabel[r[0].(string)], m)
	}
	for label, rows := range byLabel {
		if err := batches(ctx, dst, fmt.Sprintf("UNWIND $rows AS p CREATE (n:%s) SET n = p", label), rows); err != nil {
			return err
		}
	}
	edges, err := src.Query(ctx, "MATCH (a)-[r]->(b) RETURN a.label AS fl, a.id AS f, b.label AS tl, b.id AS t, r.kind AS k, r AS p", nil, false)
	if err != nil {
		return err
	}
	byGroup := map[[3]string][]any{}
	for _, r := range edges.Rows {
		m := r[5].(map[string]any)
		delete(m, "_label")
		g := [3]string{r[4].(string), r[0].(string), r[2].(string)}
		byGroup[g] = append(byGroup[g], map[string]any{"f": r[1], "t": r[3], "p": m})
	}
	for g, rows := range byGroup {
		q := fmt.Sprintf("UNWIND $rows AS row MATCH (a:%s {id: row.f}) MATCH (b:%s {id: row.t}) CREATE (a)-[r:%s]->(b) SET r = row.p", g[1], g[2], g[0])
		if err := batches(ctx, dst, q, rows); err != nil {
			return err
		}
	}
	fmt.Printf("copied %d nodes and %d edges in %.1f s\n", len(nodes.Rows), len(edges.Rows), time.Since(t0).Seconds())
	return nil
}
