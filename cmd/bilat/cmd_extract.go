package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/reader"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print what bilat reads in articles, without a store",
		ArgsUsage: "PATHS... (files, directories, or - for standard input)",
		Description: `Prints one JSON object per article in the corpus guideline's format:
id, published, entities (persons with country and title) and relations
with subject, relation, object, date, what and evidence.

Examples:
   bilat extract ../shared/corpus/seed-article.txt
   bilat extract --text ../shared/corpus/dev.jsonl > pred.jsonl`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "text", Usage: "include the article text in the output"},
			&cli.BoolFlag{Name: "explain", Usage: "print, for each sentence, its tagged words, the frames found, their arguments and why (for a person, not JSON)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return cli.Exit("extract: name at least one file, directory or - (standard input)", 2)
			}
			if c.Bool("explain") {
				return runExplain(c.App.Writer, c.App.ErrWriter, c.Args().Slice())
			}
			return runExtract(c.App.Writer, c.App.ErrWriter, c.Args().Slice(), c.Bool("text"))
		},
	}
}

// runExtract reads every article under paths and prints its extraction. Bad
// inputs are reported one line each and the rest go on; the error says how
// many failed.
func runExtract(stdout, stderr io.Writer, paths []string, withText bool) error {
	p, err := ingest.New()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	errs := reader.Walk(paths, func(a article.Article) error {
		return enc.Encode(annotation.FromExtraction(p.Extract(a), withText))
	})
	return reportInputErrors(stderr, errs)
}

// runExplain prints how the extractor read every sentence of every article.
func runExplain(stdout, stderr io.Writer, paths []string) error {
	p, err := ingest.New()
	if err != nil {
		return err
	}
	errs := reader.Walk(paths, func(a article.Article) error {
		fmt.Fprintf(stdout, "# %s (%s)\n", a.ID, a.Published)
		return p.Explain(stdout, a)
	})
	return reportInputErrors(stderr, errs)
}

// reportInputErrors prints each input error on its own line and returns an
// exit error when there were any.
func reportInputErrors(stderr io.Writer, errs []error) error {
	for _, e := range errs {
		fmt.Fprintln(stderr, "bilat: "+oneLine(e.Error()))
	}
	if len(errs) > 0 {
		return cli.Exit(fmt.Sprintf("%d input(s) could not be read", len(errs)), 1)
	}
	return nil
}
