package frames

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/article"
	"github.com/bilatgraph/bilat/ingest/doc"
	"github.com/bilatgraph/bilat/ingest/tokens"
)

// followWindow is how far after its predicate, in bytes, a date is taken to
// belong to it before dates earlier in the sentence are considered.
const followWindow = 80

// dateFor picks the date of a relation stated at [start, end): the date of
// the sentence nearest it (one that follows closely first; after limit, a
// day only: "pledged to meet in June" is not dated June, "pledged to help
// on Monday" is Monday), else the story's running date, else the
// publication date.
// explicit says the sentence gave it.
func (x *extraction) dateFor(sentence, start, end, limit int) (article.Date, bool) {
	best, bestDist := -1, 0
	closes := x.relativeCloses(sentence, start)
	for i, ds := range x.in.Dates {
		if ds.Sentence != sentence || (ds.Start >= limit && ds.Date.Precision != article.Day) || x.validityDate(ds) || x.afterPublication(x.spanDate(ds)) || x.notItsDate(sentence, end, ds) || x.filedDate(ds) {
			continue
		}
		// "X, who travelled to Y on April 6 and was received by Z, said on
		// Monday ...": past the comma that closes its relative clause, a
		// date is the main clause's
		if closes >= 0 && ds.Start >= closes {
			continue
		}
		// "criticised Peru after Sunday's vote": a possessive date after
		// the predicate dates the noun it owns
		if ds.Start >= end && x.possessiveDate(ds) && !x.eventDay(ds) {
			continue
		}
		// "X, who landed on Monday on his first trip since the warrant was
		// issued in March 2023, was received by Y": a date in a phrase that
		// closes before the predicate is that phrase's
		if ds.End <= start && x.closedPhraseDate(sentence, ds, start) {
			continue
		}
		dist := ds.Start - end
		if dist < 0 {
			dist = max(start-ds.End+followWindow, followWindow)
		} else if dist > followWindow {
			dist += followWindow
		}
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		date := x.spanDate(x.in.Dates[best])
		// "today" in a quotation is the day it was said, the story's day
		// when one is told ("'The secretary-general spoke today with ...',
		// according to a note" in an article a day later)
		if ds := x.in.Dates[best]; x.running.Value != "" && strings.EqualFold(x.in.Article.Text[ds.Start:ds.End], "today") && x.quoted(ds) {
			return x.running, true
		}
		// "met on Monday, on his second trip this year": a coarser date that
		// holds a day the sentence tells is better told by that day
		// (the nearest such day that is the predicate's own: not one in a
		// phrase closed before it, "X, who arrived on Monday, held talks on
		// Wednesday and signed a plan for 2026-2030")
		if date.Precision != article.Day {
			var day article.Date
			dayDist := -1
			for _, ds := range x.in.Dates {
				if ds.Sentence == sentence && ds.Date.Precision == article.Day && holds(date, ds.Date) && !x.validityDate(ds) && !x.afterPublication(ds.Date) && !x.filedDate(ds) &&
					!(ds.End <= start && x.closedPhraseDate(sentence, ds, start)) {
					d := ds.Start - end
					if d < 0 {
						d = start - ds.End
					}
					if dayDist < 0 || d < dayDist {
						day, dayDist = ds.Date, d
					}
				}
			}
			if dayDist >= 0 {
				return day, true
			}
		}
		// "this year", "in May": a coarser date that holds the story's day is
		// better told by that day.
		if date.Precision != article.Day && x.running.Value != "" && holds(date, x.running) {
			return x.running, false
		}
		// "this year", with no day told yet: the publication day
		if pub := x.in.Article.Published; date.Precision == article.Year && x.running.Value == "" && pub != "" && holds(date, article.Date{Value: pub, Precision: article.Day}) {
			return article.Date{Value: pub, Precision: article.Day}, false
		}
		return date, true
	}
	// "X, who greeted the freed man on Friday, praised Y": with no day of
	// its own, a later day of a phrase closed before the predicate
	if d := x.laterClosedDay(sentence, start); d.Value != "" {
		return d, false
	}
	if d, ok := x.occasionDate(sentence); ok {
		return d, false
	}
	if x.running.Value != "" {
		return x.running, false
	}
	if x.in.Article.Published != "" {
		return article.Date{Value: x.in.Article.Published, Precision: article.Day}, false
	}
	return article.Date{}, false
}

