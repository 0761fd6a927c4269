package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/export"
	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/schema"
)

// exportOptions are the flags of bilat export.
type exportOptions struct {
	Actor        string // a country, person or organization as users name it
	Depth        int    // hops from Actor, 1 to 3
	WithArticles bool   // follow Article nodes and MENTIONS edges from Actor
	Between, And string // two countries as users name them
	Kinds        string // comma-separated edge kinds
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	Format       string // one of export.Formats
	Dialect      string // neo4j or kuzu, for the cypher format
	Out          string // a file, or a directory for csv; empty for w
}

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the graph, or part of it, as GraphML, JSON, CSV, Cypher, DOT, SVG or PLOVER",
		ArgsUsage: " ",
		Description: `Writes the whole graph, or the part around an actor or between two
countries, in a format other tools read:

   graphml   GraphML for Gephi, yEd, Cytoscape, NetworkX read_graphml (typed keys,
             lists as JSON; every edge directed, its id the bilat key)
   json      node-link JSON as NetworkX 3.6+ node_link_graph reads it:
             {"directed": true, "multigraph": true, "nodes": [...], "edges": [...]}
   csv       a directory for neo4j-admin database import: nodes_<Label>.csv,
             rels_<KIND>.csv and import.sh with the command (needs --out DIR)
   cypher    MERGE statements, one per line, that rebuild the export in a store
             with bilat's schema (--dialect kuzu for Kuzu when text has newlines)
   dot       Graphviz, nodes coloured by label, edges labelled with kind and date
   svg       the DOT laid out by Graphviz's dot, built into bilat (nothing to
             install); edges labelled with kind and date
   plover    JSON Lines, one PLOVER-style record per event edge

Selections: --actor NAME [--depth N] is the actor and everything within N
hops (articles only with --with-articles); --between A --and B is every
event whose subject and object countries are A and B, either way round,
with its endpoints and whom they represent. Without either, the whole
graph. --kinds keeps only edges of those kinds; --since and --until keep
only events dated within them (edges without dates, such as REPRESENTS,
stay). Names are matched as in bilat ask (US, Britain, Putin ...).

Examples:
   bilat export --between China --and Russia --since 2025 --format graphml > cn-ru.graphml
   bilat export --actor "Vladimir Putin" --depth 2 --format svg --out putin.svg
   bilat export --format csv --out dump/
   bilat export --kinds PLEDGED,SIGNED --format plover > pledges.jsonl
   bilat export --format cypher --out graph.cypher`,
		Flags: withStoreFlags(
			&cli.StringFlag{Name: "actor", Usage: "export this country, person or organization and its neighbourhood"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "hops from --actor, 1 to 3"},
			&cli.BoolFlag{Name: "with-articles", Usage: "with --actor, follow Article nodes and MENTIONS edges too"},
			&cli.StringFlag{Name: "between", Usage: "export the events between this country and --and"},
			&cli.StringFlag{Name: "and", Usage: "the other country of --between"},
			&cli.StringFlag{Name: "kinds", Usage: "keep only edges of these kinds, comma-separated (PLEDGED,MET_WITH)"},
			&cli.StringFlag{Name: "since", Usage: "keep only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"},
			&cli.StringFlag{Name: "until", Usage: "keep only events on or before this date"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "graphml", Usage: strings.Join(export.Formats, ", ")},
			&cli.StringFlag{Name: "dialect", Value: "neo4j", Usage: "for --format cypher: neo4j or kuzu"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to this file (a directory for csv) instead of standard output"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return cli.Exit(fmt.Sprintf("export: unexpected argument %q: the selection is given with flags (see bilat export --help)", c.Args().First()), 2)
			}
			o := exportOptions{
				Actor: c.String("actor"), Depth: c.Int("depth"), WithArticles: c.Bool("with-articles"),
				Between: c.String("between"), And: c.String("and"), Kinds: c.String("kinds"),
				Since: c.String("since"), Until: c.String("until"),
				Format: c.String("format"), Dialect: c.String("dialect"), Out: c.String("out"),
			}
			if c.IsSet("depth") && o.Actor == "" {
				return cli.Exit("export: --depth needs --actor", 2)
			}
			if c.IsSet("dialect") && o.Format != "cypher" {
				return cli.Exit("export: --dialect is for --format cypher", 2)
			}
			if _, err := o.selection(); err != nil {
				return cli.Exit("export: "+err.Error(), 2)
			}
			st, err := openReader(c, graph.Options{})
			if err != nil {
				return err
			}
			defer closeReader(st)
			if err := runExport(c.Context, st, o, c.App.Writer); err != nil {
				return cli.Exit("export: "+err.Error(), 1)
			}
			return nil
		},
	}
}

