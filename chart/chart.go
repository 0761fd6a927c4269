// Package chart draws the relations of a pair of countries over time: per
// month or year, the Goldstein-style intensity of their events, cooperation
// above the axis and conflict below it, split by PLOVER quad class, with the
// net intensity as a line of markers. The quad class and the intensity of
// each edge kind come from schema.json (schema.Edge.Quad and Goldstein);
// the drawing is gonum.org/v1/plot's, as SVG or PNG.
package chart

import (
	"fmt"
	"image/color"
	"io"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/bilatgraph/bilat/schema"
)

// Event is one dated event between the pair.
type Event struct {
	Kind string
	Date string // YYYY-MM-DD; empty or 0000 when unknown
}

// Bin is one period on the time axis.
type Bin struct {
	Period string // YYYY-MM or YYYY
	// Intensity is the sum of the Goldstein values of the period's events
	// per quad class, in the order of schema.Quads (cooperation >= 0,
	// conflict < 0); Count is how many events each sum holds.
	Intensity [4]float64
	Count     [4]int
}

// Net is the sum of the bin's intensities.
func (b Bin) Net() float64 {
	return b.Intensity[0] + b.Intensity[1] + b.Intensity[2] + b.Intensity[3]
}

// Data is what a chart shows.
type Data struct {
	A, B    string // the pair's names, for the title
	By      string // month or year
	Bins    []Bin  // every period from the first event's to the last's, empty ones included
	Events  int    // dated events counted in Bins
	Undated int    // events left out for want of a date
}