// occasionDate reads a sentence that opens with "During that visit," or
// "During their talks,": with no date of its own, it happened on the day
// of the last relation drawn in the three sentences before whose kind the
// noun states (frames.tsv: "visit" a visit, "talks" a meeting).
func (x *extraction) occasionDate(sentence int) (article.Date, bool) {
	if x.occasion.set && x.occasion.sentence == sentence {
		return x.occasion.date, x.occasion.ok
	}
	d, ok := x.readOccasionDate(sentence)
	x.occasion.sentence, x.occasion.date, x.occasion.ok, x.occasion.set = sentence, d, ok, true
	return d, ok
}

// readOccasionDate is occasionDate, uncached.
func (x *extraction) readOccasionDate(sentence int) (article.Date, bool) {
	if sentence >= len(x.in.Doc.Sentences) {
		return article.Date{}, false
	}
	toks := x.in.Doc.Sentences[sentence].Tokens
	if len(toks) < 4 || toks[0].Lower != "during" {
		return article.Date{}, false
	}
	switch toks[1].Lower {
	case "that", "the", "this", "their", "his", "her", "its":
	default:
		return article.Date{}, false
	}
	k := 2
	for k < 4 && k+1 < len(toks) && strings.HasPrefix(toks[k].Tag, "JJ") {
		k++ // "During their two-hour talks,"
	}
	if k+1 >= len(toks) || !strings.HasPrefix(toks[k].Tag, "NN") || toks[k+1].Text != "," {
		return article.Date{}, false
	}
	fs := x.lx.frames(toks[k].Lemma, posNoun)
	r, ok := x.lastDrawn(sentence-3, func(r article.Relation) bool {
		return r.Sentence < sentence && slices.ContainsFunc(fs, func(f *Frame) bool { return f.Kind == r.Kind })
	})
	return r.Date, ok && r.Date.Value != ""
}

// relativeCloses returns the byte offset of the comma that closes the
// relative clause ("X, who ..., said") a predicate at byte start sits in,
// when the clause tells a date of its own before that comma; else -1. A
// relative clause is read at most relativeReach tokens either side, and
// the dates by binary search, so that the work per predicate is bounded.
func (x *extraction) relativeCloses(sentence, start int) int {
	if sentence >= len(x.in.Doc.Sentences) {
		return -1
	}
	toks := x.in.Doc.Sentences[sentence].Tokens
	at := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	if at == len(toks) {
		return -1
	}
	open := -1
	for k := at - 1; k >= 1 && k >= at-relativeReach; k-- {
		if toks[k].Text == "," {
			break
		}
		if (toks[k].Lower == "who" || toks[k].Lower == "which") && (toks[k].Tag == "WP" || toks[k].Tag == "WDT") && toks[k-1].Text == "," {
			open = k
			break
		}
	}
	if open < 0 {
		return -1
	}
	for k := at; k < len(toks) && k <= at+relativeReach; k++ {
		if toks[k].Text != "," {
			continue
		}
		// the first date after the relative word: inside the clause?
		d := sort.Search(len(x.in.Dates), func(i int) bool { return x.in.Dates[i].Start > toks[open].Start })
		if d < len(x.in.Dates) && x.in.Dates[d].Sentence == sentence && x.in.Dates[d].End <= toks[k].Start {
			return toks[k].Start
		}
		return -1
	}
	return -1
}

// relativeReach bounds how far relativeCloses looks for a relative
// clause's opening word and its closing comma.
const relativeReach = 30

