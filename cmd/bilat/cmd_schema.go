package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the DDL for a store, or apply it",
		Description: `Without --apply, prints the statements that prepare the store named by
--store (Neo4j constraints and indexes, or Kuzu node and rel tables) and
connects to nothing. With --apply, runs them and records the schema
version; applying twice changes nothing.

Examples:
   bilat schema                                  Kuzu DDL
   bilat --store neo4j://localhost:7687 schema   Neo4j DDL
   bilat --store neo4j://localhost:7687 schema --apply`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "apply", Usage: "run the DDL on the store and record the schema version"},
		},
		Action: func(c *cli.Context) error {
			if !c.Bool("apply") {
				return printDDL(c.App.Writer, c.String("store"))
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.ApplySchema(c.Context, schema.Current()); err != nil {
				return cli.Exit(fmt.Sprintf("schema: %s: %v", st.Location(), err), 1)
			}
			v, _, err := st.SchemaVersion(c.Context)
			if err != nil {
				return cli.Exit(fmt.Sprintf("schema: %s: %v", st.Location(), err), 1)
			}
			fmt.Fprintf(c.App.Writer, "schema version %d applied to %s\n", v, st.Location())
			return nil
		},
	}
}

func printDDL(w io.Writer, location string) error {
	s := schema.Current()
	stmts := s.KuzuDDL()
	if graph.Scheme(location) != "" && graph.Scheme(location) != "kuzu" {
		stmts = s.Neo4jDDL()
	}
	fmt.Fprintf(w, "// bilat schema version %d\n", s.Version)
	for _, st := range stmts {
		fmt.Fprintln(w, strings.TrimSpace(st)+";")
	}
	return nil
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print bilat's version and schema version",
		Action: func(c *cli.Context) error {
			fmt.Fprintf(c.App.Writer, "bilat %s (schema version %d)\n", version, schema.Current().Version)
			return nil
		},
	}
}
