package frames

import (
	"bufio"
	_ "embed"
	"fmt"
	"github.com/bilatgraph/bilat/ingest/datafile"
	"slices"
	"strings"

	"github.com/bilatgraph/bilat/schema"
)

var (
	//go:embed data/frames.tsv
	framesTSV string
	//go:embed data/kinds.tsv
	kindsTSV string
	//go:embed data/cameo-verbs.tsv
	cameoVerbsTSV string
	//go:embed data/cameo-nouns.tsv
	cameoNounsTSV string
	//go:embed data/wordnet-verbs.tsv
	wordnetVerbsTSV string
	//go:embed data/wordnet-nouns.tsv
	wordnetNounsTSV string
	//go:embed data/event-nouns.txt
	eventNounsTXT string
	//go:embed data/occasion-nouns.txt
	occasionNounsTXT string
	//go:embed data/ceremony-nouns.txt
	ceremonyNounsTXT string
	//go:embed data/people-nouns.txt
	peopleNounsTXT string
	//go:embed data/deed-nouns.txt
	deedNounsTXT string
	//go:embed data/deed-kinds.tsv
	deedKindsTSV string
	//go:embed data/threat-modifiers.txt
	threatModifiersTXT string
	//go:embed data/occurrences.txt
	occurrencesTXT string
	//go:embed data/visitor-nouns.txt
	visitorNounsTXT string
	//go:embed data/force-verbs.txt
	forceVerbsTXT string
	//go:embed data/remote-words.txt
	remoteWordsTXT string
	//go:embed data/member-nouns.txt
	memberNounsTXT string
	//go:embed data/country-nouns.txt
	countryNounsTXT string
	//go:embed data/seat-nouns.txt
	seatNounsTXT string
	//go:embed data/event-places.txt
	eventPlacesTXT string
	//go:embed data/generic-modifiers.txt
	genericModifiersTXT string
	//go:embed data/attack-nouns.txt
	attackNounsTXT string
	//go:embed data/causative-verbs.txt
	causativeVerbsTXT string
	//go:embed data/nonstate-modifiers.txt
	nonstateModifiersTXT string
	//go:embed data/media-events.txt
	mediaEventsTXT string
	//go:embed data/partitive-nouns.txt
	partitiveNounsTXT string
	//go:embed data/recipient-verbs.txt
	recipientVerbsTXT string
	//go:embed data/leader-titles.txt
	leaderTitlesTXT string
	//go:embed data/relational-nouns.txt
	relationalNounsTXT string
	//go:embed data/courtesy-nouns.txt
	courtesyNounsTXT string
	//go:embed data/reprisal-nouns.txt
	reprisalNounsTXT string
	//go:embed data/deed-verbs.tsv
	deedVerbsTSV string
	//go:embed data/act-nouns.txt
	actNounsTXT string
)

// forceAims reads force-verbs.txt: each verb of force, true when it aims
// at whom its object is or stands in ("hit targets in X"), false when it
// only puts force somewhere ("deploy missiles in X").
func forceAims() map[string]bool {
	out := map[string]bool{}
	for _, r := range datafile.Rows(forceVerbsTXT) {
		out[r[0]] = len(r) > 1 && r[1] == "target"
	}
	return out
}

// deedVerbs gives, by a noun of what a body decides ("ruling"), the verbs
// that tell that act (data/deed-verbs.tsv).
var deedVerbs = func() map[string][]string {
	out := map[string][]string{}
	for _, f := range datafile.Rows(deedVerbsTSV) {
		if len(f) > 1 {
			out[f[0]] = strings.Split(f[1], ",")
		}
	}
	return out
}()