// selection checks what can be checked without a store and returns the
// selection with dates padded and kinds split; names are not resolved.
func (o exportOptions) selection() (export.Selection, error) {
	var sel export.Selection
	if !slices.Contains(export.Formats, o.Format) {
		return sel, fmt.Errorf("unknown format %q (known: %s)", o.Format, strings.Join(export.Formats, ", "))
	}
	if o.Format == "csv" && o.Out == "" {
		return sel, fmt.Errorf("--format csv writes a directory of files: give it with --out DIR")
	}
	if _, err := export.ParseDialect(o.Dialect); err != nil {
		return sel, err
	}
	switch {
	case o.Actor != "" && (o.Between != "" || o.And != ""):
		return sel, fmt.Errorf("give --actor or --between/--and, not both")
	case o.Between != "" && o.And == "":
		return sel, fmt.Errorf("--between needs --and (the other country)")
	case o.And != "" && o.Between == "":
		return sel, fmt.Errorf("--and needs --between (the first country)")
	case o.WithArticles && o.Actor == "":
		return sel, fmt.Errorf("--with-articles is for --actor (the whole graph always has its articles)")
	}
	for _, d := range []struct{ name, v string }{{"since", o.Since}, {"until", o.Until}} {
		if _, err := queries.Convert("date", d.v); err != nil {
			return sel, fmt.Errorf("--%s: %v", d.name, err)
		}
	}
	sel.Depth = o.Depth
	sel.WithArticles = o.WithArticles
	sel.Since, sel.Until = padDate(o.Since, false), padDate(o.Until, true)
	if o.Kinds != "" {
		sel.Kinds = strings.Split(o.Kinds, ",")
	}
	sel, err := sel.Normalize(schema.Current())
	if err != nil {
		return sel, fmt.Errorf("%s", strings.NewReplacer("depth must", "--depth must", "unknown edge kind", "--kinds: unknown edge kind").Replace(err.Error()))
	}
	return sel, nil
}

// runExport resolves the names in o, reads the selection from st and
// writes it in o.Format to o.Out, or to w when o.Out is empty. With o.Out
// it says on w what it wrote.
func runExport(ctx context.Context, st graph.Store, o exportOptions, w io.Writer) error {
	g, err := exportGraph(ctx, st, o)
	if err != nil {
		return err
	}
	dialect, _ := export.ParseDialect(o.Dialect)
	write := func(out io.Writer) error {
		if o.Format == "cypher" {
			return export.WriteCypher(out, g, dialect)
		}
		return export.Write(out, g, o.Format)
	}
	switch {
	case o.Format == "csv":
		if err := export.WriteCSV(o.Out, g); err != nil {
			return err
		}
	case o.Out != "":
		if err := writeFileAtomic(o.Out, write); err != nil {
			return err
		}
	default:
		return write(w)
	}
	_, err = fmt.Fprintf(w, "exported %d nodes and %d edges as %s to %s\n", len(g.Nodes), len(g.Edges), o.Format, o.Out)
	return err
}

// writeFileAtomic writes path through a temporary file in the same
// directory, so a failed export leaves no half-written file behind.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("--out %s is a directory; name a file", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing left to remove
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// exportGraph resolves the names in o and reads its selection from st.
func exportGraph(ctx context.Context, st graph.Store, o exportOptions) (*export.Graph, error) {
	sel, err := o.selection()
	if err != nil {
		return nil, err
	}
	if o.Actor != "" || o.Between != "" {
		names, err := loadNames(ctx, st)
		if err != nil {
			return nil, err
		}
		if o.Actor != "" {
			if sel.Actor, err = names.resolve(o.Actor, "actor"); err != nil {
				return nil, fmt.Errorf("--actor: %v", err)
			}
		} else {
			if sel.Between[0], err = names.resolve(o.Between, "country"); err != nil {
				return nil, fmt.Errorf("--between: %v", err)
			}
			if sel.Between[1], err = names.resolve(o.And, "country"); err != nil {
				return nil, fmt.Errorf("--and: %v", err)
			}
		}
	}
	return export.Select(ctx, st, sel)
}
