// Package all registers every graph store backend: import it for its side
// effects, as in
//
//	import _ "github.com/bilatgraph/bilat/graph/all"
//
// and graph.Open then accepts plain paths and kuzu:// URIs (embedded Kuzu)
// as well as neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s:// and
// bolt+ssc:// URIs (a Neo4j server).
package all

import (
	_ "github.com/bilatgraph/bilat/graph/kuzu"  // plain paths, kuzu://
	_ "github.com/bilatgraph/bilat/graph/neo4j" // neo4j://, bolt:// and their +s, +ssc forms
)
