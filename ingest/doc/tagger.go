package doc

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"github.com/bilatgraph/bilat/ingest/tokens"
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

	// The same features, indexed by what they are built from, so that a
	// token costs two look-ups instead of fourteen; -1: no such feature.
	bias     int32
	pref1    [256]int32
	tagIDs   map[string]int      // every tag a word can get, and the start tags
	prevTag  []int32             // tag id -> "i-1 tag T"
	prevTag2 []int32             // tag id -> "i-2 tag T"
	tagPair  []int32             // id1*len(tagIDs)+id2 -> "i tag+i-2 tag T1 T2"
	words    map[string]wordRows // context form -> its features
	suffixes map[string]sufRows  // suffix -> its features
	knownIDs map[string]knownTag // known, with the tags' ids
	classIDs []int32             // class -> its tag id
	dashID   int32               // the tag id of "-"

	scratch sync.Pool // *tagScratch: Tag's buffers, for one goroutine at a time
}

// knownTag is the tag of a word the model tags without scoring.
type knownTag struct {
	tag string
	id  int32
}

// tagScratch holds the buffers of one call of Tag.
type tagScratch struct {
	ctx    []wordRows
	sfx    []sufRows
	plain  []bool // per word: its context form is the word itself
	scores []float32
}

// wordRows are the rows of the features of one context word.
type wordRows struct {
	word, prev, prev2, next, next2 int32           // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
	afterTag                       map[int32]int32 // tag id -> "i-1 tag+i word T W"
}

// sufRows are the rows of the features of one suffix.
type sufRows struct {
	word, prev, next int32 // "i suffix", "i-1 suffix", "i+1 suffix"
}

var noWord = wordRows{-1, -1, -1, -1, -1, nil}
var noSuffix = sufRows{-1, -1, -1}

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
	t.index()
	return t, nil
}

// index builds the typed indexes of the features from their names.
func (t *Tagger) index() {
	t.tagIDs = map[string]int{}
	addTag := func(tag string) {
		if _, ok := t.tagIDs[tag]; !ok {
			t.tagIDs[tag] = len(t.tagIDs)
		}
	}
	for _, tag := range []string{"-START-", "-START2-", "-"} {
		addTag(tag)
	}
	for _, c := range t.classes {
		addTag(c)
	}
	for _, tag := range t.known {
		addTag(tag)
	}
	row := func(f string) int32 {
		if r, ok := t.feats[f]; ok {
			return r
		}
		return -1
	}
	n := len(t.tagIDs)
	t.prevTag, t.prevTag2, t.tagPair = make([]int32, n), make([]int32, n), make([]int32, n*n)
	for tag, id := range t.tagIDs {
		t.prevTag[id] = row("i-1 tag " + tag)
		t.prevTag2[id] = row("i-2 tag " + tag)
		for tag2, id2 := range t.tagIDs {
			t.tagPair[id*n+id2] = row("i tag+i-2 tag " + tag + " " + tag2)
		}
	}
	t.knownIDs = make(map[string]knownTag, len(t.known))
	for w, tag := range t.known {
		t.knownIDs[w] = knownTag{tag, int32(t.tagIDs[tag])}
	}
	t.classIDs = make([]int32, len(t.classes))
	for i, c := range t.classes {
		t.classIDs[i] = int32(t.tagIDs[c])
	}
	t.dashID = int32(t.tagIDs["-"])
	t.bias = row("bias")
	for b := range t.pref1 {
		t.pref1[b] = row("i pref1 " + string([]byte{byte(b)}))
	}
	t.words, t.suffixes = map[string]wordRows{}, map[string]sufRows{}
	for f, r := range t.feats {
		kind, arg, _ := strings.Cut(f, " ")
		what, arg, _ := strings.Cut(arg, " ")
		switch kind + " " + what {
		case "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word":
			x, ok := t.words[arg]
			if !ok {
				x = noWord
			}
			switch kind {
			case "i":
				x.word = r
			case "i-1":
				x.prev = r
			case "i-2":
				x.prev2 = r
			case "i+1":
				x.next = r
			default:
				x.next2 = r
			}
			t.words[arg] = x
		case "i suffix", "i-1 suffix", "i+1 suffix":
			x, ok := t.suffixes[arg]
			if !ok {
				x = noSuffix
			}
			switch kind {
			case "i":
				x.word = r
			case "i-1":
				x.prev = r
			default:
				x.next = r
			}
			t.suffixes[arg] = x
		case "i-1 tag+i":
			// "i-1 tag+i word T W"
			rest, ok := strings.CutPrefix(arg, "word ")
			tag, w, ok2 := strings.Cut(rest, " ")
			id, known := t.tagIDs[tag]
			if !ok || !ok2 || !known {
				continue // a tag no word gets: never asked for
			}
			x, ok := t.words[w]
			if !ok {
				x = noWord
			}
			if x.afterTag == nil {
				x.afterTag = map[int32]int32{}
			}
			x.afterTag[int32(id)] = r
			t.words[w] = x
		}
	}
}

