package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/export"
	"github.com/bilatgraph/bilat/schema"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load a Cypher script or JSON export of bilat into the store",
		ArgsUsage: "FILE (or - for standard input, with --format)",
		Description: `Reads what bilat export --format cypher (either --dialect) or --format json
wrote and writes it into the store through the same path as ingest: nodes
first, then edges, one transaction per batch of --batch nodes or edges.
Loading the same file twice changes nothing, and the file is read whole
before anything is written, so a line bilat export would not write stops
the load with its file and line and leaves the store as it was. The store
gets bilat's schema first if it has none.

Examples:
   bilat export --between China --and Russia --format cypher --out cn-ru.cypher
   bilat --store copy.kuzu load cn-ru.cypher
   bilat --store neo4j://localhost:7687 load graph.json`,
		Flags: withStoreFlags(
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "cypher or json (default: json for a .json file, else cypher)"},
			&cli.IntFlag{Name: "batch", Value: export.DefaultBatchSize, Usage: "nodes or edges per transaction"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("load: name one file (or - for standard input)", 2)
			}
			file := c.Args().First()
			format := c.String("format")
			if format == "" {
				if file == "-" {
					return cli.Exit("load: reading standard input needs --format cypher or --format json", 2)
				}
				format = "cypher"
				if strings.EqualFold(filepath.Ext(file), ".json") {
					format = "json"
				}
			}
			if !slices.Contains(export.ReadFormats, format) {
				return cli.Exit(fmt.Sprintf("load: unknown format %q (known: %s)", format, strings.Join(export.ReadFormats, ", ")), 2)
			}
			if c.Int("batch") < 1 {
				return cli.Exit("load: --batch must be at least 1", 2)
			}
			g, err := readExport(c.App.Reader, file, format)
			if err != nil {
				return cli.Exit("load: "+err.Error(), 1)
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runLoad(c, st, g, file, c.Int("batch"))
		},
	}
}

// readExport reads file (stdin for -) in format.
func readExport(stdin io.Reader, file, format string) (*export.Graph, error) {
	r, name := stdin, "standard input"
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, name = f, file
	}
	if r == nil {
		r = os.Stdin
	}
	return export.Read(r, format, name)
}

func runLoad(c *cli.Context, st graph.Store, g *export.Graph, file string, batch int) error {
	if err := st.ApplySchema(c.Context, schema.Current()); err != nil {
		return cli.Exit(fmt.Sprintf("load: %s: %v", st.Location(), err), 1)
	}
	start := time.Now()
	n, err := export.Load(c.Context, st, g, batch)
	if err != nil {
		return cli.Exit(fmt.Sprintf("load: %s into %s: %v (%d transactions committed before it)", file, st.Location(), err, n), 1)
	}
	_, err = fmt.Fprintf(c.App.Writer, "loaded %d nodes and %d edges from %s in %d transactions (%.1f s); store %s\n",
		len(g.Nodes), len(g.Edges), file, n, time.Since(start).Seconds(), st.Location())
	return err
}
