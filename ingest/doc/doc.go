// Package doc is bilat's document model: every later stage reads an article
// through it instead of re-splitting or re-folding the text. For each
// sentence it holds tokens with byte offsets, a Penn Treebank part-of-speech
// tag from a trained tagger, a lemma, and the verb groups with their tense,
// voice, negation and modality.
package doc

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// Token is one word or punctuation mark of a sentence.
type Token struct {
	Text       string // as written
	Start, End int    // byte offsets in the article text
	Lower      string // lower case, diacritics and apostrophes folded
	Tag        string // Penn Treebank tag
	Lemma      string // dictionary form (lower case)
}

// VerbGroup is a run of auxiliaries, adverbs and a main verb: "did not
// meet", "will be received", "has long sought". Indexes are token positions
// in the sentence.
type VerbGroup struct {
	Start, End int    // tokens [Start, End)
	Head       int    // the main verb
	Finite     bool   // has tense: "met", "will meet", "is meeting"; not "meeting", "to meet"
	Infinitive bool   // "to meet"
	Passive    bool   // a form of be or get before a past participle: "was received"
	Negated    bool   // not, n't, never
	Modal      string // the modal's lemma: will, would, may, can, ...
	Tense      string // past, present or future
}

// Sentence is one sentence of the document.
type Sentence struct {
	article.Sentence
	Tokens []Token
	Groups []VerbGroup
}

// Doc is an analysed article.
type Doc struct {
	Text      string
	Sentences []Sentence

	room *[]Token // the room its sentences' tokens were made in, for Model.Release
}

// Model tags and lemmatizes; it holds only read-only data, so one Model may
// serve many goroutines.
type Model struct {
	tagger *Tagger
	lemmas *Lemmatizer

	words  sync.Pool // *[]string: room for a sentence's words and tags, for one goroutine at a time
	tokens sync.Pool // *[]Token: room for a document's tokens, given back by Release
}

// New returns a Model with the embedded tagger model and lemma table.
func New() (*Model, error) {
	t, err := DefaultTagger()
	if err != nil {
		return nil, err
	}
	l, err := NewLemmatizer()
	if err != nil {
		return nil, err
	}
	return &Model{tagger: t, lemmas: l}, nil
}

// Parse analyses the sentences of text (as split by package sentences).
func (m *Model) Parse(text string, sents []article.Sentence) *Doc {
	d := &Doc{Text: text, Sentences: make([]Sentence, len(sents))}
	for i, s := range sents {
		d.Sentences[i] = m.sentence(s, tokens.Split(s.Text))
	}
	return d
}

// ParseTokens is Parse given the sentences' tokens, split[i] being
// tokens.Split(sents[i].Text); it does not change them.
func (m *Model) ParseTokens(text string, sents []article.Sentence, split [][]tokens.Token) *Doc {
	d := &Doc{Text: text, Sentences: make([]Sentence, len(sents))}
	// the sentences' tokens in one slice, each sentence with the room
	// sentence gives it
	need := 0
	for i := range sents {
		need += tokenRoom(len(split[i]))
	}
	room, _ := m.tokens.Get().(*[]Token)
	if room == nil {
		room = new([]Token)
	}
	if cap(*room) < need {
		*room = make([]Token, need)
	}
	d.room = room
	all := (*room)[:cap(*room)]
	off := 0
	for i, s := range sents {
		n := tokenRoom(len(split[i]))
		d.Sentences[i] = m.sentenceIn(all[off:off:off+n], s, split[i])
		off += n
	}
	return d
}

// Release gives the room of d's tokens back for the next document; d must
// not be read after it. A Doc from Parse has none to give.
func (m *Model) Release(d *Doc) {
	if d == nil || d.room == nil {
		return
	}
	m.tokens.Put(d.room)
	d.room, d.Sentences = nil, nil
}

// tokenRoom is the room for a sentence of n tokens: room for negative
// clitics split off their verbs ("did" "n't") spares growing the slice.
func tokenRoom(n int) int { return n + n/8 + 1 }

func (m *Model) sentence(s article.Sentence, split []tokens.Token) Sentence {
	return m.sentenceIn(make([]Token, 0, tokenRoom(len(split))), s, split)
}

// sentenceIn is sentence with its tokens appended to toks, an empty slice
// with room for them.
func (m *Model) sentenceIn(toks []Token, s article.Sentence, split []tokens.Token) Sentence {
	// The lower case of an ASCII token is the same bytes of the sentence in
	// lower case: one string for the sentence instead of one per token.
	lower := tokens.LowerASCII(s.Text)
	add := func(p tokens.Token) {
		l := lower[p.Start:p.End]
		if !isASCII(p.Text) {
			l = strings.ToLower(tokens.Fold(p.Text))
		}
		toks = append(toks, Token{Text: p.Text, Start: s.Start + p.Start, End: s.Start + p.End, Lower: l})
	}
	for _, t := range split {
		if verb, clitic, ok := splitClitic(t); ok {
			add(verb)
			add(clitic)
		} else {
			add(t)
		}
	}
	if len(toks) == 0 {
		toks = nil
	}
	room, _ := m.words.Get().(*[]string)
	if room == nil {
		room = new([]string)
	}
	if cap(*room) < 2*len(toks) {
		*room = make([]string, 2*len(toks))
	}
	words, tags := (*room)[:len(toks)], (*room)[len(toks):2*len(toks)]
	for i, t := range toks {
		words[i] = treebankForm(t.Text)
	}
	quotes := singleQuotes(s, toks, words)
	m.tagger.tagInto(words, tags)
	for _, q := range quotes {
		tags[q] = words[q]
	}
	m.retagElidedInfinitives(words, tags)
	m.retagPrefixedInfinitives(words, tags)
	for i := range toks {
		toks[i].Tag = tags[i]
	}
	clear((*room)[:2*len(toks)]) // keep no strings of this article alive
	m.words.Put(room)
	fixTags(toks)
	for i := range toks {
		toks[i].Lemma = m.lemmas.Lemma(toks[i].Lower, toks[i].Tag)
	}
	m.fixPastForms(toks)
	m.fixMissingFiniteVerb(toks)
	m.fixCoordinatedPast(toks)
	m.fixInitialSubjectPast(toks)
	m.fixGerundObjects(toks)
	m.fixObjectComplements(toks)
	fixCapitalisedTitles(toks)
	out := Sentence{Sentence: s, Tokens: toks}
	out.Groups = verbGroups(toks)
	return out
}

