package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"
	"github.com/xrash/smetrics"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/queries"
	"github.com/bilatgraph/bilat/queries/aliases"
	"github.com/bilatgraph/bilat/schema"
)

func askCommand() *cli.Command {
	return &cli.Command{
		Name:      "ask",
		Usage:     "answer a canned question (bilat ask --list shows them)",
		ArgsUsage: "NAME [--PARAM VALUE ...] [--format table|json|csv]",
		Description: `Runs one of bilat's canned Cypher queries with its parameters, on either
store. Countries may be named as people write them (US, Britain, Beijing);
a question about a country counts what its leaders did while in office.
Every row names its date and its sources (article and sentence).

Examples:
   bilat ask --list
   bilat ask pledges --from China --to Russia --year 2025
   bilat ask timeline --a China --b Russia --format json
   bilat ask leaders --country Russia --at 2025-05-08
   bilat ask pledges --help          one question's parameters, defaults and an example`,
		SkipFlagParsing: true, // each query has its own parameters: parsed by runAsk
		// Shown by the help only: askFlags reads them.
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "list", Aliases: []string{"l"}, Usage: "describe every question"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table, json or csv; json and csv keep article ids and full text"},
			&cli.BoolFlag{Name: "wide", Usage: "table cells in full, not cut to the terminal's width"},
		},
		BashComplete: askComplete,
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 0 || args[0] == "--list" || args[0] == "-l" || args[0] == "--help" || args[0] == "-h" {
				if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
					return cli.ShowSubcommandHelp(c)
				}
				return listQueries(c.App.Writer)
			}
			q, err := queries.Get(args[0])
			if err != nil {
				return cli.Exit(unknownQuery(args[0]), 2)
			}
			if wantsHelp(args[1:]) {
				return queryHelp(c.App.Writer, q)
			}
			raw, opts, err := askFlags(args[1:])
			if err != nil {
				return cli.Exit("ask "+q.Name+": "+err.Error(), 2)
			}
			loc := flagValue(c, "store")
			if v, ok := raw["\x00store"]; ok {
				loc = v
			}
			for _, k := range []string{"store", "neo4j-user", "neo4j-password"} {
				delete(raw, "\x00"+k)
			}
			st, v, err := openReaderVersion(c, loc, graph.Options{Expect: askStatements(q, kindAt(loc), raw)})
			if err != nil {
				return err
			}
			defer closeReader(st)
			// A question may call on what the current schema added (Neo4j's
			// article index came with version 2): an older store is
			// refused in one line rather than failing on a missing index.
			if want := schema.Current().Version; v < want {
				return cli.Exit(fmt.Sprintf("ask %s: %s: %v", q.Name, st.Location(), &graph.SchemaError{Stored: v, Wanted: want}), 1)
			}
			res, err := runAsk(c.Context, st, q, raw)
			if err != nil {
				var bad badParam
				if errors.As(err, &bad) {
					return cli.Exit("ask "+q.Name+": "+err.Error(), 2)
				}
				return cli.Exit("ask "+q.Name+": "+err.Error(), 1)
			}
			return printTable(c.Context, c.App.Writer, st, res, opts)
		},
	}
}

// askStatements are the statements answering q may run on a store of the
// given kind: the question, the look-ups of names, and that of article
// titles for a table. The names are not resolved yet: of a question's
// alternatives (queries.Alternative), the one the ids guessed from the
// gazetteer select; a wrong guess costs only the parsing of the right one.
func askStatements(q *queries.Query, kind string, raw map[string]string) []string {
	stmts := []string{q.For(kind, guessIDs(q, raw)), articleLabelsQuery}
	for _, label := range nameLabels {
		stmts = append(stmts, nameQuery(label))
	}
	return stmts
}