// eventNouns head the noun phrase of an event ("a military parade");
// peopleNouns make a group reference name people ("the two leaders");
// deedNouns sum up a clause's deed in apposition ("..., a move X condemned");
// threatModifiers make any noun a threat ("retaliatory steps");
// occurrences are the kinds that cannot be dated after their article;
// visitorNouns head the phrase of someone received ("the Tanzanian president").
var (
	eventNouns        = datafile.Set(eventNounsTXT)
	occasionNouns     = datafile.Set(occasionNounsTXT) // "for the ceremony": the one held where the sentence is
	ceremonyNouns     = datafile.Set(ceremonyNounsTXT) // "the ceremony": the parade named before
	peopleNouns       = datafile.Set(peopleNounsTXT)
	deedNouns         = datafile.Set(deedNounsTXT)
	actNouns          = datafile.Set(actNounsTXT) // deed nouns that sum up no words: "opposed the measure"
	threatModifiers   = datafile.Set(threatModifiersTXT)
	occurrences       = datafile.Set(occurrencesTXT)
	visitorNouns      = datafile.Set(visitorNounsTXT)
	causativeVerbs    = datafile.Set(causativeVerbsTXT)    // "prompted Y to vow": Y vows
	nonstateModifiers = datafile.Set(nonstateModifiersTXT) // "Kenyan business leaders" act for no state
	forceVerbs        = forceAims()                        // a warning that names one threatens
	remoteWords       = datafile.Set(remoteWordsTXT)       // taking part from afar is no visit
	memberNouns       = datafile.Set(memberNounsTXT)       // "the governments of A and B" act for A and B
	countryNouns      = datafile.Set(countryNounsTXT)      // "the three countries"
	seatNouns         = datafile.Set(seatNounsTXT)         // "the government in Kabul"
	eventPlaces       = datafile.Set(eventPlacesTXT)       // "at the summit table" is at the summit
	// genericModifiers say which of its kind an event is, or which part of
	// it, not which event: "their first summit", "the opening session"
	genericModifiers = datafile.Set(genericModifiersTXT)
	// mediaEvents make an event noun a briefing: "a joint press conference"
	mediaEvents = datafile.Set(mediaEventsTXT)
	attackNouns = datafile.Set(attackNounsTXT) // "condemned the raid": whoever the clause before says did it
	// reprisalNouns answer what their phrase names: "in response to X's decision"
	reprisalNouns = datafile.Set(reprisalNounsTXT)
	// partitiveNouns let a verb carry the noun of their "of" phrase: "adopted a package of sanctions"
	partitiveNouns = datafile.Set(partitiveNounsTXT)
	// recipientVerbs carry a noun the other way round when a "from" phrase
	// names its giver: "received assurances from X" is X's promise
	recipientVerbs = datafile.Set(recipientVerbsTXT)
	// leaderTitles are the titles "the two leaders" stand for
	leaderTitles = datafile.Lines(leaderTitlesTXT)
	// relationalNouns never stand for their owner: "Uganda's neighbours"
	relationalNouns = datafile.Set(relationalNounsTXT)
	// courtesyNouns are given without a promise: "offered condolences to X"
	courtesyNouns = datafile.Set(courtesyNounsTXT)
)

// Grammatical classes of the lexicon that are not relation kinds.
const (
	classSpeech   = "SPEECH"   // verbs that report speech: "X said (that) ..."
	classIrrealis = "IRREALIS" // verbs whose infinitive is not yet a fact: "is expected to visit"
	classLitotes  = "LITOTES"  // verbs whose denial affirms their infinitive: "will not hesitate to respond"
	classOccur    = "OCCUR"    // verbs that say an event took place: "the meeting did not take place"
)

// Parts of speech of a frame's head.
const (
	posVerb      = "V"
	posNoun      = "N"
	posAdjective = "A"
	posModal     = "M" // a modal in reported speech: "X said Y should ..."
	posPrep      = "P" // a preposition that sets its clause at the object: "unveiled a plan at the summit"
	posAttr      = "T" // a word before a name that says what its bearer did: "visiting President X"
)

// Object kinds.
const (
	objActor  = "actor"
	objPlace  = "place"
	objEvent  = "event"
	objPolicy = "policy"
	objHost   = "host"
)

// Frame is one row of the lexicon: a predicate, its kind and where its
// arguments sit.
type Frame struct {
	Kind     string
	Head     string   // lemma
	POS      string   // V, N or A
	Carriers []string // light verbs or copulas; "*" when the noun stands alone
	Slots    []string // dobj or prepositions, in order of preference
	Object   string
	Options  map[string]bool
	Cameo    string
	Source   string // the data file
	Line     int
	// Particle is an adverb the verb means nothing of its kind without
	// ("kick out", "lash out", "get together"): it must follow the verb
	// or the verb's object.
	Particle string

	rule string // Rule, made when the lexicon is loaded
}

// Rule names the lexicon row, as edges record it.
func (f *Frame) Rule() string {
	if f.rule != "" {
		return f.rule
	}
	return fmt.Sprintf("%s:%d %s/%s", f.Source, f.Line, f.Head, f.POS)
}

// Has reports an option.
func (f *Frame) Has(opt string) bool { return f.Options[opt] }

// standsAlone reports a noun frame that needs no light verb.
func (f *Frame) standsAlone() bool { return len(f.Carriers) == 1 && f.Carriers[0] == "*" }

// carriedBy reports whether a light verb or copula lemma carries the frame.
func (f *Frame) carriedBy(lemma string) bool {
	for _, c := range f.Carriers {
		if c == lemma {
			return true
		}
	}
	return false
}