// fixCapitalisedTitles reads "US Ambassador to Israel X": a capitalised
// word inside a sentence, after a name and before "to", "of" or "for" and
// another name, that the model calls a verb is part of a title, a name's
// word (not in a sentence in title case, where verbs are capitalised too:
// "Kenya Agrees to ...").
func fixCapitalisedTitles(toks []Token) {
	lower := 0
	for _, t := range toks {
		if isLowerWord(t) {
			lower++
		}
	}
	if lower < 3 {
		return
	}
	for i := 1; i+2 < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "VB") || t.Text == t.Lower || toks[i-1].Tag != "NNP" || toks[i+2].Tag != "NNP" {
			continue
		}
		if w := toks[i+1].Lower; w == "to" || w == "of" || w == "for" {
			t.Tag, t.Lemma = "NNP", t.Lower
		}
	}
}

// retagElidedInfinitives reads "gave X a week to withdraw or face
// sanctions": a word the model calls a singular noun right after "or" or
// "and", in a clause with an infinitive before it and a noun phrase after
// it, may be a second infinitive whose "to" is left out. The model decides:
// the sentence is tagged again with the "to" restored, and the word is a
// verb when the model then reads it as one.
// elidedWindow is how many words before a candidate retagElidedInfinitives
// tags again at most.
const elidedWindow = 24

func (m *Model) retagElidedInfinitives(words, tags []string) {
	infinitive := false // "to" and a base verb since the clause's last boundary
	clause := 0         // where the clause starts
	for i := 1; i+1 < len(words); i++ {
		switch tags[i-1] {
		case ",", ".", ":":
			infinitive, clause = false, i
		case "VB":
			infinitive = infinitive || i >= 2 && tags[i-2] == "TO"
		}
		if !infinitive || tags[i] != "NN" || (words[i-1] != "or" && words[i-1] != "and") || words[i] != strings.ToLower(words[i]) {
			continue
		}
		switch tags[i+1] {
		case "NNS", "NN", "DT", "PRP$", "JJ", "NNP":
		default:
			continue
		}
		// the model reads two words and two tags either side: a window of
		// the clause around the word is enough, and keeps this linear
		from, to := max(clause, i-elidedWindow), min(len(words), i+3)
		restored := make([]string, 0, to-from+1)
		restored = append(append(append(restored, words[from:i]...), "to"), words[i:to]...)
		again := make([]string, len(restored))
		m.tagger.tagInto(restored, again)
		if again[i-from+1] == "VB" {
			tags[i] = "VB"
		}
	}
}

// retagPrefixedInfinitives reads "called on X to de-escalate tensions": a
// word after "to" with a short prefix and a hyphen ("de-", "re-", "co-"),
// which the model has seldom seen and calls an adjective or a noun, is a
// verb when the model reads the word without its prefix as one in the same
// place.
func (m *Model) retagPrefixedInfinitives(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i-1] != "TO" || tags[i] != "JJ" && tags[i] != "NN" {
			continue
		}
		h := strings.IndexByte(words[i], '-')
		if h < 1 || h > 3 || h+2 >= len(words[i]) || words[i] != strings.ToLower(words[i]) {
			continue
		}
		from, to := max(0, i-elidedWindow), min(len(words), i+3)
		again := make([]string, to-from)
		stripped := slices.Clone(words[from:to])
		stripped[i-from] = words[i][h+1:]
		m.tagger.tagInto(stripped, again)
		if again[i-from] == "VB" {
			tags[i] = "VB"
		}
	}
}

// fixGerundObjects retags "would face bombing", "risk sanctioning": an -ing
// word right after a verb that is neither an auxiliary nor one of aspect
// (data/aspectual-verbs.txt), with no object of its own after it (a mark,
// a quote, a preposition or the end), is the verb's object, a noun.
func (m *Model) fixGerundObjects(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBG" || !isLowerWord(*t) {
			continue
		}
		prev := toks[i-1]
		if !strings.HasPrefix(prev.Tag, "VB") || isAux(prev.Lemma, prev.Tag) || aspectualVerbs[prev.Lemma] {
			continue
		}
		if i+1 < len(toks) {
			switch next := toks[i+1]; {
			case next.Tag == "IN" || next.Tag == "TO" || next.Tag == "." || next.Tag == "," || next.Tag == ":" || isQuoteText(next.Text):
			default:
				continue
			}
		}
		t.Tag, t.Lemma = "NN", m.lemmas.Lemma(t.Lower, "NN")
	}
}

// fixObjectComplements retags "urged Milei to keep Argentina committed to
// the tariff": a past form the model calls finite, right after the name
// or pronoun that is the object of a verb of data/complement-verbs.txt,
// describes the object as an adjective would: it states no deed of its own.
func (m *Model) fixObjectComplements(toks []Token) {
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBD" || !isLowerWord(*t) {
			continue
		}
		o := i - 1
		for o > 0 && toks[o].Tag == "NNP" && toks[o-1].Tag == "NNP" {
			o-- // "keep Costa Rica committed"
		}
		if obj := toks[o].Tag; (obj != "NNP" && obj != "PRP") || o == 0 {
			continue
		}
		if v := toks[o-1]; strings.HasPrefix(v.Tag, "VB") && complementVerbs[v.Lemma] {
			t.Tag, t.Lemma = "JJ", m.lemmas.Lemma(t.Lower, "JJ")
		}
	}
}

// splitClitic splits a clitic off as the Treebank does: a negation off its
// verb ("didn't" -> "did" "n't", "can't" -> "ca" "n't") and an auxiliary
// off its pronoun ("we'll" -> "we" "'ll"); ok is false for a token without
// one.
func splitClitic(t tokens.Token) (verb, clitic tokens.Token, ok bool) {
	if i := strings.LastIndexAny(t.Text, "'’"); i > 0 && pronouns[strings.ToLower(t.Text[:i])] && pronounClitics[strings.ToLower(t.Text[i+apostropheLen(t.Text[i:]):])] {
		// "we'll", "they've", "I'd": a pronoun and its auxiliary
		return tokens.Token{Text: t.Text[:i], Start: t.Start, End: t.Start + i}, tokens.Token{Text: t.Text[i:], Start: t.Start + i, End: t.End}, true
	}
	if last := t.Text[len(t.Text)-1]; last != 't' && last != 'T' {
		return t, t, false // no "n't" at the end
	}
	w := strings.ReplaceAll(t.Text, "’", "'")
	if len(w) > 3 && strings.HasSuffix(strings.ToLower(w), "n't") {
		cut := len(t.Text) - len("n't") - (len(t.Text) - len(w))
		return tokens.Token{Text: t.Text[:cut], Start: t.Start, End: t.Start + cut}, tokens.Token{Text: t.Text[cut:], Start: t.Start + cut, End: t.End}, true
	}
	return t, t, false
}

