package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
	ingestrun "github.com/bilatgraph/bilat/ingest/run"
	"github.com/bilatgraph/bilat/schema"
)

func ingestCommand() *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "read articles into the store",
		ArgsUsage: "PATHS... (files, directories, or - for standard input)",
		Description: `Reads articles (plain "date YYYY-MM-DD text", .txt/.md with a date header,
JSON, JSON Lines, HTML, RSS/Atom; directories recursively), extracts
entities and dated relations on every core, and writes many articles per
transaction. Articles already stored (by id) are skipped before extraction,
so re-ingesting the same articles changes nothing. A bad input is reported
with its file and line; the others are still ingested, and the exit status
says that some failed.

Examples:
   bilat ingest examples/
   bilat --store neo4j://localhost:7687 ingest news.jsonl`,
		Flags: withStoreFlags(
			&cli.IntFlag{Name: "batch", Usage: "most articles per transaction", DefaultText: "500; 5000 with --bulk"},
			&cli.BoolFlag{Name: "bulk", Usage: "load with the engine's own loader (Kuzu COPY FROM) in large batches: for first loads and backfills; chosen by itself for a large input into an empty store"},
			&cli.IntFlag{Name: "workers", Usage: "extraction goroutines", DefaultText: "one per core"},
		),
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

func runIngest(c *cli.Context, st graph.Store, paths []string) error {
	stderr := c.App.ErrWriter
	if err := st.ApplySchema(c.Context, schema.Current()); err != nil {
		return cli.Exit(fmt.Sprintf("ingest: %s: %v", st.Location(), err), 1)
	}
	p, err := ingest.New()
	if err != nil {
		return err
	}
	size := inputBytes(paths)
	bulk := c.Bool("bulk")
	if !bulk && size >= autoBulkBytes && storeEmpty(c.Context, st) {
		bulk = true
		fmt.Fprintf(stderr, "bilat: an empty store and %d MB to read: loading in bulk (see --bulk)\n", size>>20)
	}
	prog := newProgress(stderr, size)
	opts := ingestrun.Options{
		Bulk:          bulk,
		BatchArticles: c.Int("batch"),
		Workers:       c.Int("workers"),
		Progress:      prog.show,
		Failed: func(a article.Article, err error) {
			prog.clear()
			fmt.Fprintf(stderr, "bilat: %s: not stored: %s\n", origin(a), oneLine(err.Error()))
		},
	}
	sum, readErrs, err := ingestrun.Run(c.Context, st, &noticingExtractor{Pipeline: p, stderr: stderr, clear: prog.clear}, reader.Reader{}, paths, opts)
	for _, e := range readErrs {
		fmt.Fprintln(stderr, "bilat: "+oneLine(e.Error()))
	}
	if err != nil {
		return cli.Exit(stopLine(st, sum, err), stopCode(err))
	}
	failed := sum.Failed + len(readErrs)
	fmt.Fprintf(c.App.Writer, "ingested %s (%d new, %d already stored): %s, %s; %d failed; store %s\n",
		pluralOf(sum.New+sum.Stored, "article", "articles"), sum.New, sum.Stored,
		pluralOf(sum.Entities, "entity", "entities"), pluralOf(sum.Relations, "relation", "relations"), failed, st.Location())
	if failed > 0 {
		return cli.Exit(fmt.Sprintf("%s failed", pluralOf(failed, "input", "inputs")), 1)
	}
	return nil
}

// autoBulkBytes is the input size from which an ingest into an empty store
// loads in bulk: about 20,000 articles of plain text.
const autoBulkBytes = 64 << 20

// storeEmpty says whether st holds no article.
func storeEmpty(ctx context.Context, st graph.Store) bool {
	res, err := st.Query(ctx, "MATCH (a:Article) RETURN a.id LIMIT 1", nil, false)
	return err == nil && len(res.Rows) == 0
}

// stopLine is the one line for a run that a store failure or an interrupt
// ended.
func stopLine(st graph.Store, sum ingestrun.Stats, err error) string {
	stored := pluralOf(sum.New, "article", "articles") + " stored"
	var ns *graph.NoSpaceError
	var stopped *ingestrun.Stopped
	at := ""
	if errors.As(err, &stopped) && stopped.At != "" {
		at = " while writing " + stopped.At
	}
	switch {
	case errors.As(err, &ns):
		return fmt.Sprintf("ingest: no space left on %s%s; %s", ns.Device, at, stored)
	case errors.Is(err, graph.ErrUnavailable) && strings.Contains(st.Location(), "://"):
		return fmt.Sprintf("ingest: Neo4j at %s went away after %s; %s, re-run to continue", st.Location(),
			pluralOf(sum.New, "article", "articles"), stored)
	case errors.Is(err, context.Canceled):
		return fmt.Sprintf("ingest: interrupted; %s, each whole; re-run to continue", stored)
	}
	return fmt.Sprintf("ingest: %s: %s; %s, re-run to continue", st.Location(), oneLine(err.Error()), stored)
}

func stopCode(err error) int {
	if errors.Is(err, context.Canceled) {
		return 130
	}
	return 1
}

// pluralOf is "1 article", "2 articles".
func pluralOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// inputBytes is the size of the regular files under paths, for the ETA; 0
// when unknown (standard input).
func inputBytes(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		_ = filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() {
				if fi, err := d.Info(); err == nil {
					n += fi.Size()
				}
			}
			return nil
		})
	}
	return n
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

// progress shows articles/s, edges/s and an ETA on a terminal, redrawn in
// place; when standard error is a file or a pipe it writes a plain line at
// most every ten seconds instead.
type progress struct {
	w     io.Writer
	tty   bool
	total int64 // input bytes, 0 when unknown
	last  time.Time
	drawn bool
	mu    sync.Mutex // show runs in the writer, clear also in the extraction workers
}

func newProgress(w io.Writer, total int64) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	return &progress{w: w, tty: tty, total: total, last: time.Now()}
}

func (p *progress) show(s ingestrun.Stats, done bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	every := 10 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	if done {
		if p.drawn && p.tty {
			fmt.Fprintln(p.w)
		}
		return
	}
	if time.Since(p.last) < every {
		return
	}
	p.last = time.Now()
	el := max(s.Elapsed().Seconds(), 1e-9)
	line := fmt.Sprintf("%d articles (%d new)  %.0f articles/s  %.0f edges/s", s.Read, s.New, float64(s.Read)/el, float64(s.Edges)/el)
	if p.total > 0 && s.TextBytes > 0 {
		// Text read against input size: close for text and JSON Lines,
		// pessimistic for HTML and feeds.
		frac := min(float64(s.TextBytes)/float64(p.total), 0.99)
		eta := time.Duration(el*(1-frac)/frac) * time.Second
		line += "  ETA ~" + eta.Round(time.Second).String()
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r%s   ", line)
		p.drawn = true
	} else {
		fmt.Fprintln(p.w, line)
	}
}

// clear ends a progress line drawn in place, before another message.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}

// noticingExtractor is the pipeline, saying in one line when it read only
// the start of a very long article. The workers call it concurrently.
type noticingExtractor struct {
	*ingest.Pipeline
	stderr io.Writer
	clear  func()
	mu     sync.Mutex
}

func (n *noticingExtractor) Extract(a article.Article) article.Extraction {
	x := n.Pipeline.Extract(a)
	if x.Truncated > 0 {
		n.clear()
		n.mu.Lock()
		reportTruncated(n.stderr, x)
		n.mu.Unlock()
	}
	return x
}
