package export

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/goccy/go-graphviz"
)

// WriteSVG draws g as an SVG picture: the DOT that WriteDOT writes, laid out
// and rendered by Graphviz's dot (compiled to WebAssembly and run in
// process by github.com/goccy/go-graphviz, so no Graphviz install is
// needed). Nodes are filled with the colour of their label and captioned
// with their name; every edge is labelled with its kind and date, parallel
// edges side by side; symmetric kinds have no arrowhead.
func WriteSVG(w io.Writer, g *Graph) error {
	var dot bytes.Buffer
	if err := WriteDOT(&dot, g); err != nil {
		return err
	}
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("svg: start Graphviz: %w", err)
	}
	defer gv.Close()
	parsed, err := graphviz.ParseBytes(dot.Bytes())
	if err != nil {
		return fmt.Errorf("svg: Graphviz cannot read bilat's DOT: %w", err)
	}
	defer parsed.Close()
	if err := gv.Render(ctx, parsed, graphviz.SVG, w); err != nil {
		return fmt.Errorf("svg: Graphviz: %w", err)
	}
	return nil
}