// singleQuotes finds the single quotation marks of a sentence, which the
// Treebank spells like an apostrophe: a lone mark with a space before it and
// a word after it opens a quotation ("said 'we will act'"), and the next lone
// mark after a word closes it (not "the leaders' summit", where none is
// open). Their words become the Treebank's double quotes, which its tagger
// reads as quotation marks, not as a possessive; it returns their indexes.
func singleQuotes(s article.Sentence, toks []Token, words []string) []int {
	var marks []int
	open := -1
	for i, t := range toks {
		if t.Text != "'" && t.Text != "‘" && t.Text != "’" {
			continue
		}
		at, end := t.Start-s.Start, t.End-s.Start
		spaceBefore := at == 0 || isSpaceByte(s.Text[at-1])
		wordAfter := end < len(s.Text) && !isSpaceByte(s.Text[end])
		switch {
		case spaceBefore && wordAfter && t.Text != "’":
			open = i
		case open >= 0 && !spaceBefore && i > open+1:
			words[open], words[i] = "``", "''"
			marks = append(marks, open, i)
			open = -1
		}
	}
	return marks
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// apostropheLen is the length in bytes of the apostrophe that starts s.
func apostropheLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// pronouns and the auxiliaries that cling to them ("we'll", "they've").
var (
	pronouns       = map[string]bool{"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true}
	pronounClitics = map[string]bool{"ll": true, "d": true, "ve": true, "re": true, "m": true}
)

// treebankForm is the spelling the tagger was trained on: straight quotes
// and dashes as in the Wall Street Journal corpus.
func treebankForm(w string) string {
	switch w {
	case "“", "\"":
		return "``"
	case "”":
		return "''"
	case "‘":
		return "`"
	case "’":
		return "'"
	case "—", "–":
		return "--"
	}
	if strings.ContainsRune(w, '’') {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// fixTags corrects what a newswire model is known to get wrong in a way that
// grammar alone settles: a capitalised word after "to" is a name ("to
// Tunisia"), a lower-case word after "to" that the model calls a noun
// is a base-form verb when an object follows it ("to visit Russia"), a
// plural it calls a verb after an adjective is a noun ("take decisive
// countermeasures"), and a capitalised first word it calls an adverb before
// a past form is a name ("Norway urged").
func fixTags(toks []Token) {
	// "he did, however, urge X": after an auxiliary "do" and an adverb set
	// off by commas comes the base form of a verb, whatever the model says
	for i := 4; i < len(toks); i++ {
		if toks[i-1].Text == "," && toks[i-2].Tag == "RB" && toks[i-3].Text == "," && strings.HasPrefix(toks[i-4].Tag, "VB") &&
			(toks[i-4].Lower == "did" || toks[i-4].Lower == "does" || toks[i-4].Lower == "do") && isLowerWord(toks[i]) {
			toks[i].Tag = "VB"
		}
	}
	// "Norway urged ...": a capitalised first word the model calls an
	// adverb, before a past form, is the name of the subject
	if len(toks) > 1 && toks[0].Tag == "RB" && toks[0].Lower != toks[0].Text && !strings.HasSuffix(toks[0].Lower, "ly") &&
		(toks[1].Tag == "VBN" || toks[1].Tag == "VBD") && strings.HasSuffix(toks[1].Lower, "ed") {
		toks[0].Tag, toks[1].Tag = "NNP", "VBD"
	}
	// "UN Secretary-General X said": a first word in capitals before a
	// capitalised word is an acronym's name, though the model, reading it
	// as a lower-case word, calls it a function word ("un"/IN)
	if len(toks) > 1 && tokens.IsAcronym(toks[0].Text) && capitalizedWord(toks[1]) {
		switch toks[0].Tag {
		case "IN", "DT", "PRP", "PRP$", "CC", "RB", "FW":
			toks[0].Tag = "NNP"
		}
	}
	fixForeignNouns(toks)
	fixNameParticles(toks)
	for i := 1; i < len(toks); i++ {
		// "on Friday evening": "evening" after a name of a day is the time
		// of day, not a verb's -ing form
		if toks[i].Lower == "evening" && toks[i].Tag == "VBG" && toks[i-1].Tag == "NNP" {
			toks[i].Tag = "NN"
			continue
		}
		// "Ferdinand Marcos Jr., Anwar Ibrahim and ...": a full stop before a
		// comma ends an abbreviation, not a sentence; it belongs to the name
		if toks[i].Text == "." && toks[i-1].Tag == "NNP" && i+1 < len(toks) && toks[i+1].Text == "," {
			toks[i].Tag = "NNP"
			continue
		}
		// "travelled to Tunisia": a capitalised word after "to" is a name, not a verb
		if toks[i-1].Tag == "TO" && strings.HasPrefix(toks[i].Tag, "VB") && toks[i].Lower != toks[i].Text && toks[i].Text != strings.ToUpper(toks[i].Text) {
			toks[i].Tag = "NNP"
			continue
		}
		// "offering Tuvaluans a pathway": a capitalised word after a
		// lower-case one is a name, never a verb (title-case headlines,
		// "Putin Meets Xi", have a capitalised word before theirs)
		if strings.HasPrefix(toks[i].Tag, "VB") && capitalizedWord(toks[i]) && isLowerWord(toks[i-1]) {
			toks[i].Tag = "NNP"
			if strings.HasSuffix(toks[i].Text, "s") {
				toks[i].Tag = "NNPS"
			}
			continue
		}
		// "U.S. envoy Steve Witkoff": a lower-case word the model calls a
		// present verb, between an acronym (which, singular, takes no
		// such form) and a name, is a title
		if toks[i].Tag == "VBP" && isLowerWord(toks[i]) && tokens.IsAcronym(strings.ReplaceAll(toks[i-1].Text, ".", "")) && i+1 < len(toks) && capitalizedWord(toks[i+1]) {
			toks[i].Tag = "NN"
			continue
		}
		if titleBetweenNames(toks, i) {
			toks[i].Tag = "NN"
			continue
		}
		// "chargé d'affaires": a lower-case word with an apostrophe inside
		// ("d'affaires", "o'clock") is never a verb
		if strings.HasPrefix(toks[i].Tag, "VB") && isLowerWord(toks[i]) && strings.ContainsAny(strings.TrimRight(toks[i].Text, "'’"), "'’") {
			toks[i].Tag = "NN"
		}
		// "a treaty offering Tuvaluans a pathway": an -ing word the model
		// calls a noun, after a noun and before a determiner, a pronoun or a
		// plural, is a participle that modifies the noun before it
		if toks[i].Tag == "NN" && strings.HasSuffix(toks[i].Lower, "ing") && strings.HasPrefix(toks[i-1].Tag, "NN") && i+1 < len(toks) {
			switch toks[i+1].Tag {
			case "DT", "PRP", "PRP$", "NNS", "NNPS":
				toks[i].Tag = "VBG"
			default: // a plural name the model calls a verb, retagged next
				if capitalizedWord(toks[i+1]) && strings.HasSuffix(toks[i+1].Text, "s") {
					toks[i].Tag = "VBG"
				}
			}
		}
		// "remained neutral and urging Russia to ...": an -ing word the model
		// calls an adjective, after "and" and before a name or a determiner,
		// is a participle with its object
		if toks[i].Tag == "JJ" && i+1 < len(toks) && strings.HasSuffix(toks[i].Lower, "ing") && toks[i-1].Lower == "and" &&
			!attributiveParticiples[toks[i].Lower] && !adjectivalParticiples[toks[i].Lower] {
			switch toks[i+1].Tag {
			case "NNP", "DT", "PRP", "PRP$":
				toks[i].Tag = "VBG"
			}
		}
		// "met briefly inside the basilica", "spoke warmly of": a lower-case
		// -ly word the model calls a noun, right after a verb and before a preposition or the
		// end, is an adverb
		if (toks[i].Tag == "NN" || toks[i].Tag == "NNS") && strings.HasSuffix(toks[i].Lower, "ly") && isLowerWord(toks[i]) && strings.HasPrefix(toks[i-1].Tag, "VB") &&
			adverbSlotAfter(toks, i) {
			toks[i].Tag = "RB"
			continue
		}
		// "called it unjust that ...": a word the model calls a present
		// verb of the third person that does not end in -s is none; after
		// a verb and its pronoun object it is the object's complement
		if toks[i].Tag == "VBZ" && !strings.HasSuffix(toks[i].Lower, "s") && isLowerWord(toks[i]) && i >= 2 &&
			toks[i-1].Tag == "PRP" && strings.HasPrefix(toks[i-2].Tag, "VB") {
			toks[i].Tag = "JJ"
			continue
		}
		// "called it regrettable that ...", "found it encouraging that":
		// between a verb's pronoun object and "that", a word the model
		// calls a base verb or a particle is the complement ("made it
		// happen" has no "that")
		if (toks[i].Tag == "VB" || toks[i].Tag == "VBP" || toks[i].Tag == "RP" || toks[i].Tag == "VBG") && isLowerWord(toks[i]) && i >= 2 && i+1 < len(toks) &&
			toks[i+1].Lower == "that" && toks[i-1].Tag == "PRP" && strings.HasPrefix(toks[i-2].Tag, "VB") && toks[i-2].Tag != "MD" {
			toks[i].Tag = "JJ"
			continue
		}
		// "called the three countries' accusations baseless": a word with
		// an adjective's ending (-less, -ous, -ful, -able, -ible) that the
		// model calls a present verb, after a noun and before the clause's
		// end, is the noun's complement
		if (toks[i].Tag == "VBP" || toks[i].Tag == "VB") && isLowerWord(toks[i]) && strings.HasPrefix(toks[i-1].Tag, "NN") &&
			(i+1 == len(toks) || toks[i+1].Text == "." || toks[i+1].Text == "," || toks[i+1].Text == ";" || isQuoteText(toks[i+1].Text)) &&
			hasAdjectiveEnding(toks[i].Lower) {
			toks[i].Tag = "JJ"
			continue
		}
		// "calling the tariffs unjustified": a negated participle ("un-
		// ... -ed") that the model calls a verb, after a noun and before
		// the clause's end, is the noun's complement
		if (toks[i].Tag == "VBD" || toks[i].Tag == "VBN") && isLowerWord(toks[i]) && strings.HasPrefix(toks[i-1].Tag, "NN") &&
			(i+1 == len(toks) || toks[i+1].Text == "." || toks[i+1].Text == "," || toks[i+1].Text == ";" || isQuoteText(toks[i+1].Text)) &&
			len(toks[i].Lower) > 6 && strings.HasPrefix(toks[i].Lower, "un") && strings.HasSuffix(toks[i].Lower, "ed") {
			toks[i].Tag = "JJ"
			continue
		}
		// "to take decisive countermeasures": a plural after an adjective
		// that itself follows a determiner or a verb is a noun
		if toks[i].Tag == "VBZ" && toks[i-1].Tag == "JJ" && i >= 2 && strings.HasSuffix(toks[i].Lower, "s") {
			switch p := toks[i-2].Tag; {
			case p == "DT" || p == "PRP$" || p == "``" || strings.HasPrefix(p, "VB") || isQuoteText(toks[i-2].Text):
				toks[i].Tag = "NNS"
				continue
			}
		}
		// "issued an ultimatum to": an adjective right after an article and
		// before a preposition modifies nothing; it is the phrase's noun
		if toks[i].Tag == "JJ" && isArticle(toks[i-1].Lower) &&
			i+1 < len(toks) && (toks[i+1].Tag == "TO" || toks[i+1].Tag == "IN") && !strings.HasSuffix(toks[i].Lower, "st") {
			toks[i].Tag = "NN"
		}
		// "welcomed visiting Indonesian President X": a participle that
		// modifies titles (data/attributive-participles.txt) before a
		// title and a name (three capitalised words or more: not "visiting
		// New Delhi") is an adjective
		if toks[i].Tag == "VBG" && adjectivalParticiples[toks[i].Lower] && i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || strings.HasPrefix(toks[i+1].Tag, "JJ")) {
			toks[i].Tag = "JJ"
		}
		if toks[i].Tag == "VBG" && attributiveParticiples[toks[i].Lower] && capitalizedRun(toks[i+1:]) >= 3 {
			toks[i].Tag = "JJ"
		}
		// "the outgoing administration", "the visiting premier": a participle
		// between an article and a noun modifies the noun
		if toks[i].Tag == "VBG" && isArticle(toks[i-1].Lower) &&
			i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "JJ") {
			toks[i].Tag = "JJ"
		}
		// "Sudan reserves the right", "Algeria slams France over ...": a
		// plural between a name and a determiner or another name, in a
		// clause without a finite verb, is the clause's verb
		if toks[i].Tag == "NNS" && toks[i-1].Tag == "NNP" && toks[i].Lower == toks[i].Text && i+1 < len(toks) &&
			(toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$" || toks[i+1].Tag == "NNP") && !finiteInClause(toks, i) {
			toks[i].Tag = "VBZ"
		}
		// ""absurd and motivated"": a past form coordinated with an
		// adjective, with nothing after it but a quote or a mark, is one too
		if i >= 2 && (toks[i].Tag == "VBD" || toks[i].Tag == "VBN") && strings.HasSuffix(toks[i].Lower, "ed") &&
			(toks[i-1].Lower == "and" || toks[i-1].Lower == "or") && toks[i-2].Tag == "JJ" &&
			(i+1 == len(toks) || isQuoteText(toks[i+1].Text) || toks[i+1].Tag == "," || toks[i+1].Tag == ".") {
			toks[i].Tag = "JJ"
		}
		// "called the junta in Mali "illegitimate"": a single quoted word the
		// model calls a base-form verb, after a noun, is what the noun is
		// called, an adjective
		if toks[i].Tag == "VB" && i >= 2 && i+1 < len(toks) && isQuoteText(toks[i-1].Text) && isQuoteText(toks[i+1].Text) &&
			strings.HasPrefix(toks[i-2].Tag, "NN") && isLowerWord(toks[i]) {
			toks[i].Tag = "JJ"
			continue
		}
		// "met one-on-one with X": a compound of manner right after a verb,
		// before a preposition or the end, is an adverb
		if mannerAdverbs[toks[i].Lower] && strings.HasPrefix(toks[i-1].Tag, "VB") &&
			adverbSlotAfter(toks, i) {
			toks[i].Tag = "RB"
			continue
		}
		// ("met face to face on Monday": the compound written apart)
		if i+2 < len(toks) && strings.HasPrefix(toks[i-1].Tag, "VB") && mannerAdverbs[toks[i].Lower+"-"+toks[i+1].Lower+"-"+toks[i+2].Lower] && adverbSlotAfter(toks, i+2) {
			toks[i].Tag, toks[i+1].Tag, toks[i+2].Tag = "RB", "RB", "RB"
			i += 2
			continue
		}
		// "speaking alongside Kenya's president": a preposition the model
		// calls an adjective or a verb, before a noun phrase, is a preposition
		if (toks[i].Tag == "JJ" || strings.HasPrefix(toks[i].Tag, "VB")) && prepositions[toks[i].Lower] && i+1 < len(toks) && opensNounPhrase(toks[i+1].Tag) {
			toks[i].Tag = "IN"
		}
		// "to further deepen ties": a word between "to" and a base form
		// that the model calls an adjective splits the infinitive; it is an adverb
		if i >= 2 && toks[i-2].Tag == "TO" && (toks[i-1].Tag == "JJ" || toks[i-1].Tag == "JJR") && toks[i].Tag == "VB" {
			toks[i-1].Tag = "RB"
		}
		if toks[i-1].Tag == "TO" && (toks[i].Tag == "NN" || toks[i].Tag == "VBP") && i+1 < len(toks) && toks[i].Lower == toks[i].Text {
			next := toks[i+1].Tag
			if next == "DT" || next == "NNP" || next == "PRP" || next == "PRP$" || next == "JJ" || next == "NNS" {
				toks[i].Tag = "VB"
			}
		}
	}
}

// titleBetweenNames reports a present verb at toks[i] between a name and
// a name, in a noun phrase a possessive opens: a title noun ("his Papua New
// Guinea counterpart James Marape"; not "The United States says Russia
// ...").
func titleBetweenNames(toks []Token, i int) bool {
	if (toks[i].Tag != "VBZ" && toks[i].Tag != "VBP") || !isLowerWord(toks[i]) || toks[i-1].Tag != "NNP" || i+1 >= len(toks) || !capitalizedWord(toks[i+1]) {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "NNP" {
		k--
	}
	return toks[k].Tag == "PRP$"
}

// adverbSlotAfter reports what may follow an adverb that ends its verb's
// phrase: a preposition, a mark, or the end ("met briefly inside", "met
// one-on-one with").
func adverbSlotAfter(toks []Token, i int) bool {
	if i+1 == len(toks) {
		return true
	}
	switch toks[i+1].Tag {
	case "IN", "TO", ".", ",":
		return true
	}
	return false
}

// opensNounPhrase reports a tag that can start a noun phrase.
func opensNounPhrase(tag string) bool {
	switch tag {
	case "DT", "PRP", "PRP$", "CD", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// capitalizedWord reports a word with a capital first letter and a
// lower-case one after it ("Tuvaluans", not "NATO").
func capitalizedWord(t Token) bool {
	r, n := utf8.DecodeRuneInString(t.Text)
	rest, _ := utf8.DecodeRuneInString(t.Text[n:])
	return unicode.IsUpper(r) && unicode.IsLower(rest)
}

// isLowerWord reports a word that starts with a lower-case letter.
func isLowerWord(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

func isQuoteText(s string) bool { return s == "\"" || s == "“" || s == "”" }

// fixPastForms retags an irregular past form that the model called a noun
// right after a name, a pronoun or "the" and a noun ("Modi spoke by phone"): the lemma table
// knows it as a verb form, and a noun does not follow a name like that. A
// past form tagged as a base form ("the presidents shook hands") is past,
// as is one after a floated quantifier ("A and B both praised X", "A and B
// each spoke with X").
func (m *Model) fixPastForms(toks []Token) {
	// "had last spoken to X": "last" between a perfect's "have" and a
	// participle is an adverb, and the participle the perfect's verb
	for i := 1; i+1 < len(toks); i++ {
		if h := toks[i-1].Lower; toks[i].Lower != "last" || h != "had" && h != "has" && h != "have" {
			continue
		}
		n := &toks[i+1]
		if lemma, ok := m.lemmas.verbs[n.Lower]; ok && lemma != n.Lower && !strings.HasSuffix(n.Lower, "ing") {
			toks[i].Tag, n.Tag, n.Lemma = "RB", "VBN", lemma
		}
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		base := (t.Tag == "VB" || t.Tag == "VBP") && toks[i-1].Tag != "TO" && toks[i-1].Tag != "MD"
		if !base && ((t.Tag != "NN" && t.Tag != "JJ") || !(subjectBefore(toks, i) || coordinatedWithPast(toks, i))) {
			continue
		}
		if lemma, ok := m.lemmas.verbs[t.Lower]; ok && lemma != t.Lower && !strings.HasSuffix(t.Lower, "ing") {
			t.Tag, t.Lemma = "VBD", lemma
		}
	}
	// "the summit, co-hosted by X and Y,": a regular past form the model
	// calls an adjective is a participle when "by" names its agent
	for i := 1; i+2 < len(toks); i++ {
		if t := &toks[i]; t.Tag == "JJ" && strings.HasSuffix(t.Lower, "ed") && toks[i+1].Lower == "by" && opensNounPhrase(toks[i+2].Tag) {
			if lemma := m.lemmas.Lemma(t.Lower, "VBN"); lemma != t.Lower {
				t.Tag, t.Lemma = "VBN", lemma
			}
		}
	}
	// "A and B both praised Trump", "they all signed it": a regular past
	// form after a quantifier floated off its subject, before an object
	// ("A and B each spoke with X": an irregular past form the model
	// calls a noun, before a preposition)
	for i := 2; i+1 < len(toks); i++ {
		t := &toks[i]
		q := toks[i-1].Lower
		if q != "both" && q != "all" && q != "each" {
			continue
		}
		regular := (t.Tag == "JJ" || t.Tag == "VBN") && strings.HasSuffix(t.Lower, "ed")
		irregular := t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "JJ"
		if lemma, ok := m.lemmas.verbs[t.Lower]; !ok || lemma == t.Lower || strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "s") {
			irregular = false
		}
		if !regular && !irregular {
			continue
		}
		switch toks[i-2].Tag {
		case "NNP", "NNPS", "NNS", "PRP":
		default:
			continue
		}
		switch toks[i+1].Tag {
		case "NNP", "DT", "PRP$", "PRP", "NNS", "CD":
		case "IN", "TO":
			if !irregular {
				continue
			}
		default:
			continue
		}
		if lemma := m.lemmas.Lemma(t.Lower, "VBD"); lemma != t.Lower {
			t.Tag, t.Lemma = "VBD", lemma
		}
	}
}

// fixMissingFiniteVerb retags a regular past form that the model called an
// adjective or participle when the sentence has no finite verb without it:
// in "Brazil imposed duties on ..." the model reads "imposed duties" like
// "higher duties", but a sentence that names a subject and then an object
// needs a finite verb between them.
func (m *Model) fixMissingFiniteVerb(toks []Token) {
	m.fixPastAfterRelative(toks)
	// "X imposed sanctions on Y, the ministry said": a reporting clause
	// after the last comma has the only finite verb; the clause it reports
	// needs one too
	if c := lastComma(toks); c > 0 && !hasFinite(toks[:c]) && hasFinite(toks[c+1:]) {
		m.fixFirstPast(toks[:c])
		return
	}
	for i, t := range toks {
		// (a relative clause's verb, "the coup that ousted ...", is not the
		// sentence's)
		if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && (i == 0 || (toks[i-1].Tag != "WDT" && toks[i-1].Tag != "WP")) {
			// a clause that a subordinator opens needs one too: ", while
			// Western nations imposed sanctions on ..."
			m.fixSubordinateClauses(toks)
			return
		}
	}
	m.fixFirstPast(toks)
}

// fixPastAfterRelative retags an irregular past form that the model called
// a noun right after a comma that follows a relative clause: in "Biden, who
// leaves office on Monday, spoke by phone with X" the subject's verb comes
// after the clause.
func (m *Model) fixPastAfterRelative(toks []Token) {
	relative := false
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Text != "," {
			continue
		}
		if toks[i].Tag == "WP" || toks[i].Tag == "WDT" {
			relative = true
			continue
		}
		t := &toks[i]
		if !relative || t.Tag != "NN" {
			continue
		}
		if lemma, ok := m.lemmas.verbs[t.Lower]; ok && lemma != t.Lower {
			switch toks[i+1].Tag {
			case "IN", "DT", "NNP", "RB", "PRP":
				t.Tag, t.Lemma = "VBD", lemma
				return
			}
		}
	}
}

// hasFinite reports a finite verb or a modal among toks.
func hasFinite(toks []Token) bool {
	for _, t := range toks {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return true
		}
	}
	return false
}

// lastComma returns the index of the last comma of toks, or -1.
func lastComma(toks []Token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Text == "," {
			return i
		}
	}
	return -1
}

// fixSubordinateClauses applies fixFirstPast to each clause that a comma
// and a subordinating conjunction open ("while", "whereas", "after", ...)
// and that has no finite verb.
func (m *Model) fixSubordinateClauses(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Text != "," || !subordinators[toks[i].Lower] {
			continue
		}
		end := i + 1
		for end < len(toks) && toks[end].Text != "," {
			end++
		}
		if !finiteInClause(toks, i) {
			m.fixFirstPast(toks[i+1 : end])
		}
	}
}

// fixInitialSubjectPast retags a participle right after a noun phrase that
// starts the sentence, when a noun phrase follows it: in "The two ministers
// discussed migration" the model reads a reduced relative ("the measures
// announced"), but a participle that takes an object there is the verb.
func (m *Model) fixInitialSubjectPast(toks []Token) {
	i := 0
	for i < len(toks) && (toks[i].Tag == "DT" || toks[i].Tag == "CD" || strings.HasPrefix(toks[i].Tag, "JJ") || toks[i].Tag == "NN" || toks[i].Tag == "NNS") {
		i++
	}
	if i < 2 || i+1 >= len(toks) || toks[i].Tag != "VBN" || !strings.HasSuffix(toks[i].Lower, "ed") || !strings.HasPrefix(toks[i-1].Tag, "NN") {
		return
	}
	switch toks[i+1].Tag {
	case "DT", "NN", "NNS", "PRP$", "JJ":
		if lemma := m.lemmas.Lemma(toks[i].Lower, "VBD"); lemma != toks[i].Lower {
			toks[i].Tag, toks[i].Lemma = "VBD", lemma
		}
	}
}

// fixForeignNouns tags every word of a borrowed noun phrase
// (data/foreign-nouns.txt) as a noun: "diplomats persona non grata" has no
// verb "persona".
func fixForeignNouns(toks []Token) {
	for i := range toks {
		for _, p := range foreignNouns[toks[i].Lower] {
			if i+len(p) > len(toks) {
				continue
			}
			n := 1
			for n < len(p) && toks[i+n].Lower == p[n] {
				n++
			}
			if n == len(p) {
				for k := i; k < i+n; k++ {
					toks[k].Tag = "NN"
				}
			}
		}
	}
}

// fixNameParticles tags as a proper noun each word of a run of name
// particles (data/name-particles.txt) between two capitalised words:
// "Abdullah bin Zayed" has no verb "bin".
func fixNameParticles(toks []Token) {
	for i := 1; i < len(toks)-1; i++ {
		if !nameParticles[toks[i].Text] || !capitalizedWord(toks[i-1]) {
			continue
		}
		j := i
		for j < len(toks) && nameParticles[toks[j].Text] {
			j++
		}
		if j < len(toks) && capitalizedWord(toks[j]) {
			for k := i; k < j; k++ {
				toks[k].Tag = "NNP"
			}
		}
		i = j
	}
}

// subordinators open a clause that has a finite verb of its own.
var subordinators = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "because": true, "when": true, "after": true, "before": true}

