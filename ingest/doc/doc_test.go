package doc

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bilatgraph/bilat/ingest/sentences"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

func readTSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			rows = append(rows, strings.Split(l, "\t"))
		}
	}
	require.NoError(t, sc.Err())
	return rows
}

// TestLemmaRules checks the Go port of the suffix rules against the regular
// forms that dev/lexicon/lemmarules.py gets right, and the table's forms.
func TestLemmaRules(t *testing.T) {
	rows := readTSV(t, "testdata/lemma-rules.tsv")
	require.Greater(t, len(rows), 5000)
	wrong := 0
	for _, r := range rows {
		got := verbLemma(r[0])
		if r[1] == "N" {
			got = nounLemma(r[0])
		}
		if got != r[2] {
			wrong++
			if wrong < 20 {
				t.Errorf("%s %s: got %s, want %s", r[1], r[0], got, r[2])
			}
		}
	}
	l, err := NewLemmatizer()
	require.NoError(t, err)
	for _, r := range readTSV(t, "data/lemmas.tsv") {
		tag := "VBD"
		if r[1] == "N" {
			tag = "NNS"
		}
		assert.Equal(t, r[2], l.Lemma(r[0], tag), "table form %s", r[0])
	}
}

func TestParse(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	text := "The envoy didn't meet officials, who were received by the minister. Beijing will not visit Moscow, it said."
	d := m.Parse(text, sentences.Split(text))
	require.Len(t, d.Sentences, 2)
	var words []string
	for _, tk := range d.Sentences[0].Tokens {
		words = append(words, tk.Text+"/"+tk.Tag+"/"+tk.Lemma)
		assert.Equal(t, tk.Text, text[tk.Start:tk.End], "offsets of %q", tk.Text)
	}
	assert.Equal(t, "The/DT/the envoy/NN/envoy did/VBD/do n't/RB/n't meet/VB/meet officials/NNS/official ,/,/, who/WP/who were/VBD/be received/VBN/receive by/IN/by the/DT/the minister/NN/minister ././.",
		strings.Join(words, " "))
	g := d.Sentences[0].Groups
	require.Len(t, g, 2)
	assert.True(t, g[0].Negated && g[0].Finite && g[0].Tense == "past", "%+v", g[0])
	assert.True(t, g[1].Passive, "%+v", g[1])
	g = d.Sentences[1].Groups
	require.Len(t, g, 2)
	assert.Equal(t, "will", g[0].Modal)
	assert.True(t, g[0].Negated && g[0].Tense == "future", "%+v", g[0])
}

// TestNegatedCopula checks that a negation right after a copula with no
// verb after it denies the copula: "was not in Berlin".
func TestNegatedCopula(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	for text, negated := range map[string]bool{
		"The envoy, who was not in Lagos, praised the deal.": true,
		"The minister was in Accra on Monday.":               false,
	} {
		g := m.Parse(text, sentences.Split(text)).Sentences[0].Groups
		require.NotEmpty(t, g, text)
		assert.Equal(t, negated, g[0].Negated, "%s: %+v", text, g[0])
	}
}

// TestTaggerAccuracy measures the tagger on hand-tagged sentences written
// for bilat and holds it to the accuracy it has.
func TestTaggerAccuracy(t *testing.T) {
	data, err := os.ReadFile("testdata/tagged.txt")
	if err != nil {
		t.Skip("no testdata/tagged.txt")
	}
	tg, err := DefaultTagger()
	require.NoError(t, err)
	right, all := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var words, want []string
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndexByte(wt, '/')
			require.Positive(t, i, "token %q", wt)
			w, tag := wt[:i], wt[i+1:]
			// the model was trained with brackets as themselves
			if b, ok := map[string]string{"-LRB-": "(", "-RRB-": ")"}[w]; ok {
				w, tag = b, b
			}
			words = append(words, treebankForm(w))
			want = append(want, tag)
		}
		got := tg.Tag(words)
		for i := range want {
			all++
			if got[i] == want[i] {
				right++
			} else {
				t.Logf("%s: got %s, want %s", words[i], got[i], want[i])
			}
		}
	}
	acc := float64(right) / float64(all)
	t.Logf("tagger accuracy %.3f on %d hand-tagged tokens", acc, all)
	assert.GreaterOrEqual(t, acc, 0.97)
}

