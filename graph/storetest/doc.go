// Package storetest is the shared contract suite for graph.Store backends,
// in the style of restic's backend test suite: a backend's test builds a
// Suite whose Open returns a fresh, empty store and calls Run. It also holds
// SampleBatch, a small China–Russia batch other packages' tests may reuse,
// and Differential, which checks that two stores answer the same read
// queries with the same rows.
//
// The suite's Cypher runs unchanged on Kuzu and Neo4j. Canned queries
// should follow the same rules (see the notes below, found while writing
// the stores).
//
// # Writing Cypher that runs on both stores
//
// Found while writing the stores (Kuzu 0.11.3, Neo4j 5.26); the
// differential test in graph/all checks the queries in DefaultQueries.
//
// Works alike on both: MATCH with labels, unlabeled nodes and edges,
// alternative kinds [r:MET_WITH|PLEDGED], undirected -[r]-, variable length
// -[*1..2]-, OPTIONAL MATCH, WHERE ... IS [NOT] NULL, IN $list, $p IS NULL
// (a nil parameter), STARTS WITH, CONTAINS, =~, string comparison (dates are
// YYYY-MM-DD strings so that r.date >= $from works), + on strings, CASE,
// coalesce, count(*), count(DISTINCT x), sum, avg, min, max, collect, size()
// of lists and strings, x IN list, any/all/none/single(x IN l WHERE ...),
// range, left, right, trim, ltrim, rtrim, reverse, lower/toLower, abs, ceil,
// floor, sqrt, round(x, digits), date('...'), map literals {k: v}, EXISTS {
// MATCH ... }, WITH ... WHERE on aggregates, UNWIND, DISTINCT, ORDER BY,
// SKIP $n and LIMIT $n. Nulls sort last ascending and first descending on
// both. Parameters a statement does not use are ignored on both.
//
// Differs, so avoid in shared queries:
//   - Labels and kinds: filter on n.label and r.kind (or put the label in
//     the pattern). labels(n) is a list on Neo4j but a string on Kuzu;
//     label() is Kuzu only, type(r) Neo4j only, and WHERE n:Country does
//     not parse on Kuzu.
//   - Column names: alias every expression (RETURN count(*) AS n); Kuzu
//     names them COUNT_STAR(), SIZE(...). A bare property (a.id) is named
//     alike. Never reuse a pattern variable as an alias (a.id AS a): Kuzu
//     then orders by the node and fails.
//   - Unknown properties: Kuzu checks properties when it compiles, so n.x
//     is an error when no table has x (Neo4j gives null). A property some
//     tables have is null on the others, as on Neo4j.
//   - Keywords as names: Kuzu refuses property names that are keywords
//     unless in backticks (r.end fails, r.`end` works); Neo4j accepts both.
//     The schema avoids them (REPRESENTS has term_start and term_end).
//   - List and string positions: Kuzu counts from 1 (l[1], substring(s,
//     1, n)), Neo4j from 0; slices l[0..2] do not parse on Kuzu.
//   - Missing on Kuzu: list comprehension [x IN l | f], pattern
//     comprehension, map projection n {.id}, COUNT { }, CALL { }
//     subqueries, shortestPath(), reduce, head, last, tail, split, replace,
//     toInteger, toFloat, toString, properties, timestamp() and round(x)
//     with one argument.
//   - In Kuzu, ORDER BY in a WITH clause must be followed by SKIP or LIMIT.
//   - Order that is not asked for differs: collect() and keys() order, and
//     UNION results. Sort in the query's final ORDER BY or in Go.
//   - Kuzu cannot bind an empty list or a list mixing types as a parameter
//     (a go-kuzu limitation); the Kuzu store says so in its error.
//
// Results are normalised alike: integers are int64 (Kuzu's INT128 sums
// too), floats float64, lists []any, and nodes and relationships returned
// whole are maps of their set properties plus "_label".
package storetest
