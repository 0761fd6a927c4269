// Command aliases writes queries/aliases/table.tsv, the alias table of
// bilat's questions, from the gazetteer's embedded data. Run it with
// `go generate ./queries/aliases` after changing ingest/gazetteer/data;
// TestTableUpToDate in queries/aliases fails until then.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/queries/aliases"
)

func main() {
	out := "table.tsv" // go generate runs in queries/aliases
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	g, err := gazetteer.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, "aliases:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, aliases.Format(aliases.FromGazetteer(g)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "aliases:", err)
		os.Exit(1)
	}
	abs, _ := filepath.Abs(out)
	fmt.Println("aliases: wrote", abs)
}