// fixFirstPast retags the first regular past form after a subject that the
// model called an adjective or participle, when a noun phrase follows it.
func (m *Model) fixFirstPast(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if (t.Tag != "JJ" && t.Tag != "VBN") || !strings.HasSuffix(t.Lower, "ed") || !subjectBefore(toks, i) {
			continue
		}
		switch toks[i+1].Tag {
		case "DT", "NN", "NNS", "JJ", "PRP$", "CD", "$", "NNP":
			t.Tag, t.Lemma = "VBD", m.lemmas.Lemma(t.Lower, "VBD")
		case "IN", "RP":
			// "Egypt, along with Qatar, called on Israel": after a
			// phrase of company, a particle or preposition too
			if toks[i-1].Text == "," && toks[i+1].Lower != "by" {
				t.Tag, t.Lemma = "VBD", m.lemmas.Lemma(t.Lower, "VBD")
			}
		}
		return
	}
}

// fixCoordinatedPast retags a past form that the model called an adjective
// or participle after ", and" when a past verb comes before the comma:
// in "X gave the junta a week, and imposed sanctions on the country" the
// second verb shares the first one's subject. A noun phrase after it that a
// verb follows is a subject of its own ("..., and armed groups attacked").
func (m *Model) fixCoordinatedPast(toks []Token) {
	past := false
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Tag == "VBD" {
			past = true
		}
		// (or after a bare "and" before a name or a determiner: "responded
		// by ordering tariffs and criticized Trump", "valued X's support
		// and invited Y")
		if !past || i < 2 || (t.Tag != "JJ" && t.Tag != "VBN") || !strings.HasSuffix(t.Lower, "ed") ||
			toks[i-1].Lower != "and" || toks[i-2].Text != "," && !((t.Tag == "JJ" || t.Tag == "VBN") && coordinatedWithPast(toks, i)) {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "PRP$" || strings.HasPrefix(toks[j].Tag, "JJ") || strings.HasPrefix(toks[j].Tag, "NN")) {
			j++
		}
		if j == i+1 || (j < len(toks) && isVerbTag(toks[j].Tag)) {
			continue
		}
		if lemma := m.lemmas.Lemma(t.Lower, "VBD"); lemma != t.Lower {
			t.Tag, t.Lemma = "VBD", lemma
		}
	}
}

