package kuzu

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	kz "github.com/kuzudb/go-kuzu"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/graph/internal/storeutil"
	"github.com/bilatgraph/bilat/schema"
)

// Store is a bilat graph in an embedded Kuzu database. Its methods
// serialise themselves on one connection.
type Store struct {
	mu     sync.Mutex
	path   string // as the caller gave it, for messages
	key    string // absolute path, for the in-process lock
	db     *kz.Database
	conn   *kz.Connection
	stmts  map[string]*kz.PreparedStatement // by Cypher text
	schema *schema.Schema
	closed bool
	// readOnly and allowFiles are the graph.Options the store was opened with.
	readOnly, allowFiles bool
	rowsSinceCheckpoint  int // rows committed since the last checkpoint, for checkpointRows
}

// Ensure statically that *Store implements graph.Store.
var _ graph.Store = (*Store)(nil)

func init() { graph.Register(opener, "", "kuzu") }

func opener(ctx context.Context, location string, opts graph.Options) (graph.Store, error) {
	return Open(ctx, location, opts)
}

// Open opens the Kuzu database at path, creating it if the file does not
// exist (its directory must). A kuzu:// prefix is stripped. A database that
// another process holds, a corrupt or foreign file, or a missing directory
// gives a *graph.UnavailableError naming the path, one line long.
//
// With opts.ReadOnly the database is opened read-only: Kuzu refuses every
// write, other read-only processes may open it at the same time, and a
// missing database is not created (the error wraps graph.ErrNoStore). A
// database held by a writer gives an error wrapping graph.ErrInUse.
func Open(ctx context.Context, path string, opts graph.Options) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	path = strings.TrimPrefix(path, "kuzu://")
	key, err := checkPath(path)
	if err != nil {
		return nil, err
	}
	if opts.ReadOnly {
		if _, err := os.Stat(key); errors.Is(err, os.ErrNotExist) {
			return nil, &graph.UnavailableError{Location: path, Err: graph.ErrNoStore, Hint: "run bilat ingest first"}
		}
	}
	if !claim(key, opts.ReadOnly) {
		return nil, unavailable(path, "the database is already open in this process", "close the other store first")
	}
	cfg := kz.DefaultSystemConfig()
	cfg.ReadOnly = opts.ReadOnly
	if mb := bufferPoolMB(); mb > 0 {
		cfg.BufferPoolSize = mb << 20
	} else if opts.ReadOnly {
		// Kuzu sets up a table of frames for the whole pool when it
		// opens: for its default, 80% of the machine's memory, that costs
		// ~20 ms of CPU (24 GB machine), which bilat ask would pay.
		cfg.BufferPoolSize = min(cfg.BufferPoolSize, readOnlyBufferMB<<20)
	}
	if !opts.ReadOnly {
		returnFreedMemory()
	}
	warm := closedChan
	if opts.ReadOnly {
		warm = warmParser(append(ownStatements[:len(ownStatements):len(ownStatements)], opts.Expect...))
	}
	db, err := kz.OpenDatabase(path, cfg)
	<-warm
	if err != nil {
		db.Close()
		release(key)
		return nil, diagnose(path, opts.ReadOnly)
	}
	conn, err := kz.OpenConnection(db)
	if err != nil {
		conn.Close()
		db.Close()
		release(key)
		return nil, &graph.UnavailableError{Location: path, Err: storeutil.OneLineError(err)}
	}
	if !opts.ReadOnly {
		// The store checkpoints by itself (see checkpointRows): Kuzu's
		// own checkpoint at every 16 MB of WAL fires in the middle of an
		// ingest and costs as much as one of ours.
		if res, err := conn.Query("CALL auto_checkpoint=false"); err == nil {
			res.Close()
		}
	}
	return &Store{path: path, key: key, db: db, conn: conn,
		stmts: map[string]*kz.PreparedStatement{}, schema: schema.Current(),
		readOnly: opts.ReadOnly, allowFiles: opts.AllowFiles}, nil
}

// Location returns the path the store was opened with.
func (s *Store) Location() string { return s.path }

// Close closes the connection and the database. Closing twice is harmless.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	if !s.readOnly {
		// What was written since the last checkpoint (see checkpointRows)
		// goes to the database file now rather than being replayed from the
		// WAL at the next open.
		_ = s.exec(context.Background(), "CHECKPOINT", nil)
	}
	s.closed = true
	s.dropStatements()
	s.conn.Close()
	s.db.Close()
	release(s.key)
	return nil
}

func (s *Store) dropStatements() {
	for k, st := range s.stmts {
		st.Close()
		delete(s.stmts, k)
	}
}

// errClosed is returned by calls on a closed Store.
var errClosed = errors.New("kuzu store is closed")

// run executes one statement with the parameters it names and returns its
// column names and normalised rows. Parameters the statement does not use
// are ignored, as Neo4j ignores them (Kuzu would refuse them). Statements
// with parameters are prepared once per Cypher text and reused. Cancelling
// ctx interrupts the running statement.
func (s *Store) run(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	return s.runStatement(ctx, cypher, params, false)
}

