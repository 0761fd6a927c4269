package gazetteer

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/tokens"
)

// longestLooseAll is LongestLoose without its bound on the length of keys:
// every span is joined and looked up.
func (g *Gazetteer) longestLooseAll(toks []tokens.Token, max int) (int, []Form) {
	if g.Honorific(toks, 0) > 0 || len(toks) == 0 {
		return 0, nil
	}
	n := min(max, len(toks))
	first := g.looseWords(nil, toks[0].Text)
	if len(first) == 0 || !g.looseFirst[first[0]] {
		return 0, nil
	}
	ends := make([]int, n)
	words := first
	ends[0] = len(words)
	for k := 1; k < n; k++ {
		words = g.looseWords(words, toks[k].Text)
		ends[k] = len(words)
	}
	for k := n - 1; k >= 0; k-- {
		if !toks[k].IsWord() || k > 0 && len(toks[k].Text) == 1 && !toks[k].IsCapitalized() {
			continue
		}
		if forms := g.loose[looseJoin(words[:ends[k]])]; len(forms) > 0 {
			return k + 1, forms
		}
	}
	return 0, nil
}

// TestLongestLooseBound checks that LongestLoose, which skips spans whose
// keys are longer than any key starting with the same word, finds what
// looking up every span finds: at every token of the test articles and of
// every form of the data followed by more words.
func TestLongestLooseBound(t *testing.T) {
	g := Default()
	var texts []string
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b), strings.ToUpper(string(b)))
	}
	keys := slices.Sorted(maps.Keys(g.forms))
	for k := 0; k < len(keys); k += 7 { // a seventh of the forms, to keep the test short
		texts = append(texts, keys[k]+" said Al-Sayed W. Bin Ali of the U.N. on Monday")
	}
	found := 0
	for _, text := range texts {
		toks := tokens.Split(text)
		for i := range toks {
			n, fs := g.LongestLoose(toks[i:], g.maxTokens)
			wn, wfs := g.longestLooseAll(toks[i:], g.maxTokens)
			if !assert.Equal(t, wn, n, "%q at %d", text, i) || !assert.Equal(t, wfs, fs) {
				return
			}
			if n > 0 {
				found++
			}
		}
	}
	assert.Greater(t, found, 1000)
}

// TestLooseKeyWords checks the word count of a loose key, and the key
// appended to a buffer, against the key.
func TestLooseKeyWords(t *testing.T) {
	for _, words := range [][]string{nil, {""}, {"a"}, {"xi"}, {"a", "b"}, {"george", "w", "bush"}, {"a", "b", "cc"},
		{"a", "b", "cc", "dd"}, {"a", "b", "c", "dd", "ee"}, {"al sisi", "x", "yy"}, {"al sisi", "zz"}, {"", "", "aa", "bb"}} {
		assert.Equal(t, strings.Count(looseJoin(words), " ")+1, looseKeyWords(words), "%q", words)
		assert.Equal(t, looseJoin(words), string(appendLooseJoin(nil, words)), "%q", words)
	}
}

// TestWordsAsFields checks that lastWords and firstWord, which Surname and
// FamilyName use instead of strings.Fields, split words as it does: on any
// Unicode space, over invalid UTF-8 too.
func TestWordsAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", "Xi Jinping", "  King  Charles III ", "Martin Luther King Jr.",
		"Xi\u00a0Jinping", "a\u2003b\tc\nd", "\xff \xfe", "Kim Jong\u3000Un"} {
		f := strings.Fields(s)
		var wantPrev, wantLast string
		if len(f) >= 1 {
			wantLast = f[len(f)-1]
		}
		if len(f) >= 2 {
			wantPrev = f[len(f)-2]
		}
		prev, last, n := lastWords(s)
		if prev != wantPrev || last != wantLast || n != min(len(f), 3) {
			t.Errorf("lastWords(%q) = %q, %q, %d; Fields: %q", s, prev, last, n, f)
		}
		first, rest := firstWord(s)
		if (len(f) > 0 && first != f[0]) || (len(f) >= 2) != (strings.TrimSpace(rest) != "") {
			t.Errorf("firstWord(%q) = %q, %q; Fields: %q", s, first, rest, f)
		}
	}
}

// TestLooseWordsAsFieldsFunc checks that looseWordsOf splits a word at
// hyphens and dots as strings.FieldsFunc does, and keeps an empty text as one
// empty word.
func TestLooseWordsAsFieldsFunc(t *testing.T) {
	g := Default()
	for _, w := range []string{"", "-", "..", "al-sisi", "-a", "a-", "a--b", "u.s.", "x.-y", "é-ü", "\xff-\xfe", "bin"} {
		want := []string{g.equivOf(w)}
		if strings.ContainsAny(w, "-.") {
			want = nil
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '.' }) {
				want = append(want, g.equivOf(p))
			}
		}
		assert.Equal(t, want, g.looseWordsOf(nil, w), "%q", w)
	}
}

// TestLongestLooseEndsOnName checks that a loose match does not run over
// a comma to a lower-case letter the key leaves out: "Addis Ababa, a city"
// names Addis Ababa, two tokens.
func TestLongestLooseEndsOnName(t *testing.T) {
	g := Default()
	for _, text := range []string{"Addis Ababa, a city", "Rio de Janeiro, a city", "Abu Dhabi , a"} {
		toks := tokens.Split(text)
		n, _ := g.LongestLoose(toks, g.maxTokens)
		want := len(strings.Fields(strings.Split(text, ",")[0]))
		assert.Equal(t, want, n, text)
	}
}
