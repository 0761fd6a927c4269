// Package run streams articles from the readers into a graph store: read,
// skip the ones already stored, extract on every core, and write many
// articles per transaction from one writer, with bounded memory whatever
// the size of the input.
package run

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sync"
	"time"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
)

// Extractor is what Run needs of ingest.Pipeline: it must be safe for
// concurrent use.
type Extractor interface {
	Extract(article.Article) article.Extraction
	Batch(article.Extraction) graph.Batch
}

// Options tune a run. Zero values take the defaults.
type Options struct {
	Workers       int           // extraction goroutines; default runtime.NumCPU()
	BatchArticles int           // most articles per Write; default 500
	BatchEdges    int           // most edges per Write; default 20,000
	BatchDelay    time.Duration // longest wait before a Write of what is ready; default 2 s (60 s with Bulk)
	// Progress, if set, is called from the writer after each Write and at
	// the end (done true).
	Progress func(s Stats, done bool)
	// Failed, if set, is called for each article that could not be stored
	// (the batch goes on); it is called from the writer goroutine.
	Failed func(a article.Article, err error)
	// Bulk loads with the store's own loader where it has one
	// (graph.BulkWriter), in larger batches: 5,000 articles, 200,000
	// edges or 60 s unless set.
	Bulk bool
}

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchArticles <= 0 {
		o.BatchArticles = 500
		if o.Bulk {
			o.BatchArticles = 5000
		}
	}
	if o.BatchEdges <= 0 {
		o.BatchEdges = 20000
		if o.Bulk {
			o.BatchEdges = 200000
		}
	}
	if o.BatchDelay <= 0 {
		o.BatchDelay = 2 * time.Second
		if o.Bulk {
			// A bulk load is a backfill: nobody waits for its first
			// articles, and each batch costs a fixed amount (on Kuzu a
			// checkpoint, about 10 s at 10,000 articles), so batches are
			// cut by size. At 2 s, extraction on 2 cores cut them at
			// ~900 articles and a 10,000-article load checkpointed 11
			// times instead of twice.
			o.BatchDelay = time.Minute
		}
	}
	return o
}

// Stats counts what a run did so far.
type Stats struct {
	Read      int   // articles read (new, already stored or failed)
	New       int   // articles stored by this run
	Stored    int   // articles that were already in the store (or given twice)
	Failed    int   // articles that could not be stored
	Entities  int   // entities found in the new articles
	Relations int   // relations found in the new articles
	Edges     int   // edges written (as batches hold them, before merging)
	TextBytes int64 // bytes of article text read
	Started   time.Time
}

// Elapsed is the time since the run started.
func (s Stats) Elapsed() time.Duration { return time.Since(s.Started) }

// Run reads paths with rd and writes what it extracts to st. It returns the
// counts, the input errors (bad files and lines, each already naming its
// place), and a fatal error: the store went away or its disk is full (a
// *Stopped), or ctx was cancelled. Articles are written in input order, so
// evidence lists come out the same on every run.
func Run(ctx context.Context, st graph.Store, x Extractor, rd reader.Reader, paths []string, o Options) (Stats, []error, error) {
	o = o.withDefaults()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := &runner{st: st, x: x, o: o, stats: Stats{Started: time.Now()}, seen: map[string]bool{}}
	r.writeFn = st.Write
	if bw, ok := st.(graph.BulkWriter); ok && o.Bulk {
		r.writeFn = bw.WriteBulk
	}

	read := make(chan article.Article, 256)
	var readErrs []error
	go func() {
		defer close(read)
		readErrs = rd.Walk(paths, func(a article.Article) error {
			select {
			case read <- a:
				return nil
			case <-ctx.Done():
				return fs.SkipAll
			}
		})
	}()

	// Jobs are extracted by the workers in any order and written in input
	// order: order holds each job's result slot in sequence, and its
	// capacity bounds the articles in flight.
	jobs := make(chan *job, o.Workers*4)
	order := make(chan *job, max(2*o.BatchArticles, 64))
	go r.dispatch(ctx, read, jobs, order)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() == nil {
					xr := x.Extract(j.a)
					j.x, j.b = xr, x.Batch(xr)
				}
				close(j.done)
			}
		}()
	}
	err := r.write(ctx, order)
	if err != nil {
		cancel(err)
	}
	// Drain, so the reader and the workers stop.
	for j := range order {
		<-j.done
	}
	wg.Wait()
	for range read {
	}
	if err == nil {
		err = ctx.Err()
	}
	if o.Progress != nil {
		o.Progress(r.stats, true)
	}
	return r.stats, readErrs, err
}

type job struct {
	a    article.Article
	skip bool // already stored: not extracted, only counted
	x    article.Extraction
	b    graph.Batch
	done chan struct{}
}

type runner struct {
	st    graph.Store
	x     Extractor
	o     Options
	mu    sync.Mutex // serialises st between the writer and the existence checks
	stats Stats      // owned by the writer goroutine
	seen  map[string]bool
	// writeFn is st.Write, or its bulk loader.
	writeFn func(context.Context, graph.Batch) error
}

