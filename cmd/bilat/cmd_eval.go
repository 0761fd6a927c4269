package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/ingest"
	"github.com/bilatgraph/bilat/ingest/annotation"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score extraction against gold annotations",
		Description: `Reads gold annotations (JSON Lines in the corpus guideline's format), runs
the extractor on each article's text, and scores relations (exact and at
country level, per kind), entities and dates as the guideline's reference
scorer does.

Examples:
   bilat eval --gold ../shared/corpus/dev.jsonl
   bilat eval --gold ../shared/corpus/dev.jsonl --json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Required: true, Usage: "gold annotations, JSON Lines"},
			&cli.StringFlag{Name: "pred", Usage: "score these predictions instead of running the extractor"},
			&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		},
		Action: func(c *cli.Context) error {
			return runEval(c.App.Writer, c.String("gold"), c.String("pred"), c.Bool("json"))
		},
	}
}

func runEval(stdout io.Writer, goldPath, predPath string, asJSON bool) error {
	gold, err := annotation.ReadFile(goldPath)
	if err != nil {
		return cli.Exit("eval: "+err.Error(), 2)
	}
	var pred []annotation.Document
	if predPath != "" {
		if pred, err = annotation.ReadFile(predPath); err != nil {
			return cli.Exit("eval: "+err.Error(), 2)
		}
	} else {
		p, err := ingest.New()
		if err != nil {
			return err
		}
		for _, g := range gold {
			a := article.Article{ID: g.ID, Published: g.Published, Text: g.Text}
			pred = append(pred, annotation.FromExtraction(p.Extract(a), false))
		}
	}
	rep := eval.Score(gold, pred)
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		return enc.Encode(rep)
	}
	printReport(stdout, rep)
	return nil
}

func printReport(w io.Writer, r eval.Report) {
	line := func(name string, p eval.PRF) {
		fmt.Fprintf(w, "%-18s P=%.3f R=%.3f F1=%.3f\n", name, p.Precision, p.Recall, p.F1)
	}
	line("relations_exact", r.RelationsExact)
	line("relations_country", r.RelationsCountry)
	line("entities", r.Entities)
	for _, k := range sortedKeys(r.PerKind) {
		v := r.PerKind[k]
		fmt.Fprintf(w, "  %-12s P=%.2f R=%.2f F1=%.2f (gold %d)\n", k, v.Precision, v.Recall, v.F1, v.Gold)
	}
	acc := "None"
	if r.DateAccuracy != nil {
		acc = fmt.Sprintf("%.3f", *r.DateAccuracy)
	}
	fmt.Fprintf(w, "date_accuracy %s  missing %d\n", acc, len(r.MissingArticles))
	fmt.Fprintf(w, "country-F1 %.3f exact-F1 %.3f entity-F1 %.3f\n", r.RelationsCountry.F1, r.RelationsExact.F1, r.Entities.F1)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
