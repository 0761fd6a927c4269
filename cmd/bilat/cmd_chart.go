package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/chart"
	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

// chartOptions are the flags of bilat chart.
type chartOptions struct {
	A, B         string // two countries as users name them
	By           string // month or year
	Since, Until string // YYYY, YYYY-MM or YYYY-MM-DD
	Out          string // FILE.svg or FILE.png; empty for SVG on w
}

func chartCommand() *cli.Command {
	return &cli.Command{
		Name:      "chart",
		Usage:     "draw a pair's cooperation and conflict over time (SVG or PNG)",
		ArgsUsage: " ",
		Description: `Draws the events between two countries (those their leaders and officials
took part in while in office, either way round) per month or year: bars
of Goldstein-style intensity by PLOVER quad class, cooperation above the
axis and conflict below, and the net intensity as a line. Each edge kind's
quad class and intensity are in schema/schema.json (quad, goldstein);
e.g. SIGNED +8, PLEDGED +4, MET_WITH +1, CRITICIZED -2, SANCTIONED -8.

Without --out the SVG goes to standard output; --out FILE.png writes PNG.

Examples:
   bilat chart --a China --b Russia --out cn-ru.svg
   bilat chart --a China --b Russia --by year --out cn-ru.png`,
		Flags: withStoreFlags(
			&cli.StringFlag{Name: "a", Usage: "one country (required)"},
			&cli.StringFlag{Name: "b", Usage: "the other country (required)"},
			&cli.StringFlag{Name: "by", Value: "month", Usage: "month or year"},
			&cli.StringFlag{Name: "since", Usage: "only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"},
			&cli.StringFlag{Name: "until", Usage: "only events on or before this date"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "write to FILE.svg or FILE.png instead of SVG on standard output"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return cli.Exit(fmt.Sprintf("chart: unexpected argument %q: name the countries with --a and --b", c.Args().First()), 2)
			}
			o := chartOptions{A: c.String("a"), B: c.String("b"), By: c.String("by"),
				Since: c.String("since"), Until: c.String("until"), Out: c.String("out")}
			if err := o.check(); err != nil {
				return cli.Exit("chart: "+err.Error(), 2)
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := runChart(c.Context, st, o, c.App.Writer); err != nil {
				return cli.Exit("chart: "+err.Error(), 1)
			}
			return nil
		},
	}
}

// check validates what can be checked without a store.
func (o chartOptions) check() error {
	if o.A == "" || o.B == "" {
		return fmt.Errorf("name both countries: --a COUNTRY --b COUNTRY")
	}
	if o.By != "month" && o.By != "year" {
		return fmt.Errorf("--by must be month or year, not %q", o.By)
	}
	if o.Out != "" {
		if _, err := o.format(); err != nil {
			return err
		}
	}
	_, err := o.export().selection()
	return err
}

// format is the picture format --out names by its extension.
func (o chartOptions) format() (string, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(o.Out), "."))
	for _, f := range chart.Formats {
		if ext == f {
			return f, nil
		}
	}
	return "", fmt.Errorf("--out %s: name a .svg or .png file", o.Out)
}

// export is the selection of events the chart draws, as bilat export
// --between A --and B --kinds <event kinds> would make it.
func (o chartOptions) export() exportOptions {
	return exportOptions{Between: o.A, And: o.B, Since: o.Since, Until: o.Until, Depth: 1,
		Kinds: strings.Join(schema.Current().EventKinds(), ","), Format: "json"}
}

// chartData reads the pair's events from st and bins them.
func chartData(ctx context.Context, st graph.Store, o chartOptions) (*chart.Data, error) {
	g, err := exportGraph(ctx, st, o.export())
	if err != nil {
		return nil, err
	}
	var events []chart.Event
	for _, e := range g.Edges {
		date, _ := e.Props["date"].(string)
		events = append(events, chart.Event{Kind: e.Kind, Date: date})
	}
	// The title names the countries as the store does ("United States" for "US").
	a, b := o.A, o.B
	if ix, err := loadNames(ctx, st); err == nil {
		for _, n := range g.Nodes {
			name, _ := n.Props["name"].(string)
			if id, err := ix.resolve(o.A, "country"); err == nil && id == n.ID && name != "" {
				a = name
			}
			if id, err := ix.resolve(o.B, "country"); err == nil && id == n.ID && name != "" {
				b = name
			}
		}
	}
	return chart.Aggregate(schema.Current(), a, b, events, o.By)
}

// runChart draws the chart of o from st to o.Out, or as SVG to w. With
// o.Out it says on w what it drew.
func runChart(ctx context.Context, st graph.Store, o chartOptions, w io.Writer) error {
	d, err := chartData(ctx, st, o)
	if err != nil {
		return err
	}
	c, err := chart.New(d)
	if err != nil {
		return err
	}
	if o.Out == "" {
		return c.Write(w, "svg")
	}
	format, err := o.format()
	if err != nil {
		return err
	}
	if err := writeFileAtomic(o.Out, func(f io.Writer) error { return c.Write(f, format) }); err != nil {
		return err
	}
	count, _ := d.Totals()
	span := "no dated events"
	if len(d.Bins) > 0 {
		span = d.Bins[0].Period + " to " + d.Bins[len(d.Bins)-1].Period
	}
	_, err = fmt.Fprintf(w, "charted %d events between %s and %s (%d cooperation, %d conflict), by %s, %s, to %s\n",
		d.Events, d.A, d.B, count[0]+count[1], count[2]+count[3], d.By, span, o.Out)
	return err
}
