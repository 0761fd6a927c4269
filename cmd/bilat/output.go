package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-isatty"

	"github.com/bilatgraph/bilat/graph"
)

// printResult writes rows as an aligned table, JSON (one object per row, in
// an array) or CSV. JSON and CSV keep every value as stored (ids, full text);
// a table fits the terminal.
func printResult(w io.Writer, res *graph.Result, format string) error {
	switch format {
	case "json":
		rows := make([]map[string]any, 0, len(res.Rows))
		for _, r := range res.Rows {
			m := map[string]any{}
			for i, c := range res.Columns {
				m[c] = r[i]
			}
			rows = append(rows, m)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(res.Columns); err != nil {
			return err
		}
		for _, r := range res.Rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v, 0)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	case "table", "":
		return writeTable(w, res, tableOptions{width: terminalWidth(w)})
	}
	return fmt.Errorf("unknown format %q: use table, json or csv", format)
}

// cell renders a value for a table or CSV cell. A list shows its first item
// and how many more there are; width > 0 shortens long text.
func cell(v any, width int) string {
	var s string
	switch x := v.(type) {
	case nil:
		s = ""
	case []any:
		switch len(x) {
		case 0:
			s = ""
		case 1:
			s = cell(x[0], 0)
		default:
			if width == 0 || joinedLen(x) <= width {
				parts := make([]string, len(x))
				for i, e := range x {
					parts[i] = cell(e, 0)
				}
				s = strings.Join(parts, " | ")
			} else {
				s = fmt.Sprintf("%s (+%d more)", cell(x[0], 0), len(x)-1)
			}
		}
	case map[string]any:
		b, _ := json.Marshal(x)
		s = string(b)
	default:
		s = fmt.Sprint(x)
	}
	s = strings.Join(strings.Fields(s), " ")
	if width > 0 && len([]rune(s)) > width {
		s = string([]rune(s)[:width-1]) + "…"
	}
	return s
}

// joinedLen is the length of a list's items joined for display.
func joinedLen(xs []any) int {
	n := 0
	for _, x := range xs {
		n += len(fmt.Sprint(x)) + 3
	}
	return n
}

// tableOptions shape a table: width is the widest line (0: no limit), labels
// replaces values (article ids by titles) in the named columns.
type tableOptions struct {
	width  int
	labels map[string]map[string]string // column -> value -> label
}

// writeTable writes rows as an aligned table whose lines fit opts.width: the
// widest columns give up room first and their cells end in "…".
func writeTable(w io.Writer, res *graph.Result, opts tableOptions) error {
	n := len(res.Columns)
	rows := make([][]string, 0, len(res.Rows)+1)
	head := make([]string, n)
	for i, c := range res.Columns {
		head[i] = strings.ToUpper(c)
	}
	rows = append(rows, head)
	for _, r := range res.Rows {
		cells := make([]string, n)
		for i, v := range r {
			if i >= n {
				break
			}
			if l, ok := opts.labels[res.Columns[i]]; ok {
				v = relabel(v, l)
			}
			cells[i] = cell(v, 0)
		}
		rows = append(rows, cells)
	}
	widths := fitWidths(rows, opts.width)
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			c = truncate(c, widths[i])
			b.WriteString(c)
			if i < n-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, "("+plural(len(res.Rows), "row")+")")
	return err
}

// fitWidths gives each column its widest cell, and when the line would be
// wider than limit, shares the room out: narrow columns keep their width, the
// others get equal parts of what is left (at least minColumn).
func fitWidths(rows [][]string, limit int) []int {
	if len(rows) == 0 {
		return nil
	}
	n := len(rows[0])
	natural := make([]int, n)
	for _, r := range rows {
		for i, c := range r {
			natural[i] = max(natural[i], utf8.RuneCountInString(c))
		}
	}
	total := 2 * (n - 1)
	for _, w := range natural {
		total += w
	}
	if limit <= 0 || total <= limit {
		return natural
	}
	const minColumn = 8
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return natural[order[a]] < natural[order[b]] })
	budget := limit - 2*(n-1)
	out := make([]int, n)
	for k, i := range order {
		share := budget / (n - k)
		out[i] = max(min(natural[i], share), min(natural[i], minColumn))
		budget -= out[i]
	}
	return out
}

// truncate cuts s to width runes, the last one an ellipsis.
func truncate(s string, width int) string {
	r := []rune(s)
	if width <= 0 || len(r) <= width {
		return s
	}
	return string(r[:width-1]) + "…"
}

// relabel replaces a value, or each item of a list, by its label; a list
// names each item once (an article behind two sentences is one article).
func relabel(v any, labels map[string]string) any {
	switch x := v.(type) {
	case string:
		if l, ok := labels[x]; ok {
			return l
		}
	case []any:
		out := make([]any, 0, len(x))
		seen := map[any]bool{}
		for _, e := range x {
			if k, ok := e.(string); ok && seen[k] {
				continue
			} else if ok {
				seen[k] = true
			}
			out = append(out, relabel(e, labels))
		}
		return out
	}
	return v
}

// plural spells a count with its noun: "1 row", "2 rows".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// terminalWidth is the width to fit a table to: $COLUMNS when set, else the
// terminal's when w is one, else 120 (a pipe or a file).
func terminalWidth(w io.Writer) int {
	if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
		return c
	}
	if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		if c := ttyColumns(f); c > 0 {
			return c
		}
	}
	return 120
}
