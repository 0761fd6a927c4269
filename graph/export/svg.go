package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
)

// SVG drawing sizes, in pixels.
const (
	svgNodeRadius  = 9.0
	svgMargin      = 130.0
	svgForceLimit  = 400 // more nodes than this are laid out on a circle
	svgCaptionRune = 40  // captions longer than this are shortened
)

// WriteSVG draws g as a self-contained SVG 1.1 picture: nodes are circles
// coloured by label and captioned with their name, edges are lines with an
// arrowhead (none for symmetric kinds) and their kind written at the
// middle; hovering shows ids, dates and keys. The layout is a
// deterministic force-directed one (Fruchterman–Reingold) for up to 400
// nodes and a circle beyond. A legend names the colours.
func WriteSVG(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	pos, size := layout(g)
	idx := map[string]int{}
	for i, n := range g.Nodes {
		idx[nodeKey(n.Label, n.ID)] = i
	}
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="Helvetica, Arial, sans-serif">
<title>bilat export: %d nodes, %d edges</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#888888"/></marker></defs>
<rect x="0" y="0" width="%.0f" height="%.0f" fill="#ffffff"/>
`, size, size, size, size, len(g.Nodes), len(g.Edges), size, size)

	// Parallel edges between one pair are drawn side by side.
	pairCount := map[[2]int]int{}
	pairSeen := map[[2]int]int{}
	pair := func(a, b int) [2]int {
		if a > b {
			a, b = b, a
		}
		return [2]int{a, b}
	}
	for _, e := range g.Edges {
		a, ok1 := idx[nodeKey(e.FromLabel, e.From)]
		b, ok2 := idx[nodeKey(e.ToLabel, e.To)]
		if ok1 && ok2 {
			pairCount[pair(a, b)]++
		}
	}
	var labels strings.Builder
	bw.WriteString(`<g stroke="#999999" stroke-width="1.2" fill="none">` + "\n")
	for _, e := range g.Edges {
		a, ok1 := idx[nodeKey(e.FromLabel, e.From)]
		b, ok2 := idx[nodeKey(e.ToLabel, e.To)]
		if !ok1 || !ok2 {
			continue
		}
		tip := e.Kind
		if d, _ := e.Props["date"].(string); d != "" {
			tip += " " + d
		}
		tip += " (" + e.Key + ")"
		if a == b {
			p := pos[a]
			fmt.Fprintf(bw, `<circle cx="%.1f" cy="%.1f" r="%.1f"><title>%s</title></circle>`+"\n",
				p.x+svgNodeRadius, p.y-svgNodeRadius, svgNodeRadius, text(tip))
			fmt.Fprintf(&labels, `<text x="%.1f" y="%.1f">%s</text>`+"\n", p.x+2.5*svgNodeRadius, p.y-2*svgNodeRadius, text(e.Kind))
			continue
		}
		pk := pair(a, b)
		k := pairSeen[pk]
		pairSeen[pk]++
		shift := (float64(k) - float64(pairCount[pk]-1)/2) * 7
		p, q := pos[a], pos[b]
		dx, dy := q.x-p.x, q.y-p.y
		d := math.Hypot(dx, dy)
		if d < 1e-9 {
			d = 1e-9
		}
		ux, uy := dx/d, dy/d
		nx, ny := -uy*shift, ux*shift
		if a > b { // keep one side for the pair whatever the direction
			nx, ny = -nx, -ny
		}
		x1, y1 := p.x+nx+ux*svgNodeRadius, p.y+ny+uy*svgNodeRadius
		x2, y2 := q.x+nx-ux*(svgNodeRadius+2), q.y+ny-uy*(svgNodeRadius+2)
		marker := ` marker-end="url(#arrow)"`
		if symmetric(e.Kind) {
			marker = ""
		}
		fmt.Fprintf(bw, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"%s><title>%s</title></line>`+"\n",
			x1, y1, x2, y2, marker, text(tip))
		fmt.Fprintf(&labels, `<text x="%.1f" y="%.1f">%s</text>`+"\n", (x1+x2)/2, (y1+y2)/2-2, text(e.Kind))
	}
	bw.WriteString("</g>\n")
	bw.WriteString(`<g font-size="8" fill="#666666" text-anchor="middle">` + "\n")
	bw.WriteString(labels.String())
	bw.WriteString("</g>\n")

	bw.WriteString(`<g font-size="11" fill="#222222" text-anchor="middle">` + "\n")
	for i := range g.Nodes {
		n, p := &g.Nodes[i], pos[i]
		fmt.Fprintf(bw, `<g><title>%s</title><circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" stroke="#333333" stroke-width="1"/><text x="%.1f" y="%.1f">%s</text></g>`+"\n",
			text(caption(n)+" ("+n.Label+") "+n.ID), p.x, p.y, svgNodeRadius, colorOf(n.Label),
			p.x, p.y+svgNodeRadius+12, text(shorten(caption(n))))
	}
	bw.WriteString("</g>\n")

	names, _ := g.byLabel()
	bw.WriteString(`<g font-size="11" fill="#222222">` + "\n")
	for i, l := range names {
		y := 18.0 + float64(i)*16
		fmt.Fprintf(bw, `<circle cx="16" cy="%.0f" r="6" fill="%s" stroke="#333333" stroke-width="1"/><text x="28" y="%.0f">%s</text>`+"\n",
			y, colorOf(l), y+4, text(l))
	}
	bw.WriteString("</g>\n</svg>\n")
	return bw.Flush()
}

