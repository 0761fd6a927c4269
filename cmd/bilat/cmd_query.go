package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run ad-hoc Cypher on the store (read-only unless --write)",
		ArgsUsage: "'CYPHER'",
		Description: `Runs one Cypher statement on the store named by --store. Values go in as
parameters only (--param name=value, repeatable); nothing you type is pasted
into the Cypher text. A statement that would change the graph is refused
unless --write is given: without it the embedded store is opened read-only,
so Kuzu itself refuses any write, and Neo4j runs the statement in a read
session. One statement only (a trailing ';' is fine). A statement that reads
or writes files (LOAD FROM, LOAD CSV, COPY, EXPORT/IMPORT DATABASE, ATTACH,
INSTALL, apoc.load.*, apoc.export.*) is refused unless --allow-files is
given. Nodes carry their label in the property "label" and
edges their kind in "kind", so the same text runs on Kuzu and Neo4j.

Examples:
   bilat query 'MATCH (c:Country) RETURN c.name ORDER BY c.name'
   bilat query 'MATCH (a)-[r:PLEDGED]->(b) WHERE r.year = $y RETURN a.name, b.name, r.what' --param y=2025`,
		Flags: withStoreFlags(
			&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "a parameter as name=value (numbers become integers; quote to keep a string: name='\"42\"')"},
			&cli.BoolFlag{Name: "write", Usage: "allow statements that change the graph"},
			&cli.BoolFlag{Name: "allow-files", Usage: "allow statements that read or write files (LOAD FROM, LOAD CSV, COPY, EXPORT/IMPORT DATABASE, ATTACH, INSTALL, apoc.load/export)"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table, json or csv"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.Exit("query: give one Cypher statement in quotes", 2)
			}
			// Flags after the statement ("bilat query 'MATCH ...' --param y=2025")
			// are read here: the flag parser stops at the first argument.
			pairs, write, allowFiles, format, err := trailingQueryFlags(c.Args().Tail())
			if err != nil {
				return cli.Exit("query: "+err.Error(), 2)
			}
			pairs = append(c.StringSlice("param"), pairs...)
			write = write || c.Bool("write")
			if format == "" {
				format = c.String("format")
			}
			params, err := parseParams(pairs)
			if err != nil {
				return cli.Exit("query: "+err.Error(), 2)
			}
			opts := graph.Options{AllowFiles: allowFiles || c.Bool("allow-files"), Expect: []string{c.Args().First()}}
			var st graph.Store
			if write {
				st, err = openStoreWith(c, flagValue(c, "store"), opts)
			} else {
				st, err = openReader(c, opts)
			}
			if err != nil {
				return err
			}
			if write {
				defer st.Close()
			} else {
				defer closeReader(st)
			}
			res, err := st.Query(c.Context, c.Args().First(), params, write)
			if err != nil {
				return cli.Exit(fmt.Sprintf("query: %s: %v", st.Location(), err), 1)
			}
			return printResult(c.App.Writer, res, format)
		},
	}
}

// parseParams reads name=value pairs. Whole numbers become int64; a value in
// double quotes stays a string.
func parseParams(pairs []string) (map[string]any, error) {
	out := map[string]any{}
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("parameter %q: want name=value", p)
		}
		out[k] = paramValue(v)
	}
	return out, nil
}

func paramValue(v string) any {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		return v[1 : len(v)-1]
	}
	var n int64
	if _, err := fmt.Sscanf(v, "%d", &n); err == nil && fmt.Sprint(n) == v {
		return n
	}
	return v
}

// storeKind says which dialect a store speaks, for per-store query variants.
func storeKind(st graph.Store) string { return kindAt(st.Location()) }

// kindAt is the kind of store at a location: kuzu or neo4j.
func kindAt(loc string) string {
	switch graph.Scheme(loc) {
	case "", "kuzu":
		return "kuzu"
	}
	return "neo4j"
}

// trailingQueryFlags reads --param/-p, --write and --format given after the
// statement.
func trailingQueryFlags(args []string) (pairs []string, write, allowFiles bool, format string, err error) {
	for i := 0; i < len(args); i++ {
		name, val, hasVal := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") {
			return nil, false, false, "", fmt.Errorf("give one Cypher statement in quotes (unexpected %q)", args[i])
		}
		switch name {
		case "write":
			write = true
			continue
		case "allow-files":
			allowFiles = true
			continue
		case "param", "p", "format":
		default:
			return nil, false, false, "", fmt.Errorf("unknown flag %s", args[i])
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, false, false, "", fmt.Errorf("%s needs a value", args[i])
			}
			i++
			val = args[i]
		}
		if name == "format" {
			format = val
		} else {
			pairs = append(pairs, val)
		}
	}
	return pairs, write, allowFiles, format, nil
}