// laterClosedDay returns the last day-precise date of a relative phrase
// closed before byte start in the sentence that is later than the story's
// running day (the clause after it happens no earlier), or a zero Date.
func (x *extraction) laterClosedDay(sentence, start int) article.Date {
	var out article.Date
	for _, ds := range x.in.Dates {
		if ds.Sentence != sentence || ds.End > start || ds.Date.Precision != article.Day || x.running.Value == "" {
			continue
		}
		if d := x.spanDate(ds); d.Value > x.running.Value && !x.afterPublication(d) && x.openPhrase(ds) != "since" && x.closedPhraseDate(sentence, ds, start) {
			out = d
		}
	}
	return out
}

// filedDate reports the date of the article's dateline ("JAKARTA, Jan 15
// (Bernama) -- ..."): when the story was filed, not when what it tells
// happened.
func (x *extraction) filedDate(ds DateSpan) bool {
	return ds.Sentence == 0 && ds.End <= article.DatelineEnd(x.in.Article.Text)
}

// advanceDate moves the story's running date to the last day-precise date of
// the sentence that is no more than a week before publication: older dates
// are background, not the story's day (nor is a quoted "today", which is
// the running day itself).
func (x *extraction) advanceDate(sentence int) {
	pub := x.in.Article.Published
	// "signed a pact on Wednesday during a visit by X, who arrived on
	// Tuesday": a date in a relative or participial phrase that runs to the
	// sentence's end is background; it does not take the story back before
	// the day the story has reached, whether or not the main clause tells
	// one ("said the raid broke the law, in a speech on the tanker, which
	// was seized on Saturday"), but a later day moves it on ("arrived on
	// Monday for a meeting, which took place on Tuesday" goes on with
	// Tuesday)
	// The dateline's day ("ABU DHABI, May 16 (AFP) - ...") is when the
	// story was filed: it dates the story only when nothing else in its
	// sentence does.
	var inPhrase, filed article.Date
	defer func() {
		if inPhrase.Value != "" && (x.running.Value == "" || inPhrase.Value > x.running.Value) {
			x.running = inPhrase
		}
		if x.running.Value == "" && filed.Value != "" {
			x.running = filed
		}
	}()
	for _, ds := range x.in.Dates {
		if ds.Sentence != sentence || ds.Date.Precision != article.Day {
			continue
		}
		ds.Date = x.spanDate(ds) // "the next day": the day after the story's
		// "today" in a quotation is the story's day already, not the
		// publication's
		if x.running.Value != "" && strings.EqualFold(x.in.Article.Text[ds.Start:ds.End], "today") && x.quoted(ds) {
			continue
		}
		// "after Sunday's election": a possessive date is when the noun
		// after it happened, not the story's day
		if x.possessiveDate(ds) || x.openPhrase(ds) == "since" || x.closedPhraseDate(sentence, ds, x.in.Doc.Sentences[sentence].End) {
			continue
		}
		if pub == "" || (ds.Date.Value <= pub && ds.Date.Value >= weekBefore(pub)) {
			if x.openPhrase(ds) != "" {
				inPhrase = ds.Date
				continue
			}
			if x.filedDate(ds) {
				filed = ds.Date
				continue
			}
			if x.pastPerfect(ds) {
				// "Wang had arrived on March 21": a day before the story's
				// time, told as such, is background too
				inPhrase = ds.Date
				continue
			}
			x.running = ds.Date
		}
	}
}

// pastPerfect reports a date whose clause's verb, the last before it in its
// sentence, is in the past perfect: "had arrived on March 21".
func (x *extraction) pastPerfect(ds DateSpan) bool {
	s := x.in.Doc.Sentences[ds.Sentence]
	for gi := len(s.Groups) - 1; gi >= 0; gi-- {
		g := s.Groups[gi]
		if s.Tokens[g.Start].Start >= ds.Start {
			continue
		}
		if s.Tokens[g.Head].Tag != "VBN" {
			return false
		}
		for k := g.Start; k < g.Head; k++ {
			if s.Tokens[k].Lower == "had" {
				return true
			}
		}
		return false
	}
	return false
}