// guessIDs stands in for the ids the country and actor names of raw will
// resolve to, from the gazetteer's aliases alone: a name whose aliases all
// have one label gets the id of the first; another is left out.
func guessIDs(q *queries.Query, raw map[string]string) map[string]any {
	out := map[string]any{}
	for _, p := range q.Params {
		v, ok := raw[p.Name]
		if !ok || p.Type != "country" && p.Type != "actor" {
			continue
		}
		cands := candidates(aliases.Lookup(aliases.Key(v))) // as resolveFlag reads them
		if len(cands) > 0 && !slices.ContainsFunc(cands, func(a alias) bool { return a.Label != cands[0].Label }) {
			out[p.Name] = article.EntityID(cands[0].Label, cands[0].Ref)
		}
	}
	return out
}

// askFlags reads "--name value" and "--name=value" pairs; --format and
// --wide are bilat's own.
func askFlags(args []string) (map[string]string, outputOptions, error) {
	out := map[string]string{}
	opts := outputOptions{format: "table"}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return nil, opts, fmt.Errorf("unexpected %q: parameters are given as --name value", a)
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "wide" && !hasVal {
			opts.wide = true
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, opts, fmt.Errorf("--%s needs a value", name)
			}
			i++
			val = args[i]
		}
		if name == "format" {
			if val != "table" && val != "json" && val != "csv" {
				return nil, opts, fmt.Errorf("--format %q: use table, json or csv", val)
			}
			opts.format = val
			continue
		}
		if name == "store" || name == "neo4j-user" || name == "neo4j-password" {
			out["\x00"+name] = val // bilat's own, not the query's
			continue
		}
		out[name] = val
	}
	return out, opts, nil
}

// badParam is a parameter the user must change: exit status 2.
type badParam struct{ error }

// runAsk checks and converts the parameters, resolves names to ids, and runs
// the query in the store's dialect. Every value is checked against its type
// before the store is asked anything.
func runAsk(ctx context.Context, st graph.Store, q *queries.Query, raw map[string]string) (*graph.Result, error) {
	params, err := askParams(q, raw, func() (*nameIndex, error) { return loadNames(ctx, st) })
	if err != nil {
		return nil, err
	}
	return st.Query(ctx, q.For(storeKind(st), params), params, false)
}

