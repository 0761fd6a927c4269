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
		Usage: "apply the schema to the store, or print its DDL",
		Description: `Prepares the store named by --store: Neo4j constraints and indexes, or
Kuzu node and rel tables, and records the schema version. Applying twice
changes nothing. With --print, prints the statements and connects to
nothing. A store whose schema change was interrupted is "dirty" and refused
until --repair runs its (idempotent) statements again and clears the flag.
Several bilat processes may apply the schema to one Neo4j database at once.

Examples:
   bilat schema                                    set up ./bilat.kuzu
   bilat schema --store neo4j://localhost:7687     set up a Neo4j database
   bilat schema --print --store neo4j://localhost:7687
   bilat schema --repair --store neo4j://localhost:7687`,
		Flags: withStoreFlags(
			&cli.BoolFlag{Name: "print", Usage: "print the DDL instead of applying it"},
			&cli.BoolFlag{Name: "apply", Usage: "apply the DDL (the default; kept for scripts)"},
			&cli.BoolFlag{Name: "repair", Usage: "finish a schema change that was left dirty (a process stopped during it), then apply"},
		),
		Action: func(c *cli.Context) error {
			if c.Bool("print") {
				return printDDL(c.App.Writer, flagValue(c, "store"))
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			apply := st.ApplySchema
			if c.Bool("repair") {
				r, ok := st.(graph.SchemaRepairer)
				if !ok {
					return cli.Exit(fmt.Sprintf("schema: %s: this store cannot repair its schema", st.Location()), 1)
				}
				apply = r.RepairSchema
			}
			if err := apply(c.Context, schema.Current()); err != nil {
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
