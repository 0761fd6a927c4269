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
//   - Filter on the label property of nodes and the kind property of
//     edges (n.label = 'Country', r.kind = 'PLEDGED') or use a label in the
//     pattern; labels(n), type(r) and label(n) differ between the stores.
//   - Alias every returned expression (RETURN count(*) AS n). Kuzu names
//     unaliased expression columns differently (COUNT_STAR(), SIZE(x)),
//     though a bare property (a.id) is named alike on both. Kuzu refuses two
//     columns with the same name.
//   - Kuzu binds properties at compile time: n.nosuch on an unlabeled n
//     is an error when no table has that property (Neo4j returns null). A
//     property some tables have is null on the others, as on Neo4j.
//   - Kuzu has no list comprehension ([x IN l | f(x)]), reduce(), head(),
//     last(), tail(), split(), toInteger(), toString(), toFloat(), type(),
//     properties() or CALL { } subqueries. any(x IN l WHERE ...), size() of
//     lists and strings, coalesce, collect, count(DISTINCT), OPTIONAL MATCH,
//     EXISTS { MATCH ... }, CASE, STARTS WITH, CONTAINS, =~, toLower, trim,
//     range, IN $list, SKIP $n and LIMIT $n work on both.
//   - Kuzu indexes lists from 1 (l[1] is the first element) and substring
//     counts from 1; Neo4j counts both from 0. Avoid them, or use left().
//   - In Kuzu, ORDER BY in a WITH clause must be followed by SKIP or LIMIT.
//   - round() takes two arguments in Kuzu.
//   - String comparison (r.date >= $from) works alike: dates are stored as
//     YYYY-MM-DD strings for that reason.
//   - Kuzu cannot bind an empty list or a list mixing types as a
//     parameter (go-kuzu limitation); the Kuzu store says so in its error.
//     Parameters a statement does not use are ignored on both.
//   - Integer aggregates come back as int64 and floats as float64 on both
//     (Kuzu's sum of INT64 is an INT128, normalised to int64).
//   - Nodes and relationships returned whole come back as maps of their
//     properties plus "_label"; unset properties are absent on both.
package storetest