// askParams turns the raw --name value pairs into the query's parameters;
// names loads the alias table, only when a name is to be resolved.
func askParams(q *queries.Query, raw map[string]string, names func() (*nameIndex, error)) (map[string]any, error) {
	params := map[string]any{}
	var unknown []string
	for name := range raw {
		if _, ok := q.Param(name); !ok {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		var known []string
		for _, p := range q.Params {
			known = append(known, "--"+p.Name)
		}
		msg := fmt.Sprintf("unknown parameter --%s (this question takes %s", unknown[0], strings.Join(known, ", "))
		if s := suggestParam(q, unknown[0]); s != "" {
			msg += "; did you mean --" + s + "?"
		}
		return nil, badParam{fmt.Errorf("%s)", msg)}
	}
	// Values first, so that a bad date is reported before the store is read.
	for _, p := range q.Params {
		v, given := raw[p.Name]
		if !given {
			if !p.HasDefault {
				return nil, badParam{fmt.Errorf("--%s is required: %s (bilat ask %s --help)", p.Name, queries.TypeDoc[p.Type], q.Name)}
			}
			params[p.Name] = p.Default
			continue
		}
		if p.Type == "country" || p.Type == "actor" {
			continue
		}
		cv, err := queries.Convert(p.Type, v)
		if err != nil {
			return nil, badParam{fmt.Errorf("--%s: %v", p.Name, err)}
		}
		if p.Type == "date" {
			cv = padDate(cv.(string), p.Name == "until")
		}
		params[p.Name] = cv
	}
	var ix *nameIndex
	for _, p := range q.Params {
		v, given := raw[p.Name]
		if !given || (p.Type != "country" && p.Type != "actor") {
			continue
		}
		if strings.TrimSpace(v) == "" {
			params[p.Name] = ""
			continue
		}
		if ix == nil {
			var err error
			if ix, err = names(); err != nil {
				return nil, err
			}
		}
		id, err := ix.resolveFlag(strings.TrimSpace(v), p.Type, p.Name)
		if err != nil {
			return nil, badParam{fmt.Errorf("--%s: %v", p.Name, err)}
		}
		params[p.Name] = id
	}
	if err := checkDistinct(q, params, ix); err != nil {
		return nil, badParam{err}
	}
	return params, nil
}

// checkDistinct refuses two parameters the query declares distinct naming
// the same thing: a path from China to China.
func checkDistinct(q *queries.Query, params map[string]any, ix *nameIndex) error {
	for i, a := range q.Distinct {
		for _, b := range q.Distinct[i+1:] {
			va, vb := params[a], params[b]
			if va == "" || vb == "" || va != vb {
				continue
			}
			name := fmt.Sprint(va)
			if ix != nil {
				if n, ok := ix.nodes[name]; ok {
					name = n.name
				}
			}
			return fmt.Errorf("--%s and --%s both name %s: give two different ones", a, b, name)
		}
	}
	return nil
}

// suggestParam is the declared parameter closest to a mistyped one.
func suggestParam(q *queries.Query, name string) string {
	best, bestD := "", 3
	for _, p := range q.Params {
		if d := smetrics.WagnerFischer(name, p.Name, 1, 1, 1); d < bestD {
			best, bestD = p.Name, d
		}
	}
	return best
}

// unknownQuery says a question does not exist, with the closest names.
func unknownQuery(name string) string {
	all, _ := queries.All()
	var names []string
	for _, q := range all {
		names = append(names, q.Name)
	}
	if s := closestWord(name, names); s != "" {
		return fmt.Sprintf("ask: unknown query %q; did you mean %s? (bilat ask --list)", name, s)
	}
	return fmt.Sprintf("ask: unknown query %q (known: %s)", name, strings.Join(names, ", "))
}

// closestWord is the word of words nearest to w, within two edits or sharing
// its beginning, or "".
func closestWord(w string, words []string) string {
	best, bestD := "", 3
	for _, c := range words {
		d := smetrics.WagnerFischer(strings.ToLower(w), c, 1, 1, 1)
		if len(w) >= 3 && strings.HasPrefix(c, strings.ToLower(w)) {
			d = 1
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// wantsHelp reports whether the arguments after a question's name ask for
// its help.
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "--help" || a == "-h" || a == "-help" {
			return true
		}
	}
	return false
}

// queryHelp prints one question's help from its file's header: what it
// answers, its parameters with types and defaults, its columns, an example.
func queryHelp(w io.Writer, q *queries.Query) error {
	var usage []string
	for _, p := range q.Params {
		s := "--" + p.Name + " " + strings.ToUpper(p.Type)
		if p.HasDefault {
			s = "[" + s + "]"
		}
		usage = append(usage, s)
	}
	fmt.Fprintf(w, "NAME:\n   bilat ask %s - %s\n\n", q.Name, q.Description)
	fmt.Fprintf(w, "USAGE:\n   bilat ask %s %s [--format table|json|csv] [--wide]\n\n", q.Name, strings.Join(usage, " "))
	fmt.Fprintf(w, "PARAMETERS:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, p := range q.Params {
		def := "required"
		if p.HasDefault {
			def = "default: " + defaultText(p)
		}
		fmt.Fprintf(tw, "   --%s %s\t%s\t(%s)\n", p.Name, strings.ToUpper(p.Type), queries.TypeDoc[p.Type], def)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(q.Distinct) > 1 {
		fmt.Fprintf(w, "   --%s must name different things.\n", strings.Join(q.Distinct, " and --"))
	}
	if len(q.Columns) > 0 {
		fmt.Fprintf(w, "\nCOLUMNS:\n   %s\n", strings.Join(q.Columns, ", "))
	}
	if q.Example != "" {
		fmt.Fprintf(w, "\nEXAMPLE:\n   bilat ask %s %s\n", q.Name, q.Example)
	}
	fmt.Fprintf(w, "\nOPTIONS:\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "   --format table|json|csv\thow to print the rows (default: table; json and csv keep ids and full text)\n")
	fmt.Fprintf(tw, "   --wide\ttable cells in full, not cut to the terminal's width\n")
	for _, f := range storeFlags() {
		fmt.Fprintf(tw, "   %s\n", f.String())
	}
	return tw.Flush()
}

// defaultText spells a parameter's default for the help: "" as none.
func defaultText(p queries.Param) string {
	switch v := p.Default.(type) {
	case string:
		if v == "" {
			return "none"
		}
		return v
	case int64:
		if v == 0 && p.Type == "year" {
			return "0, any year"
		}
	}
	return fmt.Sprint(p.Default)
}

// padDate turns "2025" or "2025-05" into a full date: the first day, or the
// last for the end of a period, so that string comparison works.
func padDate(d string, end bool) string {
	switch len(d) {
	case 4:
		if end {
			return d + "-12-31"
		}
		return d + "-01-01"
	case 7:
		if end {
			return d + "-31"
		}
		return d + "-01"
	}
	return d
}

func listQueries(w io.Writer) error {
	all, err := queries.All()
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range all {
		var ps []string
		for _, p := range q.Params {
			s := "--" + p.Name + " " + p.Type
			if p.HasDefault {
				s = "[" + s + "]"
			}
			ps = append(ps, s)
		}
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Description)
		fmt.Fprintf(tw, "\t  %s\n", strings.Join(ps, " "))
	}
	return tw.Flush()
}

// outputOptions are bilat's own flags of ask: --format and --wide.
type outputOptions struct {
	format string
	wide   bool
}

// printTable prints an answer. A table names articles by title (else the
// last part of their URL) instead of id and fits the terminal unless --wide;
// JSON and CSV keep ids and full text.
func printTable(ctx context.Context, w io.Writer, st graph.Store, res *graph.Result, opts outputOptions) error {
	if opts.format != "table" && opts.format != "" {
		return printResult(w, res, opts.format)
	}
	to := tableOptions{width: terminalWidth(w)}
	if opts.wide {
		to.width = 0
	}
	// Every article column is relabelled, so that each names an article once.
	labels := articleLabels(ctx, st, res)
	to.labels = map[string]map[string]string{"articles": labels, "article": labels}
	return writeTable(w, res, to)
}

// articleLabelsQuery reads what articleLabels needs of the articles.
const articleLabelsQuery = "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.url AS url"

// articleLabels maps the article ids of an answer to what a reader knows
// them by: the title, else the file or page at the end of the URL. An
// article with neither keeps its id; a failing look-up labels nothing.
func articleLabels(ctx context.Context, st graph.Store, res *graph.Result) map[string]string {
	var ids []any
	seen := map[string]bool{}
	for i, c := range res.Columns {
		if c != "articles" && c != "article" {
			continue
		}
		for _, r := range res.Rows {
			var vs []any
			switch x := r[i].(type) {
			case []any:
				vs = x
			case string:
				vs = []any{x}
			}
			for _, v := range vs {
				if s, ok := v.(string); ok && !seen[s] {
					seen[s] = true
					ids = append(ids, s)
				}
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	out, err := st.Query(ctx, articleLabelsQuery, map[string]any{"ids": ids}, false)
	if err != nil {
		return nil
	}
	labels := map[string]string{}
	for _, r := range out.Rows {
		id := fmt.Sprint(r[0])
		if t, _ := r[1].(string); strings.TrimSpace(t) != "" {
			labels[id] = strings.TrimSpace(t)
		} else if u, _ := r[2].(string); u != "" {
			labels[id] = path.Base(strings.TrimRight(u, "/"))
		}
	}
	return labels
}