// Tag returns one tag per word. Words are tokens as the Penn Treebank splits
// them ("did", "n't"; "Xi", "'s").
func (t *Tagger) Tag(words []string) []string {
	tags := make([]string, len(words))
	t.tagInto(words, tags)
	return tags
}

// tagInto is Tag writing the tags into tags, which is as long as words.
func (t *Tagger) tagInto(words, tags []string) {
	sc, _ := t.scratch.Get().(*tagScratch)
	if sc == nil {
		sc = &tagScratch{scores: make([]float32, len(t.classes))}
	}
	defer t.scratch.Put(sc)
	// The rows of each context position's word and suffix, looked up once.
	ctx, sfx, plain := sc.ctx[:0], sc.sfx[:0], sc.plain[:0]
	defer func() { sc.ctx, sc.sfx, sc.plain = ctx[:0], sfx[:0], plain[:0] }() // keep the grown buffers
	ctxWord := func(w []byte) {
		// indexing with string(w) copies nothing
		r, ok := t.words[string(w)]
		if !ok {
			r = noWord
		}
		sf := w
		if len(sf) > 3 {
			sf = sf[len(sf)-3:] // suffix
		}
		s, ok := t.suffixes[string(sf)]
		if !ok {
			s = noSuffix
		}
		ctx = append(ctx, r)
		sfx = append(sfx, s)
	}
	var buf [64]byte
	ctxWord(append(buf[:0], "-START-"...))
	ctxWord(append(buf[:0], "-START2-"...))
	for _, w := range words {
		norm := appendNormalized(buf[:0], w)
		plain = append(plain, string(norm) == w)
		ctxWord(norm)
	}
	ctxWord(append(buf[:0], "-END-"...))
	ctxWord(append(buf[:0], "-END2-"...))
	scores := sc.scores
	n := len(t.tagIDs)
	p1, p2 := int32(t.tagIDs["-START-"]), int32(t.tagIDs["-START2-"])
	for i, w := range words {
		var tag string
		var id int32
		k, ok := t.knownIDs[w]
		switch {
		case ok:
			tag, id = k.tag, k.id
		case w == "-":
			tag, id = "-", t.dashID
		default:
			// The features of prose's featurize, in its order (the sums
			// of float32 must be the same).
			c := i + 2
			own := sfx[c] // the suffix of the context form, when that is the word
			if !plain[i] {
				var ok bool
				if own, ok = t.suffixes[suffix(w)]; !ok {
					own = noSuffix
				}
			}
			after := int32(-1)
			if r, ok := ctx[c].afterTag[p1]; ok {
				after = r
			}
			t.sum(scores, &[featureRows]int32{
				t.bias,
				own.word,
				t.pref1[w[0]],
				t.prevTag[p1],
				t.prevTag2[p2],
				t.tagPair[int(p1)*n+int(p2)],
				ctx[c].word,
				after,
				ctx[c-1].prev,
				sfx[c-1].prev,
				ctx[c-2].prev2,
				ctx[c+1].next,
				sfx[c+1].next,
				ctx[c+2].next2,
			})
			best := 0
			for k := 1; k < len(scores); k++ {
				if scores[k] > scores[best] {
					best = k
				}
			}
			tag, id = t.classes[best], t.classIDs[best]
		}
		tags[i] = tag
		p2, p1 = p1, id
	}
}

// featureRows is how many features score a word.
const featureRows = 14

// sum sets each score to the sum of the rows' weights for it (rows < 0:
// none), added from zero in the rows' order, as adding one row after
// another to cleared scores would: the float32 sums are the same. Four
// scores at a time stay in registers over all the rows.
func (t *Tagger) sum(scores []float32, rows *[featureRows]int32) {
	n := len(scores)
	var present [featureRows][]float32
	m := 0
	for _, r := range rows {
		if r >= 0 {
			present[m] = t.weights[int(r)*n : int(r)*n+n : int(r)*n+n]
			m++
		}
	}
	ws := present[:m]
	k := 0
	for ; k+4 <= n; k += 4 {
		var s0, s1, s2, s3 float32
		for _, w := range ws {
			w := w[k : k+4 : k+4]
			s0 += w[0]
			s1 += w[1]
			s2 += w[2]
			s3 += w[3]
		}
		s := scores[k : k+4 : k+4]
		s[0], s[1], s[2], s[3] = s0, s1, s2, s3
	}
	for ; k < n; k++ {
		var s float32
		for _, w := range ws {
			s += w[k]
		}
		scores[k] = s
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
func normalizeWord(w string) string { return string(appendNormalized(nil, w)) }

// appendNormalized appends normalizeWord(w) to dst.
func appendNormalized(dst []byte, w string) []byte {
	switch {
	case w == "":
		return dst
	case strings.Contains(w, "-") && w[0] != '-':
		return append(dst, "!HYPHEN"...)
	case len(w) == 4 && isInt(w):
		return append(dst, "!YEAR"...)
	case w[0] >= '0' && w[0] <= '9':
		return append(dst, "!DIGITS"...)
	}
	return tokens.AppendLower(dst, w)
}
