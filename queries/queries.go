// Package queries holds bilat's canned questions: named Cypher files with a
// header that says what each answers and which parameters it takes. The
// files are embedded and parsed once; the same text runs on every store,
// unless a file has a per-store variant (NAME.neo4j.cypher or
// NAME.kuzu.cypher) for a construct the two dialects spell differently.
// NAME.graph.cypher is the question for Neo4j Browser as a picture: the same
// parameters, returning paths instead of a table.
//
// A file starts with comment lines:
//
//	// name: pledges
//	// description: What one country pledged another, with dates and sources.
//	// params: from country, to country, year year = 0
//	// distinct: from, to
//	// example: --from China --to Russia --year 2025
//	// columns: date, subject, object, what, article, sentence
//
// Parameter types are country (a country's name, resolved to its id),
// actor (any country, person or organization name, resolved to its id),
// string, int, count (a whole number from 1), year (four digits, or 0 for
// any year) and date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date).
// A parameter with "= value" has that default; one without is required.
// "distinct" names parameters that must not name the same thing (a path from
// a country to itself); "example" is a command line for the help.
//
// A store variant may instead hold alternatives, each opened by a line such
// as
//
//	// when: $a starts with person: or org:
//
// and running up to the next such line. The first alternative whose
// parameter's id starts with one of the prefixes answers; when none does,
// the plain NAME.cypher does. An alternative is for a shape the store runs
// much faster for some kinds of parameter (Kuzu walks from a person found
// by its primary key, but must scan for a country's leaders), and must
// answer exactly as the plain text.
package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed *.cypher
var files embed.FS

// ErrUnknownQuery is returned for a name no query has.
var ErrUnknownQuery = errors.New("unknown query")

// Param is one declared parameter.
type Param struct {
	Name       string
	Type       string // country, actor, string, int, date
	Default    any    // nil when required
	HasDefault bool
}

// Query is one canned question.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Distinct    []string // parameters that must differ when both are given
	Example     string   // example parameters, as typed after "bilat ask NAME"
	Columns     []string
	Text        string            // the Cypher, header included
	Variants    map[string]string // per-store text by store kind ("neo4j", "kuzu"), and "graph"
	// Alternatives are, by store kind, the statements tried in order before
	// falling back to Text; a store has either these or a variant.
	Alternatives map[string][]Alternative
	File         string
}

// Alternative is a statement a store runs instead of the query's text when
// the id given for one parameter starts with one of some prefixes.
type Alternative struct {
	Param    string   // the parameter tested
	Prefixes []string // id prefixes, colon included: "person:", "org:"
	Text     string   // the Cypher, from its // when: line on
}

