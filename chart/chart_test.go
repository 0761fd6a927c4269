package chart_test

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/chart"
	"github.com/bilatgraph/bilat/schema"
)

var events = []chart.Event{
	{Kind: "MET_WITH", Date: "2025-01-21"},   // +1 verbal cooperation
	{Kind: "PLEDGED", Date: "2025-01-21"},    // +4
	{Kind: "CRITICIZED", Date: "2025-01-30"}, // -2 verbal conflict
	{Kind: "SANCTIONED", Date: "2025-04-02"}, // -8 material conflict
	{Kind: "SIGNED", Date: "2024-12-31"},     // +8
	{Kind: "PRAISED", Date: ""},              // undated
}

func TestAggregate(t *testing.T) {
	d, err := chart.Aggregate(schema.Current(), "China", "Russia", events, "month")
	require.NoError(t, err)
	assert.Equal(t, 5, d.Events)
	assert.Equal(t, 1, d.Undated)
	var periods []string
	for _, b := range d.Bins {
		periods = append(periods, b.Period)
	}
	assert.Equal(t, []string{"2024-12", "2025-01", "2025-02", "2025-03", "2025-04"}, periods, "empty months included")
	assert.Equal(t, [4]float64{8, 0, 0, 0}, d.Bins[0].Intensity)
	assert.Equal(t, [4]float64{5, 0, -2, 0}, d.Bins[1].Intensity)
	assert.Equal(t, [4]int{2, 0, 1, 0}, d.Bins[1].Count)
	assert.Equal(t, 3.0, d.Bins[1].Net())
	assert.Equal(t, [4]float64{0, 0, 0, -8}, d.Bins[4].Intensity)

	y, err := chart.Aggregate(schema.Current(), "China", "Russia", events, "year")
	require.NoError(t, err)
	require.Len(t, y.Bins, 2)
	assert.Equal(t, "2025", y.Bins[1].Period)
	assert.Equal(t, [4]float64{5, 0, -2, -8}, y.Bins[1].Intensity)

	_, err = chart.Aggregate(schema.Current(), "A", "B", events, "week")
	assert.ErrorContains(t, err, "month or year")
	_, err = chart.Aggregate(schema.Current(), "A", "B", []chart.Event{{Kind: "REPRESENTS", Date: "2025-01-01"}}, "month")
	assert.ErrorContains(t, err, "not an event kind")
}

// svgBars returns, per fill colour, the heights of the filled rectangles of a
// gonum SVG (bars and legend swatches).
func svgBars(t *testing.T, svg []byte) map[string][]float64 {
	t.Helper()
	var doc struct {
		Paths []struct {
			D     string `xml:"d,attr"`
			Style string `xml:"style,attr"`
		} `xml:"g>path"`
	}
	require.NoError(t, xml.Unmarshal(svg, &doc))
	fill := regexp.MustCompile(`fill:(#[0-9A-F]{6})`)
	num := regexp.MustCompile(`-?[0-9.]+`)
	out := map[string][]float64{}
	for _, p := range doc.Paths {
		m := fill.FindStringSubmatch(p.Style)
		if m == nil {
			continue
		}
		var ys []float64
		for i, s := range num.FindAllString(p.D, -1) {
			if i%2 == 1 {
				f, _ := strconv.ParseFloat(s, 64)
				ys = append(ys, f)
			}
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, y := range ys {
			lo, hi = min(lo, y), max(hi, y)
		}
		out[m[1]] = append(out[m[1]], hi-lo)
	}
	return out
}

func TestDraw(t *testing.T) {
	d, err := chart.Aggregate(schema.Current(), "China", "Russia", events, "month")
	require.NoError(t, err)
	c, err := chart.New(d)
	require.NoError(t, err)
	// What the plotters received.
	assert.Equal(t, []float64{8, 5, 0, 0, 0}, []float64(c.Bars[0].Values), "verbal cooperation")
	assert.Equal(t, []float64{0, -2, 0, 0, 0}, []float64(c.Bars[2].Values), "verbal conflict")
	assert.Equal(t, []float64{0, 0, 0, 0, -8}, []float64(c.Bars[3].Values), "material conflict")
	require.Len(t, c.Net.XYs, 5)
	assert.Equal(t, 3.0, c.Net.XYs[1].Y)

	// What the picture holds: one bar of each quad per month (the empty
	// ones flat), a swatch per quad that has events, a marker per month.
	var svg bytes.Buffer
	require.NoError(t, c.Write(&svg, "svg"))
	assert.Contains(t, svg.String(), "China – Russia: cooperation and conflict by month")
	bars := svgBars(t, svg.Bytes())
	tall := func(hs []float64) (n int) {
		for _, h := range hs {
			if h > 0.5 {
				n++
			}
		}
		return n
	}
	assert.Len(t, bars["#74C476"], 5+1, "verbal cooperation: 5 bars and a swatch")
	assert.Equal(t, 2+1, tall(bars["#74C476"]), "two months of verbal cooperation")
	assert.Len(t, bars["#238B45"], 5, "material cooperation: flat bars, no swatch")
	assert.Equal(t, 0, tall(bars["#238B45"]))
	assert.Equal(t, 1+1, tall(bars["#FD8D3C"]), "one month of verbal conflict")
	assert.Equal(t, 1+1, tall(bars["#D94801"]), "one month of material conflict")
	assert.Len(t, bars["#252525"], 5+1, "a net marker per month and one in the legend")
	// The April SANCTIONED bar (-8) is as long as the December SIGNED one (+8).
	hs := bars["#D94801"]
	assert.InDelta(t, max(bars["#74C476"][0], bars["#74C476"][1]), max(hs[0], hs[1], hs[2], hs[3], hs[4]), 0.1)

	var pic bytes.Buffer
	require.NoError(t, c.Write(&pic, "png"))
	img, err := png.Decode(&pic)
	require.NoError(t, err)
	assert.Greater(t, img.Bounds().Dx(), 500)
	assert.ErrorContains(t, c.Write(&pic, "gif"), "unknown chart format")
}

func TestDrawEmpty(t *testing.T) {
	d, err := chart.Aggregate(schema.Current(), "China", "Atlantis", nil, "month")
	require.NoError(t, err)
	c, err := chart.New(d)
	require.NoError(t, err)
	var svg bytes.Buffer
	require.NoError(t, c.Write(&svg, "svg"))
	assert.True(t, strings.Contains(svg.String(), "no dated events between them"))
}