// runStatement is run; with prepared set, it prepares the statement even
// without parameters, and Kuzu then refuses more than one statement.
func (s *Store) runStatement(ctx context.Context, cypher string, params map[string]any, prepared bool) ([]string, [][]any, error) {
	if s.closed {
		return nil, nil, errClosed
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	defer s.interruptOnDone(ctx)()

	var res *kz.QueryResult
	var err error
	names := storeutil.Params(cypher)
	if len(names) == 0 && !prepared {
		res, err = s.conn.Query(cypher)
	} else {
		args := make(map[string]any, len(names))
		for _, n := range names {
			v, ok := params[n]
			if !ok {
				return nil, nil, fmt.Errorf("parameter $%s is not given", n)
			}
			if err := bindable(n, v); err != nil {
				return nil, nil, err
			}
			args[n] = v
		}
		st, perr := s.prepare(cypher)
		if perr != nil {
			return nil, nil, perr
		}
		res, err = s.conn.Execute(st, args)
	}
	if res != nil {
		defer res.Close()
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		return nil, nil, storeutil.OneLineError(err)
	}
	cols := res.GetColumnNames()
	var rows [][]any
	for res.HasNext() {
		t, err := res.Next()
		if err != nil {
			return nil, nil, storeutil.OneLineError(err)
		}
		vals, err := t.GetAsSlice()
		t.Close()
		if err != nil {
			return nil, nil, storeutil.OneLineError(err)
		}
		row := make([]any, len(vals))
		for i, v := range vals {
			row[i] = normalize(v)
		}
		rows = append(rows, row)
	}
	return cols, rows, nil
}

// interruptOnDone interrupts the connection's running statement once ctx
// is done, and returns the function to call when the statement returns.
// Kuzu drops an interrupt that arrives while a statement is still being
// planned, so it is repeated until the statement returns.
func (s *Store) interruptOnDone(ctx context.Context) func() {
	if ctx.Done() == nil {
		return func() {}
	}
	finished := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		tick := time.NewTicker(interruptEvery)
		defer tick.Stop()
		for {
			s.conn.Interrupt()
			select {
			case <-finished:
				return
			case <-tick.C:
			}
		}
	})
	return func() {
		stop()
		close(finished)
	}
}

// interruptEvery is how often interruptOnDone repeats its interrupt.
const interruptEvery = 20 * time.Millisecond

// maxStatements bounds the prepared statement cache; Write needs a few
// dozen, ad hoc queries add one each.
const maxStatements = 512

func (s *Store) prepare(cypher string) (*kz.PreparedStatement, error) {
	if st, ok := s.stmts[cypher]; ok {
		return st, nil
	}
	st, err := s.conn.Prepare(cypher)
	if err != nil {
		st.Close()
		return nil, storeutil.OneLineError(err)
	}
	if len(s.stmts) >= maxStatements {
		s.dropStatements()
	}
	s.stmts[cypher] = st
	return st, nil
}

// bindable rejects parameter values go-kuzu cannot bind, with a clearer
// message than its own: empty lists (their element type is unknown) and
// lists mixing types.
func bindable(name string, v any) error {
	switch x := v.(type) {
	case []string:
		if len(x) == 0 {
			return fmt.Errorf("parameter $%s is an empty list, which Kuzu cannot bind; leave the filter out or pass at least one element", name)
		}
	case []any:
		if len(x) == 0 {
			return fmt.Errorf("parameter $%s is an empty list, which Kuzu cannot bind; leave the filter out or pass at least one element", name)
		}
		for _, e := range x[1:] {
			if fmt.Sprintf("%T", e) != fmt.Sprintf("%T", x[0]) {
				return fmt.Errorf("parameter $%s mixes value types (%T and %T), which Kuzu cannot bind", name, x[0], e)
			}
		}
	}
	return nil
}

// exec runs a statement for its effect.
func (s *Store) exec(ctx context.Context, cypher string, params map[string]any) error {
	_, _, err := s.run(ctx, cypher, params)
	return err
}

// begin, commit and rollback drive an explicit transaction. They run
// whatever ctx says, once begun: an interrupted BEGIN or COMMIT could leave
// the connection inside a transaction. Kuzu rolls a transaction back by
// itself when a statement in it fails, so rollback ignores errors ("no
// active transaction").
func (s *Store) begin(ctx context.Context, readOnly bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	stmt := "BEGIN TRANSACTION"
	if readOnly {
		stmt += " READ ONLY"
	}
	return s.exec(context.Background(), stmt, nil)
}

func (s *Store) commit() error { return s.exec(context.Background(), "COMMIT", nil) }

func (s *Store) rollback() {
	_ = s.exec(context.Background(), "ROLLBACK", nil)
}

// rollbackWrite rolls back a transaction that may have changed rows, then
// checkpoints. Kuzu 0.11.3 keeps the version information of rolled-back
// updates, so a later update of the same row can fail with "Write-write
// conflict of updating the same row" or crash the process; a checkpoint
// clears it (closing and reopening the database would too).
func (s *Store) rollbackWrite() {
	s.rollback()
	_ = s.exec(context.Background(), "CHECKPOINT", nil)
}

// readOnlyBufferMB caps the page cache of a read-only store unless
// BILAT_KUZU_BUFFER_MB says otherwise. Reads keep no written pages; on the
// examples' store every question and export runs in 256 MB (path, a
// recursive join, needs more than 128 MB), and a cap of 256 MB opens no
// faster than this one.
const readOnlyBufferMB = 4096

// bufferPoolMB is the page cache size BILAT_KUZU_BUFFER_MB asks for, or 0
// for Kuzu's own default (a share of the machine's memory, taken as
// needed). Kuzu keeps written pages until it checkpoints, which Write
// forces every checkpointRows written rows; 1000 example-sized articles then
// run in a 512 MB cache (without the checkpoints they needed about 2 GB).
func bufferPoolMB() uint64 {
	if v, err := strconv.ParseUint(os.Getenv("BILAT_KUZU_BUFFER_MB"), 10, 64); err == nil && v >= 64 {
		return v
	}
	return 0
}