// Aggregate puts events into bins of by ("month" or "year"), with the quad
// class and intensity s gives each kind. Kinds that are not event kinds of
// s are an error.
func Aggregate(s *schema.Schema, a, b string, events []Event, by string) (*Data, error) {
	if by != "month" && by != "year" {
		return nil, fmt.Errorf("--by must be month or year, not %q", by)
	}
	d := &Data{A: a, B: b, By: by}
	sums := map[string]*Bin{}
	var first, last time.Time
	for _, e := range events {
		def, ok := s.Edge(e.Kind)
		if !ok || !def.Event {
			return nil, fmt.Errorf("%s is not an event kind", e.Kind)
		}
		t, err := time.Parse("2006-01-02", e.Date)
		if err != nil || t.Year() < 1 {
			d.Undated++
			continue
		}
		t = periodStart(t, by)
		key := period(t, by)
		bin := sums[key]
		if bin == nil {
			bin = &Bin{Period: key}
			sums[key] = bin
		}
		q := quadIndex(def.Quad)
		bin.Intensity[q] += def.Goldstein
		bin.Count[q]++
		d.Events++
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	if d.Events == 0 {
		return d, nil
	}
	for t := first; !t.After(last); t = next(t, by) {
		key := period(t, by)
		if bin := sums[key]; bin != nil {
			d.Bins = append(d.Bins, *bin)
		} else {
			d.Bins = append(d.Bins, Bin{Period: key})
		}
	}
	return d, nil
}

func quadIndex(q string) int {
	for i, name := range schema.Quads {
		if name == q {
			return i
		}
	}
	return 0 // schema.Parse allows no other value for event kinds
}

func periodStart(t time.Time, by string) time.Time {
	if by == "year" {
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

func next(t time.Time, by string) time.Time {
	if by == "year" {
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 1, 0)
}

func period(t time.Time, by string) string {
	if by == "year" {
		return t.Format("2006")
	}
	return t.Format("2006-01")
}

// Colours of the quad classes, in the order of schema.Quads: greens for
// cooperation, oranges and reds for conflict (ColorBrewer, colour-blind
// safe in pairs).
var quadColors = [4]color.RGBA{
	{0x74, 0xc4, 0x76, 0xff}, // verbal cooperation
	{0x23, 0x8b, 0x45, 0xff}, // material cooperation
	{0xfd, 0x8d, 0x3c, 0xff}, // verbal conflict
	{0xd9, 0x48, 0x01, 0xff}, // material conflict
}

// Chart is a drawn chart: the plot and the plotters it holds, so callers
// (and tests) can read back what was drawn.
type Chart struct {
	Plot *plot.Plot
	Bars [4]*plotter.BarChart // one per quad class, in the order of schema.Quads
	Net  *plotter.Scatter     // the net intensity of each period
}

// New draws d. A Data without events gives an empty chart that says so.
func New(d *Data) (*Chart, error) {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("%s – %s: cooperation and conflict by %s", d.A, d.B, d.By)
	p.Y.Label.Text = "Goldstein intensity (sum per " + d.By + ")"
	p.X.Label.Text = fmt.Sprintf("%d events; bars by PLOVER quad class, cooperation up, conflict down; line: net", d.Events)
	p.Legend.Top = true
	p.Legend.Left = true
	p.Add(plotter.NewGrid())
	c := &Chart{Plot: p}
	if len(d.Bins) == 0 {
		p.X.Label.Text = "no dated events between them"
		return c, nil
	}
	labels := make([]string, len(d.Bins))
	for i, b := range d.Bins {
		labels[i] = b.Period
	}
	width := vg.Points(barWidth(len(d.Bins)))
	count, _ := d.Totals()
	for q := range schema.Quads {
		vals := make(plotter.Values, len(d.Bins))
		for i, b := range d.Bins {
			vals[i] = b.Intensity[q]
		}
		bars, err := plotter.NewBarChart(vals, width)
		if err != nil {
			return nil, err
		}
		bars.Color = quadColors[q]
		bars.LineStyle.Width = 0
		if q == 1 || q == 3 { // material on verbal, the same side of the axis
			bars.StackOn(c.Bars[q-1])
		}
		c.Bars[q] = bars
		p.Add(bars)
		if count[q] > 0 { // the legend names only what is drawn
			p.Legend.Add(schema.Quads[q], bars)
		}
	}
	pts := make(plotter.XYs, len(d.Bins))
	for i, b := range d.Bins {
		pts[i] = plotter.XY{X: float64(i), Y: b.Net()}
	}
	line, err := plotter.NewLine(pts)
	if err != nil {
		return nil, err
	}
	line.Color = color.RGBA{0x25, 0x25, 0x25, 0xff}
	line.Width = vg.Points(1)
	net, err := plotter.NewScatter(pts)
	if err != nil {
		return nil, err
	}
	net.GlyphStyle = draw.GlyphStyle{Color: line.Color, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
	c.Net = net
	p.Add(line, net)
	p.Legend.Add("net", line, net)
	p.NominalX(labels...)
	// Room above the highest bar for the legend, in the top left corner.
	top, bottom := 0.0, 0.0
	for _, b := range d.Bins {
		top = max(top, b.Intensity[0]+b.Intensity[1], b.Net())
		bottom = min(bottom, b.Intensity[2]+b.Intensity[3], b.Net())
	}
	p.X.Min, p.X.Max = -0.7, float64(len(d.Bins))-0.3
	p.Title.Padding = vg.Points(6)
	p.Y.Min = bottom * 1.1
	p.Y.Max = max(top, -bottom/4, 1) * 1.5
	if len(labels) > 12 {
		p.X.Tick.Label.Rotation = 0.8
		p.X.Tick.Label.XAlign = draw.XRight
		p.X.Tick.Label.YAlign = draw.YCenter
	}
	return c, nil
}

// barWidth keeps bars readable: wide for a few periods, thin for many.
func barWidth(n int) float64 {
	w := 480.0 / float64(n+1) * 0.7
	return max(2, min(w, 40))
}

// Formats lists the formats Write accepts.
var Formats = []string{"svg", "png"}

// Size of the picture.
const (
	Width  = 20 * vg.Centimeter
	Height = 11 * vg.Centimeter
)

// Write writes the chart as svg or png.
func (c *Chart) Write(w io.Writer, format string) error {
	format = strings.ToLower(format)
	if format != "svg" && format != "png" {
		return fmt.Errorf("unknown chart format %q (known: svg, png)", format)
	}
	wt, err := c.Plot.WriterTo(Width, Height, format)
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

// Totals returns how many events and what intensity each quad class has
// over all bins, for a one-line summary.
func (d *Data) Totals() (count [4]int, intensity [4]float64) {
	for _, b := range d.Bins {
		for q := range 4 {
			count[q] += b.Count[q]
			intensity[q] += b.Intensity[q]
		}
	}
	return count, intensity
}