// coordinatedWithPast reports a word after "and" that a past form comes
// before in the sentence and an object starts after ("suspended trade and
// froze Niger's assets").
func coordinatedWithPast(toks []Token, i int) bool {
	if toks[i-1].Lower != "and" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "DT", "NNP", "PRP$":
	default:
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if toks[k].Tag == "VBD" {
			return true
		}
	}
	return false
}

// companyWords open a phrase that adds others to a subject: "X, along
// with Y, ...".
var companyWords = map[string]bool{"along": true, "together": true, "alongside": true, "like": true}

// subjectBefore reports whether the words before toks[i] end like a
// subject: a name, a pronoun, or a determiner and one noun or adjective
// ("the secretary-general spoke"), maybe with "both" or "all" after it.
func subjectBefore(toks []Token, i int) bool {
	// "A and B both praised", "they all signed": a quantifier floated
	// after the subject
	if i >= 2 && (toks[i-1].Lower == "both" || toks[i-1].Lower == "all") {
		i--
	}
	// "Egypt, along with Qatar, called on ...": a phrase of company set
	// off by commas after the subject
	if i >= 4 && toks[i-1].Text == "," {
		for j := i - 2; j >= 1 && j >= i-8; j-- {
			if toks[j].Text == "," {
				if companyWords[toks[j+1].Lower] {
					i = j
				}
				break
			}
		}
	}
	// "Ferdinand Marcos Jr. flew": the dot of an abbreviation that ends a
	// name
	if i >= 2 && toks[i-1].Text == "." && toks[i-2].Tag == "NNP" && toks[i-2].End == toks[i-1].Start {
		i--
	}
	switch toks[i-1].Tag {
	case "NNP", "PRP":
		return true
	case "NN", "NNS", "JJ":
		return i >= 2 && (toks[i-2].Tag == "DT" || (toks[i-1].Tag == "NNS" && toks[i-2].Tag == "JJ"))
	}
	return false
}