// openPhrase returns the word that opens the phrase a date sits in,
// "since", a relative pronoun, "after" (or "before") that opens a clause,
// or a participle after a comma ("his first
// visit since taking office on November 26", "X, who landed on Monday, ...",
// "X, sanctioned by Y last year, ..."), when no comma has closed it before
// the date; or "". Such a date is the phrase's background, not the story's
// day.
func (x *extraction) openPhrase(ds DateSpan) string {
	if ds.Sentence >= len(x.in.Doc.Sentences) {
		return ""
	}
	opener, prev := "", ""
	after := false // inside "after": a clause there is background ("after an earthquake struck on Saturday")
	for _, t := range x.in.Doc.Sentences[ds.Sentence].Tokens {
		if t.End > ds.Start {
			break
		}
		switch {
		case t.Text == ",":
			opener, after = "", false
		case t.Lower == "since" && t.Tag == "IN":
			opener = t.Lower
		case (t.Lower == "after" || t.Lower == "before") && t.Tag == "IN":
			after = true
		case after && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP"):
			opener = "after"
		case (t.Lower == "who" || t.Lower == "whom" || t.Lower == "which" || t.Lower == "whose") && (t.Tag == "WP" || t.Tag == "WDT" || t.Tag == "WP$"):
			opener = t.Lower
		case t.Tag == "VBN" && prev == ",":
			opener = t.Lower // "X, sanctioned by Y last year, has appealed ..."
		case t.Lower == "having" && prev == ",":
			opener = t.Lower // "..., having held talks with Y on Wednesday": before what the clause tells
		}
		prev = t.Text
	}
	return opener
}

// closedPhraseDate reports a date before a predicate at byte start that
// sits in a phrase opened by "since" or a relative pronoun (openPhrase) and
// closed by a comma before the predicate, unless "there" after the
// predicate points back to it ("X, who attended the summit on Sunday, met
// Y there").
func (x *extraction) closedPhraseDate(sentence int, ds DateSpan, start int) bool {
	if sentence >= len(x.in.Doc.Sentences) || x.openPhrase(ds) == "" {
		return false
	}
	closed := false
	for _, t := range x.in.Doc.Sentences[sentence].Tokens {
		switch {
		case t.Start >= ds.End && t.End <= start && t.Text == ",":
			closed = true
		case t.Start >= start && t.Lower == "there":
			return false
		}
	}
	return closed
}

// possessiveDate reports a date with "'s" after it ("Sunday's vote").
func (x *extraction) possessiveDate(ds DateSpan) bool {
	after := x.in.Article.Text[ds.End:]
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// eventDay reports a possessive date that owns an event the predicate
// happened at: "met X on the sidelines of Thursday's summit", "attended
// Thursday's summit" (not "criticised Y after Thursday's meeting").
func (x *extraction) eventDay(ds DateSpan) bool {
	if ds.Sentence >= len(x.in.Doc.Sentences) {
		return false
	}
	toks := x.in.Doc.Sentences[ds.Sentence].Tokens
	i := 0
	for i < len(toks) && toks[i].Start < ds.Start {
		i++
	}
	if i == 0 || i == len(toks) {
		return false
	}
	switch before := toks[i-1]; {
	case before.Lower == "at" || before.Lower == "during" || before.Lower == "of",
		strings.HasPrefix(before.Tag, "VB"):
	default:
		return false
	}
	// the noun the date owns: past the date, its "'s" and any modifiers
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].Start < ds.End || toks[k].Tag == "POS" || strings.HasPrefix(toks[k].Tag, "JJ") {
			continue
		}
		return eventNouns[toks[k].Lemma] || eventNouns[toks[k].Lower]
	}
	return false
}