// dispatch reads articles in small groups, asks the store which of them it
// holds, and hands the others to the workers; every article goes to order.
func (r *runner) dispatch(ctx context.Context, read <-chan article.Article, jobs, order chan<- *job) {
	defer close(order)
	defer close(jobs)
	const group = 128
	var pending []article.Article
	flush := func() bool {
		stored := r.storedIDs(ctx, pending)
		for _, a := range pending {
			j := &job{a: a, done: make(chan struct{})}
			if stored[a.ID] || r.seen[a.ID] {
				j.skip = true
				close(j.done)
			}
			r.seen[a.ID] = true
			select {
			case order <- j:
			case <-ctx.Done():
				return false
			}
			if !j.skip {
				select {
				case jobs <- j:
				case <-ctx.Done():
					close(j.done) // in order, but no worker will see it
					return false
				}
			}
		}
		pending = pending[:0]
		return true
	}
	for a := range read {
		pending = append(pending, a)
		// Group while articles come fast; otherwise go on with what is there.
		if len(pending) < group && len(read) > 0 {
			continue
		}
		if !flush() {
			return
		}
	}
	if len(pending) > 0 {
		flush()
	}
}

// storedIDs returns the ids among arts whose Article node is stored. An
// article is written whole or not at all, so its node means it is complete.
// A failed check returns nothing: the articles are then extracted and
// written again, which changes nothing.
func (r *runner) storedIDs(ctx context.Context, arts []article.Article) map[string]bool {
	ids := make([]any, 0, len(arts))
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	res, err := r.st.Query(ctx, "UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id", map[string]any{"ids": ids}, false)
	out := map[string]bool{}
	if err != nil {
		return out
	}
	for _, row := range res.Rows {
		if id, ok := row[0].(string); ok {
			out[id] = true
		}
	}
	return out
}

// write takes jobs in order, groups them into batches and writes them.
func (r *runner) write(ctx context.Context, order <-chan *job) error {
	var batch []*job
	edges := 0
	var first time.Time
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := r.flush(ctx, batch)
		batch, edges = batch[:0], 0
		if r.o.Progress != nil {
			r.o.Progress(r.stats, false)
		}
		return err
	}
	for {
		var j *job
		var ok bool
		select {
		case j, ok = <-order:
		case <-timer.C:
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		if !ok {
			return flush()
		}
		select {
		case <-j.done:
		case <-timer.C:
			// The batch waited long enough for a slow article: write
			// what is ready, then wait for it.
			if err := flush(); err != nil {
				return err
			}
			<-j.done
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		r.stats.Read++
		r.stats.TextBytes += int64(len(j.a.Text))
		if j.skip {
			r.stats.Stored++
			continue
		}
		if len(batch) == 0 {
			first = time.Now()
			timer.Reset(r.o.BatchDelay)
		}
		batch = append(batch, j)
		edges += len(j.b.Edges)
		if len(batch) >= r.o.BatchArticles || edges >= r.o.BatchEdges || time.Since(first) >= r.o.BatchDelay {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// flush writes a batch of articles in one transaction. When that fails for
// a reason of one article's (a batch the schema refuses), the articles are
// written one by one so that only the bad ones are lost; a store that went
// away or a full disk stops the run.
func (r *runner) flush(ctx context.Context, batch []*job) error {
	var all graph.Batch
	for _, j := range batch {
		all.Nodes = append(all.Nodes, j.b.Nodes...)
		all.Edges = append(all.Edges, j.b.Edges...)
	}
	r.mu.Lock()
	err := r.writeFn(ctx, all)
	r.mu.Unlock()
	if err == nil {
		for _, j := range batch {
			r.stored(j)
		}
		return nil
	}
	if stop := r.fatal(err); stop != nil {
		stop.At = Origin(batch[0].a)
		if len(batch) > 1 {
			stop.At += fmt.Sprintf(" (and %d more articles)", len(batch)-1)
		}
		return stop
	}
	if len(batch) == 1 {
		r.stats.Failed++
		if r.o.Failed != nil {
			r.o.Failed(batch[0].a, err)
		}
		return nil
	}
	for _, j := range batch {
		if err := r.flush(ctx, []*job{j}); err != nil {
			return err
		}
	}
	return nil
}

func (r *runner) stored(j *job) {
	r.stats.New++
	r.stats.Entities += len(j.x.Entities)
	r.stats.Relations += len(j.x.Relations)
	r.stats.Edges += len(j.b.Edges)
}

// fatal returns a *Stopped for errors that end the run.
func (r *runner) fatal(err error) *Stopped {
	switch {
	case errors.Is(err, graph.ErrNoSpace), errors.Is(err, graph.ErrUnavailable),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return &Stopped{Stats: r.stats, Err: err}
	}
	return nil
}

// Stopped is the error of a run that a store failure ended: what was
// counted in Stats was stored, and re-running the same input continues.
type Stopped struct {
	Stats Stats
	At    string // the article (and how many more) being written
	Err   error
}

func (e *Stopped) Error() string {
	return fmt.Sprintf("%v; %d articles stored", e.Err, e.Stats.New)
}

func (e *Stopped) Unwrap() error { return e.Err }

// Origin names where an article came from, for messages: file and line,
// file, or id.
func Origin(a article.Article) string {
	if a.Origin.Line > 0 {
		return fmt.Sprintf("%s:%d", a.Origin.File, a.Origin.Line)
	}
	if a.Origin.File != "" {
		return a.Origin.File
	}
	return a.ID
}