// Lexicon is the set of frames, indexed by head lemma and part of speech.
type Lexicon struct {
	byHead      map[string][]*Frame        // "meet/V"
	class       map[string]string          // "say/V" -> SPEECH
	classRows   map[string]*Frame          // "reject/V" -> its IRREALIS row, for its options
	kindOptions map[string]map[string]bool // kinds.tsv: options of every relation of a kind
	deedKinds   map[string]string          // deed-kinds.tsv: noun lemma -> the kind of deed it names
}

// kindHas reports an option that kinds.tsv gives every relation of a kind.
func (lx *Lexicon) kindHas(kind, option string) bool { return lx.kindOptions[kind][option] }

var knownOptions = map[string]bool{"pair": true, "what": true, "promise": true, "group": true, "agent": true, "possessor": true, "told": true, "future": true, "threat": true, "meets": true, "guest": true, "deed": true, "judged": true, "cosign": true, "decision": true, "mutual": true, "warning": true, "undergo": true, "denied": true, "modified": true, "speaker": true, "gathers": true, "content": true, "condition": true, "ordered": true, "visits": true, "holds": true, "placed": true, "dateline": true, "personal": true, "reprisal": true, "hostile": true, "instrument": true, "origin": true, "owned": true, "gift": true, "addressed": true, "beneficiary": true, "asks": true, "courtesy": true, "spoken": true, "deadline": true, "convenes": true, "delegate": true, "ultimatum": true, "idiom": true, "indefinite": true, "action": true, "along": true, "single": true, "before-noun": true}

// LoadLexicon reads the embedded frames and checks every kind against the
// schema.
func LoadLexicon() (*Lexicon, error) {
	lx, err := parseLexicon(framesTSV, schema.Current())
	if err != nil {
		return nil, err
	}
	defaults, err := parseKinds(kindsTSV, lx)
	if err != nil {
		return nil, err
	}
	lx.kindOptions = make(map[string]map[string]bool, len(defaults))
	for kind, d := range defaults {
		lx.kindOptions[kind] = d.options
	}
	if err := lx.addCameo(cameoVerbsTSV, "cameo-verbs.tsv", posVerb, 4, defaults); err != nil {
		return nil, err
	}
	if err := lx.addCameo(cameoNounsTSV, "cameo-nouns.tsv", posNoun, 4, defaults); err != nil {
		return nil, err
	}
	// WordNet's verbs and nouns (dev/lexicon/gen-wordnet.py) have the columns
	// of cameo-verbs.tsv and cameo-nouns.tsv and a fifth, the synset they came from
	if err := lx.addCameo(wordnetVerbsTSV, "wordnet-verbs.tsv", posVerb, 5, defaults); err != nil {
		return nil, err
	}
	if err := lx.addCameo(wordnetNounsTSV, "wordnet-nouns.tsv", posNoun, 5, defaults); err != nil {
		return nil, err
	}
	for _, fs := range lx.byHead {
		for _, f := range fs {
			f.rule = f.Rule() // once, not for every trigger of every article
		}
	}
	lx.deedKinds = map[string]string{}
	if err := dataRows(deedKindsTSV, "deed-kinds.tsv", 2, func(c []string, n int) error {
		if _, ok := schema.Current().Edge(c[1]); !ok {
			return fmt.Errorf("deed-kinds.tsv:%d: kind %q is not an edge kind of schema.json", n, c[1])
		}
		lx.deedKinds[c[0]] = c[1]
		return nil
	}); err != nil {
		return nil, err
	}
	for kind := range occurrences {
		if _, ok := schema.Current().Edge(kind); !ok {
			return nil, fmt.Errorf("occurrences.txt: kind %q is not an edge kind of schema.json", kind)
		}
	}
	return lx, nil
}

// kindDefaults is a row of kinds.tsv.
type kindDefaults struct {
	verbSlots, nounSlots []string
	object               string
	options              map[string]bool
}

func dataRows(data, file string, columns int, fn func(c []string, line int) error) error {
	sn := bufio.NewScanner(strings.NewReader(data))
	n, header := 0, false
	for sn.Scan() {
		n++
		line := sn.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != columns {
			return fmt.Errorf("%s:%d: want %d tab-separated columns, got %d", file, n, columns, len(c))
		}
		if !header && file == "kinds.tsv" {
			header = true
			continue
		}
		if err := fn(c, n); err != nil {
			return err
		}
	}
	return nil
}