// spanDate is the date of a date span: one that counts from the story's
// day ("the previous day", "two days later") counts from the running date
// when the story has told one, else from publication.
func (x *extraction) spanDate(ds DateSpan) article.Date {
	if !ds.Story {
		return ds.Date
	}
	base := x.running
	// "X said on Sept. 18, 2023 that ..., and Y acted the next day": a day
	// the sentence told before counts first
	// (the spans are in text order: walk back from this one)
	for i := sort.Search(len(x.in.Dates), func(i int) bool { return x.in.Dates[i].Start >= ds.Start }) - 1; i >= 0 && x.in.Dates[i].Sentence == ds.Sentence; i-- {
		if d := x.in.Dates[i]; !d.Story && d.Date.Precision == article.Day {
			base = d.Date
			break
		}
	}
	if base.Value == "" {
		return ds.Date
	}
	t, err := time.Parse("2006-01-02", base.Value)
	if err != nil {
		return ds.Date
	}
	return article.Date{Value: t.AddDate(0, 0, ds.Shift).Format("2006-01-02"), Precision: article.Day}
}

func weekBefore(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return date
	}
	return t.AddDate(0, 0, -7).Format("2006-01-02")
}

// validityWords open a date that says when something starts or stops to
// apply ("starting December 1", "until June"), not when it happened.
var validityWords = set("starting", "from", "effective", "until", "till", "through", "by", "since", "before")

// startWords open a date that says when something starts to apply.
var startWords = set("starting", "from", "effective", "beginning")

func (x *extraction) validityDate(ds DateSpan) bool {
	return x.dateOpenedBy(ds, validityWords) && !x.whenAfter(ds)
}

// whenAfter reports a date that a clause opened by "when" follows: it is
// that clause's day ("a reversal from Oct. 31, when the two met").
func (x *extraction) whenAfter(ds DateSpan) bool {
	after := x.in.Article.Text[ds.End:min(len(x.in.Article.Text), ds.End+7)]
	return strings.HasPrefix(after, ", when ")
}

// startsAt reports a date that says when something starts ("from June 1").
func (x *extraction) startsAt(ds DateSpan) bool { return x.dateOpenedBy(ds, startWords) }

// dateOpenedBy reports a date whose first word, or the word before it, is one of words.
func (x *extraction) dateOpenedBy(ds DateSpan, words map[string]bool) bool {
	var buf [64]byte // lower case without a copy of its own
	first, _, _ := strings.Cut(x.in.Article.Text[ds.Start:ds.End], " ")
	if words[string(tokens.AppendLower(buf[:0], first))] {
		return true
	}
	before := strings.TrimRightFunc(x.in.Article.Text[max(0, ds.Start-40):ds.Start], unicode.IsSpace)
	last := before
	if i := strings.LastIndexFunc(before, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		last = before[i+size:]
	}
	return last != "" && words[string(tokens.AppendLower(buf[:0], last))]
}

// quoted reports a date inside a quotation of its sentence: an odd number
// of quotation marks between the sentence's start and it.
func (x *extraction) quoted(ds DateSpan) bool {
	start := ds.Start
	if ds.Sentence < len(x.in.Doc.Sentences) {
		start = x.in.Doc.Sentences[ds.Sentence].Start
	}
	n := 0
	for _, r := range x.in.Article.Text[start:ds.Start] {
		if r == '"' || r == '“' || r == '”' {
			n++
		}
	}
	return n%2 == 1
}