// Holds reports whether the parameters select the alternative: the tested
// parameter is a string starting with one of the prefixes.
func (a Alternative) Holds(params map[string]any) bool {
	v, ok := params[a.Param].(string)
	if !ok {
		return false
	}
	for _, p := range a.Prefixes {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// For returns the text to run on a store kind ("neo4j" or "kuzu") with the
// parameters (ids resolved): the first of the store's alternatives that the
// parameters select, else the store's variant, else the query's text. With
// nil parameters no alternative is selected.
func (q *Query) For(store string, params map[string]any) string {
	for _, a := range q.Alternatives[store] {
		if a.Holds(params) {
			return a.Text
		}
	}
	if v, ok := q.Variants[store]; ok && store != "graph" {
		return v
	}
	return q.Text
}

// Graph returns the Neo4j text that answers with paths, for Browser to draw,
// when the question has one.
func (q *Query) Graph() (string, bool) {
	v, ok := q.Variants["graph"]
	return v, ok
}

// Param returns the declared parameter with the name.
func (q *Query) Param(name string) (Param, bool) {
	for _, p := range q.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

var (
	all      []*Query
	byName   map[string]*Query
	parseErr error
)

func init() {
	all, parseErr = Parse(files)
	byName = map[string]*Query{}
	for _, q := range all {
		byName[q.Name] = q
	}
}

// All returns every query, sorted by name, or the problems found in the
// embedded files (which the package tests rule out).
func All() ([]*Query, error) {
	return all, parseErr
}

// Get returns the named query, or an error wrapping ErrUnknownQuery that
// lists the known names.
func Get(name string) (*Query, error) {
	if parseErr != nil {
		return nil, parseErr
	}
	if q, ok := byName[name]; ok {
		return q, nil
	}
	names := make([]string, 0, len(all))
	for _, q := range all {
		names = append(names, q.Name)
	}
	return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownQuery, name, strings.Join(names, ", "))
}

var (
	nameRe  = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	paramRe = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	dateRe  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	types   = map[string]bool{"country": true, "actor": true, "string": true, "int": true, "count": true, "year": true, "date": true}

	// TypeDoc says what each parameter type takes, for help and errors.
	TypeDoc = map[string]string{
		"country": "a country, as people write it (China, US, Britain, Beijing)",
		"actor":   "a country, person or organization (Russia, Putin, Xi Jinping, NATO)",
		"string":  "text",
		"int":     "a whole number",
		"count":   "a whole number from 1",
		"year":    fmt.Sprintf("a year, four digits (%d-%d); 0 for any", MinYear, MaxYear),
		"date":    "a date: YYYY, YYYY-MM or YYYY-MM-DD",
	}
)

// MinYear and MaxYear bound a plausible year parameter.
const (
	MinYear = 1800
	MaxYear = 2100
)

// Parse reads every *.cypher file of fsys and checks each: a header with a
// valid name, description and parameter list; parameters used in the body
// declared and declared parameters used; no duplicate names; variants only
// for queries that exist. It reports every problem found, not just the first.
func Parse(fsys fs.FS) ([]*Query, error) {
	names, err := fs.Glob(fsys, "*.cypher")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var errs []error
	queries := map[string]*Query{}
	variants := map[string]map[string]string{}
	for _, file := range names {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		base := strings.TrimSuffix(path.Base(file), ".cypher")
		if i := strings.LastIndex(base, "."); i > 0 {
			store := base[i+1:]
			if store != "neo4j" && store != "kuzu" && store != "graph" {
				errs = append(errs, fmt.Errorf("%s: unknown store %q in file name", file, store))
				continue
			}
			if variants[base[:i]] == nil {
				variants[base[:i]] = map[string]string{}
			}
			variants[base[:i]][store] = string(data)
			continue
		}
		q, perrs := parseOne(file, string(data))
		errs = append(errs, perrs...)
		if q == nil {
			continue
		}
		if q.Name != base {
			errs = append(errs, fmt.Errorf("%s: name %q differs from the file name", file, q.Name))
		}
		if _, dup := queries[q.Name]; dup {
			errs = append(errs, fmt.Errorf("%s: query %q defined twice", file, q.Name))
			continue
		}
		queries[q.Name] = q
	}
	for name, vs := range variants {
		q, ok := queries[name]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: variant of a query that does not exist", name))
			continue
		}
		q.Variants = map[string]string{}
		for store, text := range vs {
			file := fmt.Sprintf("%s.%s.cypher", name, store)
			alts, aerrs := parseAlternatives(file, q, text)
			errs = append(errs, aerrs...)
			if alts == nil {
				q.Variants[store] = text
				errs = append(errs, checkParams(file, q, text)...)
				continue
			}
			if store == "graph" {
				errs = append(errs, fmt.Errorf("%s: a picture for Browser has no alternatives", file))
				continue
			}
			if q.Alternatives == nil {
				q.Alternatives = map[string][]Alternative{}
			}
			q.Alternatives[store] = alts
		}
	}
	if len(queries) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New("no queries found"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	out := make([]*Query, 0, len(queries))
	for _, q := range queries {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func parseOne(file, text string) (*Query, []error) {
	var errs []error
	q := &Query{Text: text, File: file}
	seen := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			if line != "" {
				break // the header ends at the first line of Cypher
			}
			continue
		}
		body := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, val, ok := strings.Cut(body, ":")
		if !ok {
			continue // a plain comment
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		where := fmt.Sprintf("%s:%d", file, n+1)
		if seen[key] {
			errs = append(errs, fmt.Errorf("%s: %s given twice", where, key))
		}
		seen[key] = true
		switch key {
		case "name":
			if !nameRe.MatchString(val) {
				errs = append(errs, fmt.Errorf("%s: bad query name %q (lower case letters, digits, _)", where, val))
			}
			q.Name = val
		case "description":
			q.Description = val
		case "params":
			ps, err := parseParams(val)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %v", where, err))
			}
			q.Params = ps
		case "distinct":
			for _, d := range strings.Split(val, ",") {
				if d = strings.TrimSpace(d); d != "" {
					q.Distinct = append(q.Distinct, d)
				}
			}
		case "example":
			q.Example = val
		case "when":
			errs = append(errs, fmt.Errorf("%s: a // when: line opens an alternative in a store variant (%s.kuzu.cypher), not in the query", where, strings.TrimSuffix(path.Base(file), ".cypher")))
		case "columns":
			for _, c := range strings.Split(val, ",") {
				if c = strings.TrimSpace(c); c != "" {
					q.Columns = append(q.Columns, c)
				}
			}
		}
	}
	if q.Name == "" {
		errs = append(errs, fmt.Errorf("%s: missing // name: header", file))
	}
	if q.Description == "" {
		errs = append(errs, fmt.Errorf("%s: missing // description: header", file))
	}
	if !seen["params"] {
		errs = append(errs, fmt.Errorf("%s: missing // params: header (write // params: none)", file))
	}
	for _, d := range q.Distinct {
		if _, ok := q.Param(d); !ok {
			errs = append(errs, fmt.Errorf("%s: distinct names %s, which is not a parameter", file, d))
		}
	}
	errs = append(errs, checkParams(file, q, text)...)
	if len(errs) > 0 {
		return nil, errs
	}
	return q, nil
}

var whenRe = regexp.MustCompile(`^\$([A-Za-z_][A-Za-z0-9_]*) starts with (.+)$`)

// whenLine returns the condition of a // when: line, and whether it is one.
func whenLine(line string) (string, bool) {
	body, ok := strings.CutPrefix(strings.TrimSpace(line), "//")
	if !ok {
		return "", false
	}
	key, cond, ok := strings.Cut(body, ":")
	if !ok || strings.TrimSpace(key) != "when" {
		return "", false
	}
	return strings.TrimSpace(cond), true
}

// parseAlternatives splits a store variant at its // when: lines, or returns
// nil when it has none. Only comments may come before the first; each
// alternative tests an actor or country parameter of the query against id
// prefixes, and uses the parameters the query declares.
func parseAlternatives(file string, q *Query, text string) ([]Alternative, []error) {
	lines := strings.Split(text, "\n")
	var starts []int
	for n, line := range lines {
		if _, ok := whenLine(line); ok {
			starts = append(starts, n)
		}
	}
	if len(starts) == 0 {
		return nil, nil
	}
	var errs []error
	if strings.TrimSpace(stripComments(strings.Join(lines[:starts[0]], "\n"))) != "" {
		errs = append(errs, fmt.Errorf("%s: Cypher before the first // when: line", file))
	}
	alts := make([]Alternative, len(starts))
	for i, start := range starts {
		end := len(lines)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		where := fmt.Sprintf("%s:%d", file, start+1)
		cond, _ := whenLine(lines[start])
		a, err := parseWhen(q, cond)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", where, err))
		}
		a.Text = strings.Join(lines[start:end], "\n")
		if strings.TrimSpace(stripComments(a.Text)) == "" {
			errs = append(errs, fmt.Errorf("%s: no Cypher after the // when: line", where))
		} else {
			errs = append(errs, checkParams(where, q, a.Text)...)
		}
		alts[i] = a
	}
	return alts, errs
}

// parseWhen reads "$a starts with person: or org:".
func parseWhen(q *Query, cond string) (Alternative, error) {
	m := whenRe.FindStringSubmatch(cond)
	if m == nil {
		return Alternative{}, fmt.Errorf("want // when: $PARAM starts with PREFIX: [or PREFIX: ...], not %q", cond)
	}
	a := Alternative{Param: m[1]}
	if p, ok := q.Param(a.Param); !ok || p.Type != "actor" && p.Type != "country" {
		return a, fmt.Errorf("$%s is not an actor or country parameter of %s", a.Param, q.Name)
	}
	for _, p := range strings.Split(m[2], " or ") {
		if !nameRe.MatchString(strings.TrimSuffix(p, ":")) || !strings.HasSuffix(p, ":") {
			return a, fmt.Errorf("prefix %q: want an id prefix, as %q", p, "person:")
		}
		a.Prefixes = append(a.Prefixes, p)
	}
	return a, nil
}

// parseParams reads "from country, to country, year int = 0".
func parseParams(s string) ([]Param, error) {
	if strings.TrimSpace(s) == "none" {
		return nil, nil
	}
	var out []Param
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		decl, def, hasDef := strings.Cut(part, "=")
		f := strings.Fields(decl)
		if len(f) != 2 {
			return nil, fmt.Errorf("parameter %q: want NAME TYPE [= DEFAULT]", part)
		}
		p := Param{Name: f[0], Type: f[1], HasDefault: hasDef}
		if !types[p.Type] {
			return nil, fmt.Errorf("parameter %s: unknown type %q", p.Name, p.Type)
		}
		if seen[p.Name] {
			return nil, fmt.Errorf("parameter %s declared twice", p.Name)
		}
		seen[p.Name] = true
		if hasDef {
			v, err := Convert(p.Type, strings.Trim(strings.TrimSpace(def), `"'`))
			if err != nil {
				return nil, fmt.Errorf("parameter %s: default: %v", p.Name, err)
			}
			p.Default = v
		}
		out = append(out, p)
	}
	return out, nil
}

