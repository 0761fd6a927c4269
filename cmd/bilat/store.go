package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	_ "github.com/bilatgraph/bilat/graph/all" // every store backend
)

// storeFlags name the store. bilat takes them before the command, and the
// commands that use a store take them too ("bilat schema --store ...").
func storeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "store", Value: "./bilat.kuzu", EnvVars: []string{"BILAT_STORE"},
			Usage: "where the graph lives: a path for the embedded Kuzu store, or neo4j://host:7687 / bolt://host:7687"},
		&cli.StringFlag{Name: "neo4j-user", EnvVars: []string{"NEO4J_USERNAME"}, Usage: "Neo4j user name (empty: no authentication)"},
		&cli.StringFlag{Name: "neo4j-password", EnvVars: []string{"NEO4J_PASSWORD"}, Usage: "Neo4j password"},
	}
}

// withStoreFlags adds the store flags to a command's own.
func withStoreFlags(flags ...cli.Flag) []cli.Flag { return append(storeFlags(), flags...) }

// flagValue returns a store flag's value from the innermost command that was
// given it, else from the environment or its default.
func flagValue(c *cli.Context, name string) string {
	for _, cc := range c.Lineage() {
		for _, n := range cc.LocalFlagNames() {
			if n == name {
				return cc.String(name)
			}
		}
	}
	return c.String(name)
}

// openStore opens the store named by --store (on bilat or on the command).
// A store that cannot be opened is one line naming it, as an exit error.
func openStore(c *cli.Context) (graph.Store, error) {
	return openStoreAt(c, flagValue(c, "store"))
}

func openStoreAt(c *cli.Context, loc string) (graph.Store, error) {
	st, err := graph.Open(c.Context, loc, graph.Options{
		Username: flagValue(c, "neo4j-user"),
		Password: flagValue(c, "neo4j-password"),
	})
	if err != nil {
		return nil, cli.Exit(err.Error(), 1)
	}
	return st, nil
}