// notItsDate reports a date that follows its predicate, in sentence, inside
// a "since" phrase or a relative clause: the point a span runs from ("met
// for the first time since the war began in 2019", "his first visit since
// winning the May 3 election") or the date of what the relative clause
// tells ("the anniversary of relations, which was marked on October 22",
// "urged X to respect the truce that took effect last week"),
// or of a clause that "after" opens, not when the fact happened.
func (x *extraction) notItsDate(sentence, end int, date DateSpan) bool {
	dateStart, coarse := date.Start, date.Date.Precision != article.Day
	if dateStart <= end || sentence >= len(x.in.Doc.Sentences) {
		return false
	}
	s := &x.in.Doc.Sentences[sentence]
	// "after the October 7 attacks": a date between an article and a noun
	// names which of them, not when the predicate happened
	first := slices.IndexFunc(s.Tokens, func(t doc.Token) bool { return t.Start >= dateStart })
	after := slices.IndexFunc(s.Tokens, func(t doc.Token) bool { return t.Start >= date.End })
	if first > 0 && after > first && s.Tokens[first-1].Tag == "DT" && (s.Tokens[after].Tag == "NN" || s.Tokens[after].Tag == "NNS") {
		return true
	}
	// "criticised X over arms sold in 2019", "programmes cut last year": a
	// month or year right after a participle that qualifies a noun is the
	// participle's
	if p := first - 1; coarse && p > 1 {
		if s.Tokens[p].Tag == "IN" {
			p--
		}
		if p > 0 && s.Tokens[p].Tag == "VBN" && strings.HasPrefix(s.Tokens[p-1].Tag, "NN") {
			return true
		}
	}
	// "welcomed China's decision in August to scrap ...": a month or year
	// right after a noun that an actor owns is that deed's
	if in := first; coarse && in > 0 {
		if s.Tokens[in].Tag != "IN" {
			in-- // the date's preposition, inside its span or before it
		}
		if in > 1 && s.Tokens[in].Tag == "IN" && strings.HasPrefix(s.Tokens[in-1].Tag, "NN") && s.Tokens[in-2].Tag == "POS" {
			return true
		}
	}
	for i, t := range s.Tokens {
		if t.Start < end || t.Start >= dateStart {
			continue
		}
		// "signed a declaration reviving the council, a body set up in
		// 2012": a year or month in an apposition is the apposition's
		if t.Text == "," && i+1 < len(s.Tokens) && s.Tokens[i+1].Tag == "DT" && coarse {
			return true
		}
		// "thanked X for hosting talks in 2021", "accused X of arming
		// rebels in 2019": a year or month is the deed's, not the judging's
		// ("thanked India for the assistance it provided in 2022": any
		// phrase after "for" that the judged actor ends before)
		if (t.Lower == "for" || t.Lower == "of" && i+1 < len(s.Tokens) && s.Tokens[i+1].Tag == "VBG") && i > 0 && x.endsActor(s.Tokens[i-1]) && coarse {
			return true
		}
		// "warned that ... if no deal is reached by the end of August": a
		// condition's date is the condition's (not one after a comma that
		// closes it: "if it invaded, during a call on Tuesday")
		if (t.Lower == "if" || t.Lower == "unless") && !slices.ContainsFunc(s.Tokens[i:], func(c doc.Token) bool { return c.Text == "," && c.Start < dateStart }) {
			return true
		}
		// "will supply 20 bcm a year, up from 8 bcm last year", "more than
		// in 2021": a date in a comparison is the compared amount's
		if coarse && (t.Lower == "from" && i > 0 && (s.Tokens[i-1].Lower == "up" || s.Tokens[i-1].Lower == "down") || t.Lower == "than" || t.Lower == "compared") {
			return true
		}
		if t.Lower == "since" || ((t.Lower == "which" || t.Lower == "who" || t.Lower == "whom" || t.Lower == "whose" || t.Lower == "that") && (t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WP$")) {
			return !x.relativeOnPredicate(s, end, i)
		}
		// "hosted X, having held talks with him on Wednesday": a perfect
		// participle tells what came before
		if t.Text == "," && i+1 < len(s.Tokens) && s.Tokens[i+1].Lower == "having" {
			return true
		}
		// "X said on Sunday that Washington stood ready to help, and Y
		// said on Tuesday that ...": a date in a clause coordinated after a
		// comma is that clause's
		if t.Text == "," && i+1 < len(s.Tokens) && (s.Tokens[i+1].Lower == "and" || s.Tokens[i+1].Lower == "but" || s.Tokens[i+1].Lower == "while") {
			for _, g := range s.Groups {
				if g.Finite && g.Start > i+1 && s.Tokens[g.Start].Start < dateStart {
					return true
				}
			}
		}
		// "discussed migration and agreed to prepare a visit next month": a
		// month or year after a verb coordinated with the predicate is
		// that verb's
		if t.Lower == "and" && coarse && i+1 < len(s.Tokens) {
			if g := slices.IndexFunc(s.Groups, func(g doc.VerbGroup) bool { return g.Start == i+1 }); g >= 0 && s.Groups[g].Finite {
				return true
			}
		}
		// "decided ... after the Baltic nation allowed Taiwan ... in
		// August": the date of a clause that "after" opens (one that
		// "when" opens is the fact's own: "vowed support when the two met
		// on Monday")
		if t.Lower == "after" && t.Tag == "IN" {
			for _, g := range s.Groups {
				if g.Finite && g.Start > i && s.Tokens[g.Start].Start < dateStart {
					return true
				}
			}
		}
	}
	return false
}

// relativeOnPredicate reports a "which" at token w whose clause tells of
// the noun that states the relation ending at byte end: "the visit by X to
// Japan, which began on Monday" (a comma before it, and nothing but the
// noun's own phrases between: no verb, no other comma); or a "that" right
// after that noun ("a visit that began on Monday").
func (x *extraction) relativeOnPredicate(s *doc.Sentence, end, w int) bool {
	comma := 1 // "which" after a comma; "that" right after the noun's phrase
	switch {
	case s.Tokens[w].Lower == "that" && w > 0:
		comma = 0
	case s.Tokens[w].Lower != "which" || w < 2 || s.Tokens[w-1].Text != ",":
		return false
	}
	head := slices.IndexFunc(s.Tokens, func(t doc.Token) bool { return t.End >= end })
	if head < 0 || head > w-1-comma || s.Tokens[head].End != end || !strings.HasPrefix(s.Tokens[head].Tag, "NN") {
		return false
	}
	for k := head + 1; k < w-comma; k++ {
		if t := s.Tokens[k]; t.Text == "," || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return false
		}
	}
	return true
}