// checkParams compares the $parameters in the Cypher with the declared ones.
func checkParams(file string, q *Query, text string) []error {
	var errs []error
	used := map[string]bool{}
	for _, m := range paramRe.FindAllStringSubmatch(stripComments(text), -1) {
		used[m[1]] = true
	}
	for name := range used {
		if _, ok := q.Param(name); !ok {
			errs = append(errs, fmt.Errorf("%s: $%s is used but not declared", file, name))
		}
	}
	for _, p := range q.Params {
		if !used[p.Name] {
			errs = append(errs, fmt.Errorf("%s: parameter %s is declared but not used", file, p.Name))
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs
}

func stripComments(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// Convert turns a command-line value into a parameter value of the type, or
// says in one phrase why it cannot. Country and actor values stay names; the
// caller resolves them to ids.
func Convert(typ, v string) (any, error) {
	switch typ {
	case "int", "count", "year":
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a whole number", v)
		}
		switch {
		case typ == "count" && n < 1:
			return nil, fmt.Errorf("%d is not a count: give a whole number from 1", n)
		case typ == "year" && n != 0 && (n < MinYear || n > MaxYear):
			return nil, fmt.Errorf("%q is not a year: give four digits, %d to %d (0 for any year)", v, MinYear, MaxYear)
		}
		return n, nil
	case "date":
		if v == "" {
			return v, nil // unset: the query treats "" as no limit
		}
		if !dateRe.MatchString(v) {
			return nil, fmt.Errorf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", v)
		}
		layout := "2006-01-02"[:len(v)]
		if _, err := time.Parse(layout, v); err != nil {
			return nil, fmt.Errorf("%q is not a calendar date (month 01-12, a day the month has)", v)
		}
		return v, nil
	}
	return v, nil
}
