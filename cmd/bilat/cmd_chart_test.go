package main

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/chart"
	"github.com/bilatgraph/bilat/graph"
	"github.com/bilatgraph/bilat/schema"
)

// testChart draws the China–Russia chart of examples/ (the Kuzu store at
// path) and checks that the plotters received, month by month, what the
// canned timeline question lists for the pair, and that bilat chart writes
// it as SVG and PNG.
func testChart(t *testing.T, open func(*testing.T) graph.Store, path string) {
	out, errOut, code := bilat(t, "--store", path, "ask", "timeline", "--a", "China", "--b", "Russia", "--format", "json")
	require.Equal(t, 0, code, errOut)
	var rows []struct{ Date, Kind string }
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	require.NotEmpty(t, rows)
	want := map[string][4]float64{}
	for _, r := range rows {
		def, ok := schema.Current().Edge(r.Kind)
		require.True(t, ok, r.Kind)
		v := want[r.Date[:7]]
		for q, name := range schema.Quads {
			if name == def.Quad {
				v[q] += def.Goldstein
			}
		}
		want[r.Date[:7]] = v
	}

	dir := t.TempDir()
	for _, f := range []string{"cn-ru.svg", "cn-ru.png"} {
		file := filepath.Join(dir, f)
		out, errOut, code := bilat(t, "--store", path, "chart", "--a", "China", "--b", "Russia", "--out", file)
		require.Equal(t, 0, code, errOut)
		assert.Regexp(t, `^charted \d+ events between China and Russia \(\d+ cooperation, \d+ conflict\), by month, 2025-01 to 2025-11, to .*`+f+"\n$", out)
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		if filepath.Ext(f) == ".png" {
			_, err := png.Decode(bytes.NewReader(data))
			require.NoError(t, err)
		} else {
			assert.Contains(t, string(data), "China – Russia: cooperation and conflict by month")
		}
	}
	out, _, code = bilat(t, "--store", path, "chart", "--a", "China", "--b", "Russia", "--by", "year")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "<svg", "SVG on standard output without --out")
	for args, msg := range map[[2]string]string{
		{"--by", "week"}:         "--by must be month or year",
		{"--out", "x.pdf"}:       "name a .svg or .png file",
		{"--since", "2025-13-1"}: "--since",
	} {
		_, errOut, code := bilat(t, "--store", path, "chart", "--a", "China", "--b", "Russia", args[0], args[1])
		assert.Equal(t, 2, code, args)
		assert.Contains(t, errOut, msg)
	}
	_, errOut, code = bilat(t, "--store", path, "chart", "--a", "China")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "name both countries")

	st := open(t) // after the CLI runs: a process opens a Kuzu store once at a time
	o := chartOptions{A: "china", B: "Russian Federation", By: "month"}
	require.NoError(t, o.check())
	d, err := chartData(t.Context(), st, o)
	require.NoError(t, err)
	assert.Equal(t, "China", d.A, "the store's names in the title")
	assert.Equal(t, len(rows), d.Events)
	c, err := chart.New(d)
	require.NoError(t, err)
	months := 0
	for i, b := range d.Bins {
		got := [4]float64{}
		for q := range schema.Quads {
			got[q] = c.Bars[q].Values[i]
		}
		w := want[b.Period]
		assert.InDeltaSlice(t, w[:], got[:], 1e-9, b.Period)
		assert.InDelta(t, got[0]+got[1]+got[2]+got[3], c.Net.XYs[i].Y, 1e-9, b.Period)
		if want[b.Period] != ([4]float64{}) {
			months++
		}
	}
	assert.Equal(t, len(want), months, "every month of the timeline has its bars")
}