// endsActor reports a token that is a personal pronoun or ends a mention:
// the object of a verb of judging ("thanked Oman for ...", "accused them
// of ..."), not a noun ("memorandum of understanding").
func (x *extraction) endsActor(t doc.Token) bool {
	if t.Tag == "PRP" {
		return true
	}
	// a name is shorter than 100 bytes
	return slices.ContainsFunc(x.mentionsIn(max(0, t.End-100), t.End), func(m article.Mention) bool { return m.End == t.End })
}

// holds reports whether a month- or year-precise date holds a day.
func holds(coarse, day article.Date) bool {
	switch coarse.Precision {
	case article.Year:
		return len(coarse.Value) >= 4 && strings.HasPrefix(day.Value, coarse.Value[:4])
	case article.Month:
		return len(coarse.Value) >= 7 && strings.HasPrefix(day.Value, coarse.Value[:7])
	}
	return false
}

// afterPublication reports a date later than the article: a target or a
// deadline ("trade of $100 billion in 2030"), not when a fact happened.
// datedLater reports a date in the phrase after token head, up to a comma
// or the end of its clause, that is after the article: a date past its
// publication, or "later this week/month/year".
func (x *extraction) datedLater(st *sent, head int) bool {
	end := st.clauseEndRight(head + 1)
	for k := head + 1; k < end; k++ {
		if st.Tokens[k].Text == "," {
			end = k
			break
		}
	}
	from, to := st.tok(head).End, st.tok(end-1).End
	for _, ds := range x.in.Dates {
		if ds.Sentence != st.Index || ds.Start < from || ds.Start >= to {
			continue
		}
		// ("later this year"; not "later on Wednesday", a day told)
		if d := x.spanDate(ds); x.afterPublication(d) || strings.HasPrefix(strings.ToLower(x.in.Article.Text[ds.Start:ds.End]), "later ") && d.Precision != article.Day {
			return true
		}
	}
	return false
}

func (x *extraction) afterPublication(d article.Date) bool {
	pub := x.in.Article.Published
	return pub != "" && len(d.Value) >= 4 && d.Value > pub && !(d.Precision != article.Day && strings.HasPrefix(pub, d.Value[:4]))
}
