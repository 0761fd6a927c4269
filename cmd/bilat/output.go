package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/bilatgraph/bilat/graph"
)

// printResult writes rows as an aligned table, JSON (one object per row, in
// an array) or CSV.
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
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(res.Columns, "\t")))
		for _, r := range res.Rows {
			cells := make([]string, len(r))
			for i, v := range r {
				cells[i] = cell(v, 90)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "(%d rows)\n", len(res.Rows))
		return nil
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
