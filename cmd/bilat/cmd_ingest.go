package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	"github.com/bilatgraph/bilat/schema"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read articles into the store",
		ArgsUsage: "PATHS... (files, directories, or - for standard input)",
		Description: `Reads articles (plain "date YYYY-MM-DD text", .txt/.md with a date header,
JSON, JSON Lines, HTML, RSS/Atom; directories recursively), extracts
entities and dated relations, and writes each article in one transaction.
Re-ingesting the same articles changes nothing. A bad input is reported
with its file and line; the others are still ingested, and the exit status
says that some failed.

Examples:
   bilat ingest examples/
   bilat --store neo4j://localhost:7687 ingest news.jsonl`,
		Flags: storeFlags(),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.Exit("ingest: name at least one file, directory or - (standard input)", 2)
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runIngest(c, st, c.Args().Slice())
		},
	}
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	Articles, Entities, Relations, Failed int
}

func runIngest(c *cli.Context, st graph.Store, paths []string) error {
	stderr := c.App.ErrWriter
	if err := st.ApplySchema(c.Context, schema.Current()); err != nil {
		return cli.Exit(fmt.Sprintf("ingest: %s: %v", st.Location(), err), 1)
	}
	p, err := ingest.New()
	if err != nil {
		return err
	}
	var arts []article.Article
	errs := reader.Walk(paths, func(a article.Article) error {
		arts = append(arts, a)
		return nil
	})
	for _, e := range errs {
		fmt.Fprintln(stderr, "bilat: "+oneLine(e.Error()))
	}
	sum := ingestSummary{Failed: len(errs)}
	prog := newProgress(stderr, len(arts))
	for _, a := range arts {
		if err := c.Context.Err(); err != nil {
			return cli.Exit("ingest: interrupted; every article written so far is stored whole", 130)
		}
		x := p.Extract(a)
		if err := st.Write(c.Context, p.Batch(x)); err != nil {
			if graphDown(err) {
				return cli.Exit(err.Error(), 1)
			}
			sum.Failed++
			fmt.Fprintf(stderr, "bilat: %s: not stored: %s\n", origin(a), oneLine(err.Error()))
		} else {
			sum.Articles++
			sum.Entities += len(x.Entities)
			sum.Relations += len(x.Relations)
		}
		prog.step()
	}
	prog.done()
	fmt.Fprintf(c.App.Writer, "ingested %d articles: %d entities, %d relations; %d failed; store %s\n",
		sum.Articles, sum.Entities, sum.Relations, sum.Failed, st.Location())
	if sum.Failed > 0 {
		return cli.Exit(fmt.Sprintf("%d input(s) failed", sum.Failed), 1)
	}
	return nil
}

func graphDown(err error) bool {
	var ue *graph.UnavailableError
	return errors.As(err, &ue)
}

func origin(a article.Article) string {
	if a.Origin.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Origin.File, a.Origin.Line)
	}
	if a.Origin.File != "" {
		return a.Origin.File
	}
	return a.ID
}

// progress shows count, rate and ETA on a terminal, redrawn in place; when
// standard error is a file or a pipe it writes a plain line every tenth of a
// large batch instead.
type progress struct {
	w       io.Writer
	tty     bool
	total   int
	n       int
	started time.Time
	last    time.Time
}

func newProgress(w io.Writer, total int) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	return &progress{w: w, tty: tty, total: total, started: time.Now()}
}

func (p *progress) step() {
	p.n++
	if !p.tty {
		// Plain lines for logs: every tenth of the way (at most every 1,000 articles).
		every := max(1, min(1000, p.total/10))
		if p.total >= 50 && (p.n%every == 0 || p.n == p.total) {
			fmt.Fprintf(p.w, "%d/%d articles (%.0f/s)\n", p.n, p.total, float64(p.n)/max(time.Since(p.started).Seconds(), 1e-9))
		}
		return
	}
	if time.Since(p.last) < 100*time.Millisecond && p.n < p.total {
		return
	}
	p.last = time.Now()
	el := time.Since(p.started).Seconds()
	rate := float64(p.n) / max(el, 1e-9)
	eta := time.Duration(float64(p.total-p.n)/max(rate, 1e-9)) * time.Second
	fmt.Fprintf(p.w, "\r%d/%d articles  %.1f/s  ETA %s   ", p.n, p.total, rate, eta.Round(time.Second))
}

func (p *progress) done() {
	if p.tty && p.n > 0 {
		fmt.Fprintln(p.w)
	}
}