func parseKinds(data string, lx *Lexicon) (map[string]kindDefaults, error) {
	out := map[string]kindDefaults{}
	err := dataRows(data, "kinds.tsv", 5, func(c []string, n int) error {
		d := kindDefaults{verbSlots: strings.Split(c[1], ","), nounSlots: strings.Split(c[2], ","), object: c[3], options: map[string]bool{}}
		for _, o := range strings.Split(c[4], ",") {
			if o == "" {
				continue
			}
			if !knownOptions[o] {
				return fmt.Errorf("kinds.tsv:%d: unknown option %q", n, o)
			}
			d.options[o] = true
		}
		out[c[0]] = d
		return nil
	})
	return out, err
}

// addCameo adds the rows of a generated list (CAMEO- or WordNet-derived) with
// the kind's defaults, unless frames.tsv already has the lemma. Verb
// rows are lemma, kind, code, particle; noun rows are lemma, light verbs,
// kind, code; columns after those are provenance.
func (lx *Lexicon) addCameo(data, file, pos string, columns int, defaults map[string]kindDefaults) error {
	return dataRows(data, file, columns, func(c []string, n int) error {
		lemma, kind, code, extra := c[0], c[1], c[2], c[3]
		if pos == posNoun {
			kind, code, extra = c[2], c[3], c[1]
		}
		d, ok := defaults[kind]
		if !ok {
			return fmt.Errorf("%s:%d: kind %q has no row in kinds.tsv", file, n, kind)
		}
		for _, f := range lx.frames(lemma, pos) {
			if f.Source == "frames.tsv" || f.Kind == kind {
				return nil // the hand-written rows say all a lemma means
			}
		}
		f := &Frame{Kind: kind, Head: lemma, POS: pos, Object: d.object, Options: d.options, Cameo: code, Source: file, Line: n, Slots: d.verbSlots}
		switch {
		case pos == posNoun:
			f.Carriers, f.Slots = strings.Split(extra, ","), d.nounSlots
		case extra != "" && d.object == objActor && (extra == "for" || extra == "about" || extra == "over"):
			// "blast X for ...", "ask X for ...": a reason or request follows
			// the object
			f.Slots = append(append([]string{}, d.verbSlots...), extra)
		case adverbParticles[extra]:
			// "kicked out the envoy", "lashed out at X": the verb with its
			// particle only, its object where the kind's actors sit
			f.Particle = extra
			f.Slots = append([]string{extra}, d.verbSlots...)
		case extra != "" && d.object == objActor:
			// "call on X": the particle's phrase, else where the kind's
			// actors sit
			f.Slots = append([]string{extra}, d.verbSlots...)
		case extra != "":
			f.Slots = []string{extra} // "return from X"
		}
		lx.byHead[lemma+"/"+pos] = append(lx.byHead[lemma+"/"+pos], f)
		return nil
	})
}

// adverbParticles change what a verb means ("kick out" is not "kick"), where
// a preposition after a verb ("call on", "talk with") only says where its
// object sits.
var adverbParticles = map[string]bool{"out": true, "down": true, "together": true, "up": true, "off": true, "away": true}

func parseLexicon(data string, sc *schema.Schema) (*Lexicon, error) {
	lx := &Lexicon{byHead: map[string][]*Frame{}, class: map[string]string{}, classRows: map[string]*Frame{}}
	kinds := map[string]bool{classSpeech: true, classIrrealis: true, classLitotes: true, classOccur: true}
	for _, k := range sc.EventKinds() {
		kinds[k] = true
	}
	sn := bufio.NewScanner(strings.NewReader(data))
	n, header := 0, false
	for sn.Scan() {
		n++
		line := sn.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f, err := parseFrame(line, n, kinds)
		if err != nil {
			return nil, err
		}
		key := f.Head + "/" + f.POS
		if grammaticalClass(f.Kind) {
			lx.class[key] = f.Kind
			lx.classRows[key] = f
			continue
		}
		// one row per kind, word and carrier: a second would read the same
		// words again with other slots or options
		for _, g := range lx.byHead[key] {
			if g.Kind == f.Kind && (len(g.Carriers) == 0 || slices.ContainsFunc(f.Carriers, g.carriedBy)) {
				return nil, fmt.Errorf("frames.tsv:%d: %s %s/%s shares a carrier with line %d: merge the rows", n, f.Kind, f.Head, f.POS, g.Line)
			}
		}
		lx.byHead[key] = append(lx.byHead[key], f)
	}
	return lx, nil
}

