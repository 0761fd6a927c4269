// Command bilat turns news about diplomacy into a knowledge graph of
// bilateral relations: it reads articles, extracts dated relations between
// countries, leaders and organizations with the sentence behind each, stores
// them in an embedded Kuzu database or in Neo4j, and answers questions about
// them with canned Cypher queries.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	exitAfterRun = true
	os.Exit(run(ctx, os.Args, os.Stdout, os.Stderr))
}

// run executes the CLI and returns the exit status. Errors are printed as
// one line on stderr, never as a stack trace.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	if err := app.RunContext(ctx, args); err != nil {
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			if msg := strings.TrimSpace(err.Error()); msg != "" {
				fmt.Fprintln(stderr, "bilat: "+oneLine(msg))
			}
			return ec.ExitCode()
		}
		fmt.Fprintln(stderr, "bilat: "+oneLine(err.Error()))
		return 1
	}
	return 0
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "bilat",
		Usage:   "turn news about diplomacy into a knowledge graph of bilateral relations",
		Version: version,
		Description: `Examples:
   bilat ingest examples/                       read articles into ./bilat.kuzu
   bilat ask pledges --from China --to Russia --year 2025
   bilat ask --list                             the canned questions
   bilat help ask pledges                       one question: parameters, defaults, an example
   bilat extract ../shared/corpus/seed-article.txt
   bilat eval --gold ../shared/corpus/dev.jsonl
   bilat schema --store neo4j://localhost:7687     set up a Neo4j database`,
		Writer:    stdout,
		ErrWriter: stderr,
		Flags:     storeFlags(),
		Commands: []*cli.Command{
			ingestCommand(),
			extractCommand(),
			evalCommand(),
			askCommand(),
			queryCommand(),
			exportCommand(),
			loadCommand(),
			chartCommand(),
			schemaCommand(),
			browserCommand(),
			versionCommand(),
			helpCommand(),
			manCommand(),
			completionCommand(),
		},
		// bilat's own help command (help.go) knows questions too:
		// "bilat help ask pledges".
		HideHelpCommand:      true,
		EnableBashCompletion: true,
		Action:               rootAction,
		// Errors come back to run, which prints them as one line; the
		// default handler would print and exit on its own.
		ExitErrHandler: func(*cli.Context, error) {},
	}
	addGlobalOptions(app)
	return app
}

// init keeps the main goroutine on the process's main thread, so that what
// Kuzu allocates for it comes from glibc's main arena, which grows by brk
// 128 KB at a time. On any other thread glibc gives Kuzu an arena of its
// own that grows by one mprotect call per 4 KB page: opening a store there
// made 12,500 such calls, 20 ms of every bilat ask.
func init() { runtime.LockOSThread() }
