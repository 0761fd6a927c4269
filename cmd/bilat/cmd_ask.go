package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/gazetteer"
	"github.com/bilatgraph/bilat/queries"
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
   bilat ask leaders --country Russia --at 2025-05-08`,
		SkipFlagParsing: true, // each query has its own parameters: parsed by runAsk
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
				return cli.Exit("ask: "+err.Error()+"; see bilat ask --list", 2)
			}
			raw, format, err := askFlags(args[1:])
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
			st, err := openReaderAt(c, loc, graph.Options{})
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := runAsk(c.Context, st, q, raw)
			if err != nil {
				return cli.Exit("ask "+q.Name+": "+err.Error(), 1)
			}
			return printResult(c.App.Writer, res, format)
		},
	}
}

// askFlags reads "--name value" and "--name=value" pairs; --format is bilat's own.
func askFlags(args []string) (map[string]string, string, error) {
	out := map[string]string{}
	format := "table"
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return nil, "", fmt.Errorf("unexpected %q: parameters are given as --name value", a)
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !hasVal {
			if i+1 >= len(args) {
				return nil, "", fmt.Errorf("--%s needs a value", name)
			}
			i++
			val = args[i]
		}
		if name == "format" {
			format = val
			continue
		}
		if name == "store" || name == "neo4j-user" || name == "neo4j-password" {
			out["\x00"+name] = val // bilat's own, not the query's
			continue
		}
		out[name] = val
	}
	return out, format, nil
}

// runAsk checks and converts the parameters, resolves names to ids, and runs
// the query in the store's dialect.
func runAsk(ctx context.Context, st graph.Store, q *queries.Query, raw map[string]string) (*graph.Result, error) {
	params := map[string]any{}
	for name := range raw {
		if _, ok := q.Param(name); !ok {
			var known []string
			for _, p := range q.Params {
				known = append(known, "--"+p.Name)
			}
			return nil, fmt.Errorf("unknown parameter --%s (this query takes %s)", name, strings.Join(known, ", "))
		}
	}
	var names *nameIndex
	for _, p := range q.Params {
		v, given := raw[p.Name]
		if !given {
			if !p.HasDefault {
				return nil, fmt.Errorf("--%s is required (%s)", p.Name, p.Type)
			}
			params[p.Name] = p.Default
			continue
		}
		switch p.Type {
		case "country", "actor":
			if v == "" {
				params[p.Name] = ""
				continue
			}
			if names == nil {
				var err error
				if names, err = loadNames(ctx, st); err != nil {
					return nil, err
				}
			}
			id, err := names.resolve(v, p.Type)
			if err != nil {
				return nil, fmt.Errorf("--%s: %v", p.Name, err)
			}
			params[p.Name] = id
		default:
			cv, err := queries.Convert(p.Type, v)
			if err != nil {
				return nil, fmt.Errorf("--%s: %v", p.Name, err)
			}
			if p.Type == "date" {
				cv = padDate(cv.(string), p.Name == "until")
			}
			params[p.Name] = cv
		}
	}
	return st.Query(ctx, q.For(storeKind(st)), params, false)
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

// nameIndex resolves what users type to node ids.
type nameIndex struct {
	byName map[string][]node // lower-case name -> nodes
	all    []node
}

type node struct{ id, name, label string }

func loadNames(ctx context.Context, st graph.Store) (*nameIndex, error) {
	ix := &nameIndex{byName: map[string][]node{}}
	for _, label := range []string{"Country", "Person", "Organization"} {
		// The label comes from this list, never from user input.
		res, err := st.Query(ctx, "MATCH (n:"+label+") RETURN n.id AS id, n.name AS name", nil, false)
		if err != nil {
			return nil, err
		}
		for _, r := range res.Rows {
			n := node{id: fmt.Sprint(r[0]), name: fmt.Sprint(r[1]), label: label}
			ix.all = append(ix.all, n)
			k := strings.ToLower(n.name)
			ix.byName[k] = append(ix.byName[k], n)
		}
	}
	return ix, nil
}

// resolve finds the node a name stands for: a country by any name the
// gazetteer knows (US, Britain, Beijing, the Kremlin), else a node by name,
// else a person by surname. An unknown name gets close matches.
func (ix *nameIndex) resolve(v, typ string) (string, error) {
	g := gazetteer.Default()
	if c, ok := countryNamed(g, v); ok {
		id := article.EntityID(article.Country, c)
		for _, n := range ix.byName[strings.ToLower(c)] {
			if n.id == id {
				return id, nil
			}
		}
		return "", fmt.Errorf("%s is a country bilat knows, but the store has nothing about it yet", c)
	}
	var cands []node
	for _, n := range ix.byName[strings.ToLower(v)] {
		if typ == "actor" || n.label == "Country" {
			cands = append(cands, n)
		}
	}
	if len(cands) == 0 && typ == "actor" {
		for _, n := range ix.all {
			if n.label == "Person" && strings.EqualFold(gazetteer.Surname(n.name), v) {
				cands = append(cands, n)
			}
		}
	}
	switch len(cands) {
	case 1:
		return cands[0].id, nil
	case 0:
		what := "country"
		if typ == "actor" {
			what = "country, person or organization"
		}
		msg := fmt.Sprintf("no %s named %q in the store", what, v)
		if close := ix.closest(v, typ, 3); len(close) > 0 {
			msg += "; did you mean " + strings.Join(close, ", ") + "?"
		}
		return "", fmt.Errorf("%s", msg)
	}
	var names []string
	for _, c := range cands {
		names = append(names, c.name+" ("+c.label+")")
	}
	return "", fmt.Errorf("%q is ambiguous: %s", v, strings.Join(names, ", "))
}

func countryNamed(g *gazetteer.Gazetteer, v string) (string, bool) {
	for _, cand := range []string{v, titleCase(v)} {
		for _, f := range g.Lookup(keyOf(cand)) {
			switch f.Kind {
			case gazetteer.CountryName, gazetteer.CountryAlias, gazetteer.Demonym, gazetteer.Capital, gazetteer.Metonym:
				return f.Ref, true
			}
		}
	}
	return "", false
}

// closest returns up to n names nearest to v by edit distance.
func (ix *nameIndex) closest(v, typ string, n int) []string {
	type scored struct {
		name string
		d    int
	}
	var all []scored
	lv := strings.ToLower(v)
	for _, nd := range ix.all {
		if typ == "country" && nd.label != "Country" {
			continue
		}
		d := levenshtein(lv, strings.ToLower(nd.name))
		if strings.Contains(strings.ToLower(nd.name), lv) {
			d = 1
		}
		if d <= max(2, len(v)/2) {
			all = append(all, scored{nd.name, d})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].name < all[j].name
	})
	var out []string
	for i := 0; i < len(all) && len(out) < n; i++ {
		out = append(out, all[i].name)
	}
	return out
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// titleCase capitalises each word: "south korea" -> "South Korea".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
