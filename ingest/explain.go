package ingest

import (
	"fmt"
	"io"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/frames"
)

// Explain writes, for a person, how the pipeline read an article: each
// sentence with its tagged words and verb groups, every frame found in it
// with its subject, its object and the strategies that chose them, or why it
// drew nothing; then the relations kept.
func (p *Pipeline) Explain(w io.Writer, a article.Article) error {
	x, d, out := p.extract(a, true)
	steps := map[int][]frames.Step{}
	for _, s := range out.Trace {
		steps[s.Sentence] = append(steps[s.Sentence], s)
	}
	for _, s := range d.Sentences {
		var words []string
		for _, t := range s.Tokens {
			words = append(words, t.Text+"/"+t.Tag)
		}
		fmt.Fprintf(w, "\n[%d] %s\n    %s\n", s.Index, s.Text, strings.Join(words, " "))
		for _, g := range s.Groups {
			fmt.Fprintf(w, "    verb group %q: head %s, finite %v, passive %v, negated %v, modal %q, tense %s\n",
				strings.TrimSpace(a.Text[s.Tokens[g.Start].Start:s.Tokens[g.End-1].End]), s.Tokens[g.Head].Lemma, g.Finite, g.Passive, g.Negated, g.Modal, g.Tense)
		}
		for _, st := range steps[s.Index] {
			fmt.Fprintf(w, "    frame %s %s (%q)\n", st.Kind, st.Frame, st.Trigger)
			if st.Subject != "" {
				fmt.Fprintf(w, "      subject: %s\n", st.Subject)
			}
			if st.Object != "" {
				fmt.Fprintf(w, "      object:  %s\n", st.Object)
			}
			if st.Blocked != "" {
				fmt.Fprintf(w, "      nothing drawn: %s\n", st.Blocked)
			}
			for _, r := range st.Drawn {
				fmt.Fprintf(w, "      drawn:   %s\n", r)
			}
		}
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	fmt.Fprintf(w, "\nrelations kept (%d):\n", len(x.Relations))
	for _, r := range x.Relations {
		fmt.Fprintf(w, "  %s %s %s  %s  [%s]\n", names[r.Subject], r.Kind, names[r.Object], r.Date.Value, r.Rule)
	}
	_, err := fmt.Fprintln(w)
	return err
}
