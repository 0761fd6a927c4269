// Command kuzuopen times what opening a Kuzu store costs, phase by phase,
// with go-kuzu alone: open the database read-only, open a connection, run
// RETURN 1 twice (the first pays the engine's first-query costs), then
// optional statements given as arguments, each twice. With -warm it parses
// the statements on a scratch in-memory database while the store opens, as
// bilat's read commands do (graph/kuzu/warm.go).
//
//	go run ./dev/kuzuopen [-buffer-mb 4096] [-threads 0] [-max-db-gb 0] [-warm] STORE [CYPHER ...]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	kz "github.com/kuzudb/go-kuzu"
)

// init keeps main on the main thread, as bilat does (see cmd/bilat/main.go:
// glibc's malloc arenas).
func init() { runtime.LockOSThread() }

func main() {
	bufferMB := flag.Uint64("buffer-mb", 4096, "buffer pool size in MB (0: Kuzu's default)")
	threads := flag.Uint64("threads", 0, "max threads (0: Kuzu's default, the number of cores)")
	warm := flag.Bool("warm", false, "parse the statements on an in-memory database while the store opens")
	maxDB := flag.Uint64("max-db-gb", 0, "max database size in GB, a power of two (0: Kuzu's default)")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: kuzuopen [-buffer-mb N] [-threads N] [-max-db-gb N] [-warm] STORE [CYPHER ...]")
		os.Exit(2)
	}
	start := time.Now()
	last := start
	lap := func(what string) {
		now := time.Now()
		fmt.Printf("%-40s %7.2f ms\n", what, float64(now.Sub(last).Microseconds())/1000)
		last = now
	}
	cfg := kz.DefaultSystemConfig()
	cfg.ReadOnly = true
	if *bufferMB > 0 {
		cfg.BufferPoolSize = *bufferMB << 20
	}
	if *maxDB > 0 {
		cfg.MaxDbSize = *maxDB << 30
	}
	if *threads > 0 {
		cfg.MaxNumThreads = *threads
	}
	stmts := append([]string{"RETURN 1"}, flag.Args()[1:]...)
	warmed := make(chan time.Duration, 1)
	if *warm {
		go func() {
			t0 := time.Now()
			mcfg := kz.DefaultSystemConfig()
			mcfg.BufferPoolSize = 64 << 20
			mem, err := kz.OpenInMemoryDatabase(mcfg)
			if err == nil {
				if c, err := kz.OpenConnection(mem); err == nil {
					for _, q := range stmts {
						if res, err := c.Query(q); err == nil {
							res.Close()
						}
					}
					c.Close()
				}
				mem.Close()
			}
			warmed <- time.Since(t0)
		}()
	} else {
		warmed <- 0
	}
	db, err := kz.OpenDatabase(flag.Arg(0), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(1)
	}
	defer db.Close()
	lap("open database")
	conn, err := kz.OpenConnection(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, "connect:", err)
		os.Exit(1)
	}
	defer conn.Close()
	lap("open connection")
	fmt.Printf("%-40s %7.2f ms (in parallel)\n", "warm-up", float64((<-warmed).Microseconds())/1000)
	lap("wait for warm-up")
	for _, q := range stmts {
		for i := 1; i <= 2; i++ {
			res, err := conn.Query(q)
			if err != nil {
				fmt.Fprintln(os.Stderr, q+":", err)
				os.Exit(1)
			}
			for res.HasNext() {
				t, _ := res.Next()
				t.Close()
			}
			res.Close()
			lap(fmt.Sprintf("%.30s (#%d)", q, i))
		}
	}
	conn.Close()
	db.Close()
	lap("close")
	fmt.Printf("%-40s %7.2f ms\n", "total", float64(time.Since(start).Microseconds())/1000)
}
