package main

import (
	"errors"
	"fmt"

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

// openStore opens the store named by --store (on bilat or on the command)
// for writing, creating an embedded store that does not exist. A store that
// cannot be opened is one line naming it, as an exit error.
func openStore(c *cli.Context) (graph.Store, error) {
	return openStoreWith(c, flagValue(c, "store"), graph.Options{})
}

// openReader opens the store named by --store for a read command; see
// openReaderAt.
func openReader(c *cli.Context, opts graph.Options) (graph.Store, error) {
	return openReaderAt(c, flagValue(c, "store"), opts)
}

// openReaderAt opens the store at loc read-only (opts.ReadOnly is set
// here): the embedded store is opened read-only by the engine, so nothing a
// read command runs can change it, and it may share the store with other
// readers. A read command never creates a store: a missing one, or one
// without bilat's schema, is "no store at LOC: run bilat ingest first"; a
// store an ingest holds says so in one line.
func openReaderAt(c *cli.Context, loc string, opts graph.Options) (graph.Store, error) {
	st, _, err := openReaderVersion(c, loc, opts)
	return st, err
}

// openReaderVersion is openReaderAt that also returns the store's schema
// version.
func openReaderVersion(c *cli.Context, loc string, opts graph.Options) (graph.Store, int, error) {
	opts.ReadOnly = true
	st, err := openStoreWith(c, loc, opts)
	if err != nil {
		return nil, 0, err
	}
	v, _, err := st.SchemaVersion(c.Context)
	if err != nil {
		st.Close()
		return nil, 0, cli.Exit(fmt.Sprintf("%s: %v", st.Location(), err), 1)
	}
	if v == graph.NilVersion {
		st.Close()
		return nil, 0, cli.Exit(noStore(loc), 1)
	}
	return st, v, nil
}

// exitAfterRun is set by main, whose process ends as soon as the command
// returns; tests that call run leave it false.
var exitAfterRun bool

// closeReader closes a store that a read command opened with openReader,
// unless the process ends right after the command and the store is
// embedded: a read-only Kuzu database has nothing to write back, the kernel
// releases its file and lock at exit, and Kuzu's own teardown would add
// 10 ms to every question.
func closeReader(st graph.Store) {
	if exitAfterRun && storeKind(st) == "kuzu" {
		return
	}
	st.Close()
}

func noStore(loc string) string { return fmt.Sprintf("no store at %s: run bilat ingest first", loc) }

func openStoreWith(c *cli.Context, loc string, opts graph.Options) (graph.Store, error) {
	opts.Username = flagValue(c, "neo4j-user")
	opts.Password = flagValue(c, "neo4j-password")
	st, err := graph.Open(c.Context, loc, opts)
	switch {
	case errors.Is(err, graph.ErrNoStore):
		return nil, cli.Exit(noStore(loc), 1)
	case errors.Is(err, graph.ErrInUse):
		return nil, cli.Exit(fmt.Sprintf("the store %s is in use by another bilat process (an ingest?); try again when it ends", loc), 1)
	case err != nil:
		return nil, cli.Exit(err.Error(), 1)
	}
	return st, nil
}