// text escapes s for XML text and attribute values; characters XML does
// not allow become U+FFFD.
func text(s string) string { return attr(s) }

// shorten makes a caption one line of at most svgCaptionRune runes.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > svgCaptionRune {
		return string(r[:svgCaptionRune-1]) + "…"
	}
	return s
}

type point struct{ x, y float64 }

// layout places the nodes in a square and returns their centres and the
// square's side. It is deterministic: the same graph gives the same picture.
func layout(g *Graph) ([]point, float64) {
	n := len(g.Nodes)
	size := math.Max(600, 150*math.Sqrt(float64(n))+2*svgMargin)
	pos := make([]point, n)
	c := size / 2
	inner := size/2 - svgMargin
	for i := range pos {
		a := 2 * math.Pi * float64(i) / float64(max(n, 1))
		pos[i] = point{c + inner*math.Cos(a), c + inner*math.Sin(a)}
	}
	if n <= 1 {
		if n == 1 {
			pos[0] = point{c, c}
		}
		return pos, size
	}
	if n > svgForceLimit {
		return pos, size
	}
	idx := map[string]int{}
	for i, nd := range g.Nodes {
		idx[nodeKey(nd.Label, nd.ID)] = i
	}
	// One spring per linked pair: many edges between two nodes would
	// otherwise pull them on top of each other.
	var links [][2]int
	linked := map[[2]int]bool{}
	for _, e := range g.Edges {
		a, ok1 := idx[nodeKey(e.FromLabel, e.From)]
		b, ok2 := idx[nodeKey(e.ToLabel, e.To)]
		if a > b {
			a, b = b, a
		}
		if ok1 && ok2 && a != b && !linked[[2]int{a, b}] {
			linked[[2]int{a, b}] = true
			links = append(links, [2]int{a, b})
		}
	}
	area := (2 * inner) * (2 * inner)
	k := 1.2 * math.Sqrt(area/float64(n))
	disp := make([]point, n)
	const iterations = 250
	temp := inner / 4
	for it := 0; it < iterations; it++ {
		for i := range disp {
			// a weak pull to the centre keeps unconnected parts in view
			disp[i] = point{(c - pos[i].x) * 0.02, (c - pos[i].y) * 0.02}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
				d2 := dx*dx + dy*dy
				if d2 < 0.01 {
					dx, dy, d2 = 0.1*float64(i-j), 0.1, 0.01+0.01*float64((i-j)*(i-j))
				}
				f := k * k / d2 // (k²/d) along the unit vector (dx,dy)/d
				disp[i].x += dx * f
				disp[i].y += dy * f
				disp[j].x -= dx * f
				disp[j].y -= dy * f
			}
		}
		for _, l := range links {
			a, b := l[0], l[1]
			dx, dy := pos[a].x-pos[b].x, pos[a].y-pos[b].y
			d := math.Hypot(dx, dy)
			f := d / k // (d²/k) along the unit vector
			disp[a].x -= dx * f
			disp[a].y -= dy * f
			disp[b].x += dx * f
			disp[b].y += dy * f
		}
		for i := range pos {
			d := math.Hypot(disp[i].x, disp[i].y)
			if d > 0 {
				s := math.Min(d, temp) / d
				pos[i].x += disp[i].x * s
				pos[i].y += disp[i].y * s
			}
		}
		temp = math.Max(temp*0.98, 1)
	}
	fit(pos, svgMargin, size-svgMargin)
	return pos, size
}

// fit scales and moves the points to fill [lo, hi] in both directions,
// keeping their proportions.
func fit(pos []point, lo, hi float64) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
		minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
	}
	span := math.Max(maxX-minX, maxY-minY)
	if span < 1e-9 {
		return
	}
	s := (hi - lo) / span
	offX := lo + ((hi-lo)-(maxX-minX)*s)/2
	offY := lo + ((hi-lo)-(maxY-minY)*s)/2
	for i := range pos {
		pos[i].x = offX + (pos[i].x-minX)*s
		pos[i].y = offY + (pos[i].y-minY)*s
	}
}