func parseFrame(line string, n int, kinds map[string]bool) (*Frame, error) {
	c := strings.Split(line, "\t")
	if len(c) != 8 {
		return nil, fmt.Errorf("frames.tsv:%d: want 8 tab-separated columns, got %d", n, len(c))
	}
	if !kinds[c[0]] {
		return nil, fmt.Errorf("frames.tsv:%d: kind %q is not an edge kind of schema.json", n, c[0])
	}
	f := &Frame{Kind: c[0], Head: c[1], POS: c[2], Object: c[5], Cameo: c[7], Source: "frames.tsv", Line: n, Options: map[string]bool{}}
	switch f.POS {
	case posVerb, posNoun, posAdjective, posModal, posPrep, posAttr:
	default:
		return nil, fmt.Errorf("frames.tsv:%d: part of speech %q is not V, N, A, M, P or T", n, f.POS)
	}
	if c[3] != "-" {
		f.Carriers = strings.Split(c[3], ",")
	}
	if c[4] != "-" {
		f.Slots = strings.Split(c[4], ",")
	}
	for _, o := range strings.Split(c[6], ",") {
		if o == "" {
			continue
		}
		if !knownOptions[o] {
			return nil, fmt.Errorf("frames.tsv:%d: unknown option %q", n, o)
		}
		f.Options[o] = true
	}
	if (f.POS == posNoun || f.POS == posAdjective) && len(f.Carriers) == 0 && kinds[f.Kind] && !grammaticalClass(f.Kind) {
		return nil, fmt.Errorf("frames.tsv:%d: a noun or adjective frame names its carriers (or *)", n)
	}
	return f, nil
}

// frames returns the frames headed by a lemma with a part of speech.
func (lx *Lexicon) frames(lemma, pos string) []*Frame {
	var buf [64]byte // the key "lemma/pos" without a string of its own
	fs := lx.byHead[string(append(append(append(buf[:0], lemma...), '/'), pos...))]
	// "counter-tariffs", "counter-sanctions": a noun compound with a hyphen
	// is the kind of thing its last part names
	if dash := strings.LastIndexByte(lemma, '-'); fs == nil && pos == posNoun && dash > 0 && dash+1 < len(lemma) {
		return lx.frames(lemma[dash+1:], pos)
	}
	return fs
}

// grammaticalClass reports a kind of frames.tsv that is a class of words,
// not a relation.
func grammaticalClass(kind string) bool {
	return kind == classSpeech || kind == classIrrealis || kind == classLitotes || kind == classOccur
}

// classOf returns SPEECH, IRREALIS, LITOTES, OCCUR or "" for a lemma.
func (lx *Lexicon) classOf(lemma, pos string) string {
	var buf [64]byte
	return lx.class[string(append(append(append(buf[:0], lemma...), '/'), pos...))]
}

// classHas reports whether the class row of a lemma has an option.
func (lx *Lexicon) classHas(lemma, pos, option string) bool {
	var buf [64]byte // the key without a string of its own
	f := lx.classRows[string(append(append(append(buf[:0], lemma...), '/'), pos...))]
	return f != nil && f.Has(option)
}

// unrealVerb reports an IRREALIS verb that makes its whole clause unreal:
// what it governs has not happened ("is expected to visit"); one whose row
// says "indefinite" touches only its object (blockedNoun).
func (lx *Lexicon) unrealVerb(lemma string) bool {
	return lx.classOf(lemma, posVerb) == classIrrealis && !lx.classHas(lemma, posVerb, "indefinite")
}

// nounTakes reports a noun with a frame whose slots hold a preposition:
// "a visit to", "talks with" (with "", a noun with any frame).
func (lx *Lexicon) nounTakes(lemma, prep string) bool {
	for _, f := range lx.frames(lemma, posNoun) {
		if prep == "" || slices.Contains(f.Slots, prep) {
			return true
		}
	}
	return false
}

// carriedNoun returns the noun frame of a kind with the noun's lemma that a
// verb lemma carries ("pledged $2 billion in aid"), or nil.
func (lx *Lexicon) carriedNoun(verb, noun, kind string) *Frame {
	for _, f := range lx.frames(noun, posNoun) {
		if f.Kind == kind && f.carriedBy(verb) {
			return f
		}
	}
	return nil
}

// verbFrame returns the first verb frame of a kind for a lemma,
// or nil.
func (lx *Lexicon) verbFrame(lemma, kind string) *Frame { return lx.frameOf(lemma, posVerb, kind) }

// frameOf returns the first frame of a part of speech and a kind for a
// lemma, or nil.
func (lx *Lexicon) frameOf(lemma, pos, kind string) *Frame {
	for _, f := range lx.frames(lemma, pos) {
		if f.Kind == kind {
			return f
		}
	}
	return nil
}
