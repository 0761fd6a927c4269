package kuzu

import (
	"sync"

	kz "github.com/kuzudb/go-kuzu"
)

// Kuzu parses Cypher with an ANTLR parser whose prediction tables are
// built the first time the process meets each construct and are shared by
// every database after that: a first question costs 20-40 ms of parsing
// and the same question again under 2 ms. Opening a store read-only costs
// about as long (45-60 ms), so Open parses the statements a read command is
// about to run on a scratch in-memory database at the same time, on another
// core; the statements are only prepared there (parsed, then refused for the
// tables that do not exist), never run.

// ownStatements are what a read-only Store runs by itself: the schema
// version check and the READ ONLY transaction around Query.
var ownStatements = []string{
	showVersionTable, readVersion, "BEGIN TRANSACTION READ ONLY", "COMMIT",
}

var (
	warmMu sync.Mutex
	warmed = map[string]bool{} // statements this process has parsed once
)

// warmParser parses the statements the process has not parsed yet, in a
// goroutine, and returns a channel closed when it is done.
func warmParser(stmts []string) <-chan struct{} {
	warmMu.Lock()
	var todo []string
	for _, s := range stmts {
		if !warmed[s] {
			warmed[s] = true
			todo = append(todo, s)
		}
	}
	warmMu.Unlock()
	if len(todo) == 0 {
		return closedChan
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		cfg := kz.DefaultSystemConfig()
		cfg.BufferPoolSize = scratchBufferMB << 20
		cfg.MaxNumThreads = 1
		db, err := kz.OpenInMemoryDatabase(cfg)
		if err != nil {
			db.Close()
			return
		}
		defer db.Close()
		conn, err := kz.OpenConnection(db)
		if err != nil {
			conn.Close()
			return
		}
		defer conn.Close()
		for _, s := range todo {
			// The scratch database has no tables, so preparing fails
			// after parsing, which is all that is wanted.
			st, _ := conn.Prepare(s)
			st.Close()
		}
	}()
	return done
}

// closedChan is a warm-up that has nothing to do.
var closedChan = func() <-chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// scratchBufferMB is the page cache of the scratch database, which holds
// nothing.
const scratchBufferMB = 64
