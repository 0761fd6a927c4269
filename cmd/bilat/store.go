package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	_ "github.com/bilatgraph/bilat/graph/all" // every store backend
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// openStore opens the store named by the global --store flag. A store that
// cannot be opened is one line naming it, as an exit error.
func openStore(c *cli.Context) (graph.Store, error) {
	loc := c.String("store")
	st, err := graph.Open(c.Context, loc, graph.Options{
		Username: c.String("neo4j-user"),
		Password: c.String("neo4j-password"),
	})
	if err != nil {
		return nil, cli.Exit(err.Error(), 1)
	}
	return st, nil
}

func keyOf(s string) string { return tokens.KeyOf(s) }
