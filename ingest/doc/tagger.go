package doc

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Tagger assigns Penn Treebank part-of-speech tags with the averaged
// perceptron model that github.com/jdkato/prose/v2 ships (a port of
// TextBlob's tagger, trained on the Wall Street Journal). prose decodes the
// model for every document and scores features through nested string maps;
// Tagger decodes it once and keeps the weights as one dense row of class
// scores per feature, so tagging a token costs about a dozen map lookups into
// a single map and as many short vector additions.
type Tagger struct {
	classes []string
	known   map[string]string // words the model tags without scoring
	feats   map[string]int32  // feature -> row in weights
	weights []float32         // len(feats) * len(classes)
}

var (
	sharedTagger     *Tagger
	sharedTaggerErr  error
	sharedTaggerOnce sync.Once
)

// DefaultTagger returns the tagger with prose's model, loaded once per process.
func DefaultTagger() (*Tagger, error) {
	sharedTaggerOnce.Do(func() { sharedTagger, sharedTaggerErr = loadTagger() })
	return sharedTagger, sharedTaggerErr
}

func loadTagger() (*Tagger, error) {
	var classes []string
	var known map[string]string
	var weights map[string]map[string]float64
	for _, part := range []struct {
		name string
		into any
	}{{"classes.gob", &classes}, {"tags.gob", &known}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + part.name)
		if err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", part.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(part.into); err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", part.name, err)
		}
	}
	t := &Tagger{classes: classes, known: known, feats: make(map[string]int32, len(weights))}
	class := map[string]int{}
	for i, c := range classes {
		class[c] = i
	}
	t.weights = make([]float32, 0, len(weights)*len(classes))
	for f, ws := range weights {
		row := make([]float32, len(classes))
		nonzero := false
		for c, w := range ws {
			if i, ok := class[c]; ok && w != 0 {
				row[i] = float32(w)
				nonzero = true
			}
		}
		if !nonzero {
			continue
		}
		t.feats[f] = int32(len(t.weights) / len(classes))
		t.weights = append(t.weights, row...)
	}
	return t, nil
}

// Tag returns one tag per word. Words are tokens as the Penn Treebank splits
// them ("did", "n't"; "Xi", "'s").
func (t *Tagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float32, len(t.classes))
	buf := make([]byte, 0, 64)
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		tag, ok := t.known[w]
		switch {
		case ok:
		case w == "-":
			tag = "-"
		default:
			for k := range scores {
				scores[k] = 0
			}
			// The features of prose's featurize, in its order and spelling.
			c := i + 2
			t.add(scores, append(buf[:0], "bias"...))
			t.add(scores, append(append(buf[:0], "i suffix "...), suffix(w)...))
			t.add(scores, append(append(buf[:0], "i pref1 "...), w[0]))
			t.add(scores, append(append(buf[:0], "i-1 tag "...), p1...))
			t.add(scores, append(append(buf[:0], "i-2 tag "...), p2...))
			t.add(scores, append(append(append(append(buf[:0], "i tag+i-2 tag "...), p1...), ' '), p2...))
			t.add(scores, append(append(buf[:0], "i word "...), ctx[c]...))
			t.add(scores, append(append(append(append(buf[:0], "i-1 tag+i word "...), p1...), ' '), ctx[c]...))
			t.add(scores, append(append(buf[:0], "i-1 word "...), ctx[c-1]...))
			t.add(scores, append(append(buf[:0], "i-1 suffix "...), suffix(ctx[c-1])...))
			t.add(scores, append(append(buf[:0], "i-2 word "...), ctx[c-2]...))
			t.add(scores, append(append(buf[:0], "i+1 word "...), ctx[c+1]...))
			t.add(scores, append(append(buf[:0], "i+1 suffix "...), suffix(ctx[c+1])...))
			t.add(scores, append(append(buf[:0], "i+2 word "...), ctx[c+2]...))
			best := 0
			for k := 1; k < len(scores); k++ {
				if scores[k] > scores[best] {
					best = k
				}
			}
			tag = t.classes[best]
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

func (t *Tagger) add(scores []float32, feat []byte) {
	row, ok := t.feats[string(feat)]
	if !ok {
		return
	}
	n := len(scores)
	ws := t.weights[int(row)*n : int(row)*n+n]
	for k, w := range ws {
		scores[k] += w
	}
}

func suffix(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// isInt reports whether strconv.Atoi accepts w: an optional sign and one
// digit or more. (Atoi itself allocates an error for every word it refuses.)
func isInt(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// normalizeWord is the model's context form of a word, as prose's normalize.
func normalizeWord(w string) string {
	if w == "" {
		return w
	}
	if strings.Contains(w, "-") && w[0] != '-' {
		return "!HYPHEN"
	}
	if len(w) == 4 && isInt(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}
