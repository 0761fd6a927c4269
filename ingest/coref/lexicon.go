package coref

import (
	_ "embed"
	"strings"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/datafile"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

var (
	//go:embed data/group-phrases.txt
	groupPhrasesTXT string
	//go:embed data/government-nouns.txt
	governmentNounsTXT string
	//go:embed data/body-nouns.txt
	bodyNounsTXT string
	//go:embed data/head-nouns.txt
	headNounsTXT string
	//go:embed data/figureheads.tsv
	figureheadsTSV string
	//go:embed data/usual-titles.tsv
	usualTitlesTSV string
	//go:embed data/party-nouns.txt
	partyNounsTXT string
	//go:embed data/org-nouns.txt
	orgNounsTXT string
	//go:embed data/expletive-it.txt
	expletiveItTXT string
	//go:embed data/epithet-nouns.txt
	epithetNounsTXT string
	//go:embed data/epithet-stops.txt
	epithetStopsTXT string
	//go:embed data/regions.tsv
	regionsTSV string
	//go:embed data/object-followers.txt
	objectFollowersTXT string
	//go:embed data/women.txt
	womenTXT string
)

// women are the officials "she" and "her" refer to, and "he" does not
// (data/women.txt).
var women = datafile.Set(womenTXT)

// objectFollowers follow "her" only when it is an object ("thanked her for
// ..."), never when it is a possessive (data/object-followers.txt).
var objectFollowers = datafile.Set(objectFollowersTXT)

// regions gives, by a region's words ("south american"), the ids of its
// states (data/regions.tsv).
var regions = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, f := range dataLines(regionsTSV) {
		if len(f) < 2 || f[0] == "region" {
			continue
		}
		states := map[string]bool{}
		for _, name := range strings.Split(f[1], ";") {
			states[article.EntityID(article.Country, name)] = true
		}
		out[f[0]] = states
	}
	return out
}()

// epithetNouns name a state after "the" and a describing word ("the Gulf
// state"); epithetStops make the phrase no reference ("the other country").
var (
	epithetNouns = datafile.Set(epithetNounsTXT)
	epithetStops = datafile.Set(epithetStopsTXT)
)

// dataLines returns the fields of each line of an embedded data file.
var dataLines = datafile.Rows

// groupPhrases refer to the pair an article is about (data/group-phrases.txt).
var groupPhrases = func() []string {
	var out []string
	for _, f := range dataLines(groupPhrasesTXT) {
		out = append(out, f[0])
	}
	return out
}()

// bareGroupPhrases are the group phrases marked "bare": they refer to the
// pair only with no noun after them ("accused the other of", not "the other
// leaders").
var bareGroupPhrases = markedRows(groupPhrasesTXT, "bare")

// governmentNouns stand for a possessor's state after "his", "her" or
// "its"; the value is false for nouns said only of a person's state
// (data/government-nouns.txt).
var governmentNouns = func() map[string]bool {
	out := map[string]bool{}
	for _, f := range dataLines(governmentNounsTXT) {
		out[f[0]] = len(f) < 2 || f[1] != "person-only"
	}
	return out
}()

// governmentsAlone stand for a state after "the" too: "the junta demanded"
// (data/government-nouns.txt, marked "alone").
var governmentsAlone = markedRows(governmentNounsTXT, "alone")

// markedRows returns the first words of a data file's rows whose second
// column is mark.
func markedRows(txt, mark string) map[string]bool {
	out := map[string]bool{}
	for _, f := range dataLines(txt) {
		if len(f) > 1 && f[1] == mark {
			out[f[0]] = true
		}
	}
	return out
}

// bodyNouns name an organization of states without naming it
// (data/body-nouns.txt).
var bodyNouns = wordSet(bodyNounsTXT)

// orgNouns refer back to the organization named before whose name ends in
// them: "the court", "the agency" (data/org-nouns.txt).
var orgNouns = wordSet(orgNounsTXT)

// expletiveIt follow an opening "It" that stands for no actor: "It was
// unclear" (data/expletive-it.txt).
var expletiveIt = wordSet(expletiveItTXT)

// tsvRows returns the rows of an embedded table with two or more columns,
// without its header line.
func tsvRows(text string) [][]string {
	var out [][]string
	for i, f := range dataLines(text) {
		if i > 0 && len(f) >= 2 {
			out = append(out, f)
		}
	}
	return out
}

// partyNouns name the other party of a meeting after a possessive; the
// value holds the nouns it modifies where it names no one
// (data/party-nouns.txt).
var partyNouns = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, f := range dataLines(partyNounsTXT) {
		out[f[0]] = map[string]bool{}
		for _, w := range f[1:] {
			out[f[0]][w] = true
		}
	}
	return out
}()

// partyNoun reports whether toks[i] names the other party of a meeting:
// one of partyNouns, not modifying the word after it ("his host country").
func partyNoun(toks []tokens.Token, i int) bool {
	modifies, ok := partyNouns[strings.ToLower(toks[i].Text)]
	return ok && !(i+1 < len(toks) && modifies[strings.ToLower(toks[i+1].Text)])
}

// headNouns, after an organization's name, refer to its head
// (data/head-nouns.txt).
var headNouns = wordSet(headNounsTXT)

// wordSet returns the first words of a data file's lines as a set.
func wordSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, f := range dataLines(text) {
		out[f[0]] = true
	}
	return out
}

// figureheads are the offices, as "country\ttitle" in lower case, whose
// holder a bare title does not refer to (data/figureheads.tsv).
var figureheads = func() map[string]bool {
	out := map[string]bool{}
	for _, f := range tsvRows(figureheadsTSV) {
		out[strings.ToLower(f[0]+"\t"+f[1])] = true
	}
	return out
}()

// usualTitles gives, by lower-case title, the country whose holder a
// capitalised bare title means when none of the article's countries has
// one (data/usual-titles.tsv).
var usualTitles = func() map[string]string {
	out := map[string]string{}
	for _, f := range tsvRows(usualTitlesTSV) {
		out[strings.ToLower(f[0])] = f[1]
	}
	return out
}()