// BenchmarkTagger measures tagging alone, in tokens per second on one core.
func BenchmarkTagger(b *testing.B) {
	tg, err := DefaultTagger()
	require.NoError(b, err)
	words := strings.Fields("Chinese Premier Li Qiang told Russian President Vladimir Putin on Tuesday that Beijing is willing to further enhance the resilience of cooperation with Russia .")
	b.ResetTimer()
	for b.Loop() {
		tg.Tag(words)
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "tokens/s")
}

// TestIsInt checks isInt against strconv.Atoi, which the tagger's
// normalisation of years followed (prose's normalize), on words of up to
// four bytes.
func TestIsInt(t *testing.T) {
	for _, w := range []string{"", "2025", "+202", "-202", "+", "-", "20a5", "1_00", "0x1f", " 202", "２", "7", "-0", "++1", "1-2"} {
		_, err := strconv.Atoi(w)
		assert.Equal(t, err == nil, isInt(w), "%q", w)
		assert.Equal(t, normalizeWordAtoi(w), normalizeWord(w), "%q", w)
	}
}

// normalizeWordAtoi is normalizeWord as prose wrote it, with strconv.Atoi.
func normalizeWordAtoi(w string) string {
	if w == "" {
		return w
	}
	if strings.Contains(w, "-") && w[0] != '-' {
		return "!HYPHEN"
	}
	if _, err := strconv.Atoi(w); err == nil && len(w) == 4 {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// tagByName is Tag as it was before the features were indexed by what they
// are built from: each feature's name is built and looked up.
func (t *Tagger) tagByName(words []string) []string {
	tags := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	scores := make([]float32, len(t.classes))
	add := func(feat string) {
		if row, ok := t.feats[feat]; ok {
			n := len(scores)
			for k, w := range t.weights[int(row)*n : int(row)*n+n] {
				scores[k] += w
			}
		}
	}
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
			c := i + 2
			add("bias")
			add("i suffix " + suffix(w))
			add("i pref1 " + w[:1])
			add("i-1 tag " + p1)
			add("i-2 tag " + p2)
			add("i tag+i-2 tag " + p1 + " " + p2)
			add("i word " + ctx[c])
			add("i-1 tag+i word " + p1 + " " + ctx[c])
			add("i-1 word " + ctx[c-1])
			add("i-1 suffix " + suffix(ctx[c-1]))
			add("i-2 word " + ctx[c-2])
			add("i+1 word " + ctx[c+1])
			add("i+1 suffix " + suffix(ctx[c+1]))
			add("i+2 word " + ctx[c+2])
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

// TestTagIndexed checks that Tag tags as building and looking up each
// feature's name does, on every sentence of the test articles, in capitals
// and in lower case too.
func TestTagIndexed(t *testing.T) {
	tg, err := DefaultTagger()
	require.NoError(t, err)
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	tagged := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, text := range []string{string(b), strings.ToUpper(string(b)), strings.ToLower(string(b))} {
			for _, s := range sentences.Split(text) {
				var words []string
				for _, tok := range tokens.Split(s.Text) {
					words = append(words, treebankForm(tok.Text))
				}
				require.Equal(t, tg.tagByName(words), tg.Tag(words), "%q", s.Text)
				tagged += len(words)
			}
		}
	}
	assert.Greater(t, tagged, 1000)
}

// TestLowerASCII checks that a token's Lower is its folded lower case,
// with or without diacritics.
func TestLowerASCII(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	text := "Président Macron didn’t meet ÉLYSÉE Officials in Kyiv."
	for _, tok := range m.Parse(text, sentences.Split(text)).Sentences[0].Tokens {
		assert.Equal(t, strings.ToLower(tokens.Fold(tok.Text)), tok.Lower, "%q", tok.Text)
	}
}

// TestFixMissingFiniteVerb: a regular past form the model reads as an
// adjective becomes the verb a sentence without one needs, and only then.
func TestFixMissingFiniteVerb(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	tagOf := func(text, word string) string {
		tk := tokenOf(m, text, word)
		return tk.Tag + "/" + tk.Lemma
	}
	assert.Equal(t, "VBD/impose", tagOf("Brazil imposed duties on steel from Peru.", "imposed"))
	// a finite verb elsewhere: the participle stays as the model read it
	assert.NotEqual(t, "VBD/impose", tagOf("Brazil said imposed duties were lawful.", "imposed"))
}

// TestFixTagsNameFirst: a capitalised first word read as an adverb before a
// past form is the subject's name, and the past form its verb.
func TestFixTagsNameFirst(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	text := "Norway urged Serbia and Kosovo to resume talks and encouraged them to sign a deal."
	d := m.Parse(text, sentences.Split(text))
	toks := d.Sentences[0].Tokens
	assert.Equal(t, "NNP", toks[0].Tag)
	assert.Equal(t, "VBD", toks[1].Tag)
}

// TestParseTokensReusesRoom checks that a document parsed in the room
// another gave back with Release reads as one parsed afresh, for a longer
// and a shorter text than the first, and that Release forgets the sentences.
func TestParseTokensReusesRoom(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	parse := func(text string) *Doc {
		sents := sentences.Split(text)
		split := make([][]tokens.Token, len(sents))
		for i, s := range sents {
			split[i] = tokens.Split(s.Text)
		}
		return m.ParseTokens(text, sents, split)
	}
	first := parse("The minister didn't sign the accord. Talks resumed in Geneva on Monday.")
	for _, text := range []string{
		"Leaders of both countries can't agree, officials said, and the summit was postponed until the spring. It will meet again.",
		"He left.",
	} {
		m.Release(first)
		assert.Nil(t, first.Sentences)
		reused := parse(text)
		assert.Equal(t, m.Parse(text, sentences.Split(text)).Sentences, reused.Sentences, "%q", text)
		first = reused
	}
}

// TestPronounClitics: an auxiliary that clings to a pronoun is a word of its
// own, so "we'll" is a future like "we will".
func TestPronounClitics(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	for _, text := range []string{"We'll keep helping them.", "We’ll keep helping them."} {
		d := m.Parse(text, sentences.Split(text))
		toks := d.Sentences[0].Tokens
		require.GreaterOrEqual(t, len(toks), 2)
		assert.Equal(t, "We", toks[0].Text, "%q", text)
		assert.Equal(t, text[toks[1].Start:toks[1].End], toks[1].Text)
		require.NotEmpty(t, d.Sentences[0].Groups)
		assert.Equal(t, "will", d.Sentences[0].Groups[0].Modal, "%q", text)
	}
}

// TestSplitInfinitive: an adverb between "to" and its verb, even one the
// model calls an adjective, stays inside the infinitive's verb group.
// TestGerundGroups checks that an -ing word joins the verb group of an
// auxiliary or an aspect verb and starts its own after any other verb, and
// that a finite verb after a finite verb that is no auxiliary starts its own.
func TestGerundGroups(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	for _, c := range []struct {
		text  string
		heads []string
	}{
		{"They would keep negotiating with the rebels.", []string{"negotiate"}},
		{"They are negotiating with the rebels.", []string{"negotiate"}},
		{"The government risked losing the vote.", []string{"risk", "lose"}},
		// two finite verbs in a row are two groups: the relative clause's and the copula's
		{"Among those who attended were the ministers of Chile and Peru.", []string{"attend", "be"}},
	} {
		d := m.Parse(c.text, sentences.Split(c.text))
		s := d.Sentences[0]
		var heads []string
		for _, g := range s.Groups {
			heads = append(heads, s.Tokens[g.Head].Lemma)
		}
		assert.Equal(t, c.heads, heads, c.text)
	}
}

func TestSplitInfinitive(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	text := "Oslo said it wanted to further deepen ties with Reykjavik."
	d := m.Parse(text, sentences.Split(text))
	s := d.Sentences[0]
	var found bool
	for _, g := range s.Groups {
		if s.Tokens[g.Head].Lemma == "deepen" {
			found = true
			assert.True(t, g.Infinitive)
			assert.Equal(t, "to", s.Tokens[g.Start].Lower)
		}
	}
	assert.True(t, found)
	assert.Equal(t, "further/RB", s.Tokens[5].Lower+"/"+s.Tokens[5].Tag)
}

// TestFixTags checks tags the model gets wrong in ways grammar settles, each
// on a sentence written for the purpose.
func TestFixTags(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	for _, c := range []struct{ text, word, tag string }{
		// a capitalised plural after a lower-case word is a name, and the
		// -ing word before it, after a noun, is a participle
		{"A landmark accord offering Samoans a pathway to live and work in New Zealand was signed on Monday.", "offering", "VBG"},
		{"A landmark accord offering Samoans a pathway to live and work in New Zealand was signed on Monday.", "Samoans", "NNPS"},
		// "neighbouring" before a name is an adjective; a gerund keeps its tag
		{"The premier flew to neighbouring Laos after visiting Hanoi.", "neighbouring", "JJ"},
		{"The premier flew to neighbouring Laos after visiting Hanoi.", "visiting", "VBG"},
		// a plural between a name and a determiner is the verb of a
		// that-clause whose main clause has a verb of its own
		{"The envoy conveyed to the Kenyan ambassador that Somalia reserves the right to respond at a time it chooses.", "reserves", "VBZ"},
		// an irregular past form right after a relative clause on the
		// subject is the subject's verb, though the model reads a noun
		{"Kenya's president, who flies home on Friday, spoke by phone on Tuesday with his Ugandan counterpart.", "spoke", "VBD"},
		// a present verb between an acronym and a name is a title
		{"The minister met Iranian officials and U.S. envoy Steve Witkoff on Saturday.", "envoy", "NN"},
		// a first word in capitals before a name is an acronym's name
		{"UN Secretary-General Antonio Guterres urged both sides to show restraint.", "UN", "NNP"},
		// an -ing word with no object after a verb that is no auxiliary is
		// the verb's object; after an aspect verb it stays the verb
		{"The minister warned that the port would face bombing \"like never before\".", "bombing", "NN"},
		{"Officials said they would keep negotiating with the rebels.", "negotiating", "VBG"},
		// after "or", a word the model reads as a noun is the infinitive
		// whose "to" is left out when the model, given the "to", reads a verb
		{"Kenya gave Uganda 48 hours to withdraw its troops or face sanctions.", "face", "VB"},
		{"The rebels agreed to release the hostages and food aid.", "food", "NN"},
		// a compound of manner written apart, after a verb and before a
		// preposition, is an adverb
		{"The two presidents met face to face on Monday.", "face", "RB"},
		// a past form right after the object of a verb of data/complement-verbs.txt
		// describes the object as an adjective; it is no finite verb
		{"The envoy urged Ruto to keep Kenya committed to the mission and called on Ethiopia to help.", "committed", "JJ"},
		// a regular past form the model calls an adjective, with "by" and
		// its agent after it, is a participle
		{"The forum, co-hosted by Kenya and Ghana, opened in Nairobi.", "co-hosted", "VBN"},
		// an irregular past form after a quantifier floated off its
		// subject is the verb, before a preposition too
		{"Kenya and Uganda each spoke with the envoy on Monday.", "spoke", "VBD"},
		// a present verb between two names, in a noun phrase a possessive
		// opens, is a noun
		{"The minister met his New Zealand counterpart Winston Peters on Monday.", "counterpart", "NN"},
		{"Talks with his Solomon Islands counterpart Jeremiah Manele went well.", "counterpart", "NN"},
		// an -ly word after a verb, before a preposition, is an adverb
		{"The two presidents met briefly inside the cathedral on Saturday.", "briefly", "RB"},
		// a relative clause's verb is not the sentence's: the main verb the
		// model read as an adjective is found
		{"Canada on Monday imposed sanctions on Myanmar over the coup that ousted the government.", "imposed", "VBD"},
		// between a verb's pronoun object and "that", the complement is an
		// adjective, whatever the model calls it
		{"The president called it unjust that the bank keeps the loan frozen.", "unjust", "JJ"},
		{"Kenya called it unfortunate that Uganda closed the border.", "unfortunate", "JJ"},
		{"The minister called it regrettable that Japan had not been consulted.", "regrettable", "JJ"},
		// an adjective's ending after a noun at the clause's end: a complement
		{"Its foreign ministry called the three countries' accusations baseless.", "baseless", "JJ"},
		// an irregular past form after a name that ends in an abbreviation
		{"Philippine President Ferdinand Marcos Jr. flew to Washington on Sunday.", "flew", "VBD"},
		// a reporting clause after the last comma has the only finite verb:
		// the clause it reports needs one too
		{"The United States on Thursday imposed sanctions on six Iranian officials, the Treasury Department said.", "imposed", "VBD"},
		// a participle after a bare "and", before a name, after a past verb
		// shares that verb's subject
		{"Manila valued Tokyo's support and invited Ishiba to visit.", "invited", "VBD"},
		// after "to", a word with a short prefix and a hyphen is a verb when
		// the word without it is one there ("de-escalate"), not otherwise
		{"The European Union called on Serbia and Kosovo to de-escalate tensions in the north.", "de-escalate", "VB"},
		{"Trade between the two returned to pre-war levels last year.", "pre-war", "JJ"},
		// a verb after "it" keeps its tag: "it believed that" is a clause
		{"Kenya said it believed that Uganda would reopen the border.", "believed", "VBD"},
		// a name particle between two capitalised words is part of the
		// name, never a verb
		{"The talks with Sheikh Abdullah bin Zayed Al Nahyan ended on Friday.", "bin", "NNP"},
		{"The premier received Ursula von der Leyen in Rome.", "der", "NNP"},
		// "evening" after a day's name is the time of day
		{"The two ministers met on Friday evening with their aides.", "evening", "NN"},
		// "last" between a perfect's "have" and a participle is an adverb
		{"The emir had last spoken to the president by telephone in May.", "spoken", "VBN"},
		{"The emir had last spoken to the president by telephone in May.", "last", "RB"},
		// a capitalised title between a name and "to" and another name is
		// no verb, whatever the model calls it
		{"US Ambassador to Japan Rahm Emanuel criticized China on Monday.", "Ambassador", "NNP"},
	} {
		assert.Equal(t, c.tag, tokenOf(m, c.text, c.word).Tag, "%s in %q", c.word, c.text)
	}
}

// tokenOf returns the first token of text's first sentence written word.
func tokenOf(m *Model, text, word string) Token {
	d := m.Parse(text, sentences.Split(text))
	for _, tk := range d.Sentences[0].Tokens {
		if tk.Text == word {
			return tk
		}
	}
	return Token{}
}

// TestSingleQuotes: a single quotation mark is a quote, not a possessive,
// when it opens after a space; the plural possessive stays one.
func TestSingleQuotes(t *testing.T) {
	m, err := New()
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		tags []string // the tags of the lone marks, in order
	}{
		{"The envoy said Kenya would keep working with Uganda 'whoever wins'.", []string{"``", "''"}},
		{"The envoy called the vote ‘a farce’ on Monday.", []string{"``", "''"}},
		{"The leaders' summit ended on Monday.", []string{"POS"}},
		{"The ministers' talks with 'the rebels' ended.", []string{"POS", "``", "''"}},
	} {
		d := m.Parse(c.text, sentences.Split(c.text))
		var got []string
		for _, tok := range d.Sentences[0].Tokens {
			if tok.Text == "'" || tok.Text == "‘" || tok.Text == "’" {
				got = append(got, tok.Tag)
			}
		}
		assert.Equal(t, c.tags, got, c.text)
	}
}