// verbGroups finds the verb groups of a tagged sentence.
func verbGroups(toks []Token) []VerbGroup {
	verbs := 0 // a group holds a verb or more: room for as many groups as verbs
	for _, t := range toks {
		if isVerbTag(t.Tag) {
			verbs++
		}
	}
	if verbs == 0 {
		return nil
	}
	out := make([]VerbGroup, 0, verbs)
	for i := 0; i < len(toks); {
		if !isVerbTag(toks[i].Tag) && !(toks[i].Tag == "TO" && i+1 < len(toks) && (startsVerb(toks, i+1) ||
			(isQuoteText(toks[i+1].Text) && i+2 < len(toks) && startsVerb(toks, i+2)))) {
			i++
			continue
		}
		g := VerbGroup{Start: i, Head: -1}
		j := i
		if toks[j].Tag == "TO" {
			g.Infinitive = true
			j++
		}
		for j < len(toks) {
			t := toks[j]
			// a gerund after a verb that is neither an auxiliary nor one of aspect is
			// its object, a group of its own: "would face bombing", "risked losing"
			if t.Tag == "VBG" && g.Head >= 0 && !isAux(toks[g.Head].Lemma, toks[g.Head].Tag) && !aspectualVerbs[toks[g.Head].Lemma] {
				break
			}
			// two finite verbs in a row belong to two clauses: "those who
			// attended were X and Y"
			if isVerbTag(t.Tag) && g.Head >= 0 && finiteTag(t.Tag) && finiteTag(toks[g.Head].Tag) && !isAux(toks[g.Head].Lemma, toks[g.Head].Tag) {
				break
			}
			if isVerbTag(t.Tag) {
				g.Head = j
				j++
				continue
			}
			// adverbs inside the group: "will not meet", "has long sought", "did n't",
			// a split infinitive ("to further deepen")
			if (t.Tag == "RB" || t.Tag == "RBR") && j+1 < len(toks) && startsVerb(toks, j+1) &&
				((g.Head >= 0 && isAux(toks[g.Head].Lemma, toks[g.Head].Tag)) || (g.Infinitive && g.Head < 0)) {
				j++
				continue
			}
			// an adverb set off by commas after an auxiliary: "did,
			// however, urge", "will, in turn, visit"
			if t.Text == "," && j+3 < len(toks) && g.Head >= 0 && isAux(toks[g.Head].Lemma, toks[g.Head].Tag) && toks[j+1].Tag == "RB" &&
				toks[j+2].Text == "," && isVerbTag(toks[j+3].Tag) {
				j += 3
				continue
			}
			// a quoted verb after its auxiliary, a modal or "to": would be
			// "punished", would "pay a heavy price", threatened to "annihilate"
			if isQuoteText(t.Text) && j+1 < len(toks) && ((g.Head >= 0 && isAux(toks[g.Head].Lemma, toks[g.Head].Tag) &&
				(toks[j+1].Tag == "VBN" || toks[j+1].Tag == "VBG")) || (g.Infinitive && g.Head < 0 && toks[j+1].Tag == "VB") ||
				(g.Head >= 0 && toks[g.Head].Tag == "MD" && toks[j+1].Tag == "VB")) {
				j++
				continue
			}
			break
		}
		if g.Head < 0 { // "to" followed by adverbs only
			i = j
			continue
		}
		// a trailing negation: "did not" followed by a verb is inside; "is not" before an adjective ends here
		g.End = j
		describe(&g, toks)
		// ("was not in Berlin": the copula's negation after it denies it)
		if j < len(toks) && (toks[j].Lower == "not" || toks[j].Lower == "n't" || toks[j].Lower == "never") && toks[g.Head].Lemma == "be" {
			g.Negated = true
		}
		out = append(out, g)
		i = j
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func startsVerb(toks []Token, i int) bool {
	for ; i < len(toks); i++ {
		if isVerbTag(toks[i].Tag) {
			return true
		}
		if toks[i].Tag != "RB" && toks[i].Tag != "RBR" {
			return false
		}
	}
	return false
}

// finiteTag reports the tag of a finite verb: past or present.
func finiteTag(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" }

func isVerbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// isAux reports the auxiliaries that may be followed by an adverb and
// another verb.
func isAux(lemma, tag string) bool {
	if tag == "MD" {
		return true
	}
	switch lemma {
	case "be", "have", "do", "get":
		return true
	}
	return false
}

func describe(g *VerbGroup, toks []Token) {
	first := toks[g.Start]
	if g.Infinitive {
		first = toks[g.Start+1]
	}
	g.Finite = !g.Infinitive && (first.Tag == "MD" || first.Tag == "VBD" || first.Tag == "VBZ" || first.Tag == "VBP")
	g.Tense = "present"
	sawBe := false
	for k := g.Start; k < g.End; k++ {
		t := toks[k]
		switch {
		case t.Tag == "MD":
			g.Modal = modalLemma(t.Lower)
			if g.Modal == "will" || g.Modal == "shall" {
				g.Tense = "future"
			}
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never":
			g.Negated = true
		case t.Tag == "VBD" && k == g.Start:
			g.Tense = "past"
		}
		if k < g.Head && (t.Lemma == "be" || t.Lemma == "get") {
			sawBe = true
		}
	}
	g.Passive = sawBe && toks[g.Head].Tag == "VBN"
}

// modalLemma folds the modals' spellings: "wo" (of "won't") is will, "ca" can.
func modalLemma(w string) string {
	switch w {
	case "wo", "'ll":
		return "will"
	case "ca":
		return "can"
	case "'d":
		return "would"
	}
	return w
}

// Span is a byte range of the text that names something. Modifier says
// the name is a demonym before a noun ("Venezuelan diplomats"), so the
// word after it is that noun.
type Span struct {
	Start, End int
	Modifier   bool
}

// MarkNames retags as proper nouns the words inside names that the tagger
// read otherwise ("Antonio Guterres/VBZ on Saturday urged", "Abdel Fattah
// al-Sisi/JJ spoke/NN", "To/TO Lam hosted/JJ"): a recogniser that knows the
// name knows better; a past form after a name so retagged is then read
// again as the verb it is.
// A plural the tagger read as a verb right after a demonym (and the nouns
// that modify it) is the noun it modifies ("Venezuelan diplomats/VBZ 72
// hours to leave", "the Israeli air strikes/VBZ a violation"). Spans are byte
// offsets in the text, sorted by start; verb groups are found again where a
// tag changed.
func (m *Model) MarkNames(d *Doc, spans []Span) {
	k := 0
	for si := range d.Sentences {
		s := &d.Sentences[si]
		changed := false
		for ti := range s.Tokens {
			t := &s.Tokens[ti]
			for k < len(spans) && spans[k].End <= t.Start {
				k++
			}
			if k < len(spans) && !spans[k].Modifier && spans[k].Start <= t.Start && t.End <= spans[k].End && t.Text != t.Lower &&
				!strings.HasPrefix(t.Tag, "NNP") && t.Tag != "POS" {
				t.Tag, t.Lemma = "NNP", t.Lower
				changed = true
			}
			if t.Tag == "VBZ" && t.Text == t.Lower && strings.HasSuffix(t.Lower, "s") && k > 0 && spans[k-1].Modifier && afterModifier(s.Tokens[:ti], spans[k-1]) {
				t.Tag, t.Lemma = "NNS", nounLemma(t.Lower)
				changed = true
			}
		}
		if changed {
			m.fixPastForms(s.Tokens)
			m.fixMissingFiniteVerb(s.Tokens)
			s.Groups = verbGroups(s.Tokens)
		}
	}
}

// afterModifier reports that the demonym span ends the tokens, or ends
// before at most two common nouns that with the next word make one noun
// phrase, the object of a finite verb before it ("called the Israeli air
// strikes a violation"; but "the Chinese side expresses" is a clause).
func afterModifier(toks []Token, span Span) bool {
	i := len(toks) - 1
	for n := 0; n < 2 && i >= 0 && toks[i].Tag == "NN" && toks[i].Text == toks[i].Lower; n++ {
		i--
	}
	if i < 0 || toks[i].End != span.End {
		return false
	}
	if i == len(toks)-1 {
		return true
	}
	for j := i - 1; j >= 0 && toks[j].Text != "," && toks[j].Lower != "that" && toks[j].Tag != "``"; j-- {
		if toks[j].Tag == "VBD" || toks[j].Tag == "VBZ" || toks[j].Tag == "VBP" {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// finiteInClause reports a finite verb in the clause around toks[i]: from
// the comma, "that" or sentence start before it to the comma, preposition,
// relative word or end after it.
func finiteInClause(toks []Token, i int) bool {
	from, to := i, i
	for from > 0 && toks[from-1].Text != "," && toks[from-1].Lower != "that" {
		from-- // a clause starts after a comma or "that"
	}
	for to < len(toks) && toks[to].Text != "," && (to == i || toks[to].Tag != "IN" && toks[to].Tag != "WDT" && toks[to].Tag != "WP") {
		to++ // and ends before a comma or a word that opens a phrase or clause of its own
	}
	for _, t := range toks[from:to] {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return true
		}
	}
	return false
}

// capitalizedRun counts the capitalised words toks starts with.
func capitalizedRun(toks []Token) int {
	n := 0
	for n < len(toks) && toks[n].Lower != toks[n].Text {
		n++
	}
	return n
}

// hasAdjectiveEnding reports a word ending the way only adjectives do:
// "baseless", "dangerous", "shameful", "unacceptable", "irresponsible".
func hasAdjectiveEnding(w string) bool {
	for _, end := range []string{"less", "ous", "ful", "able", "ible"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
