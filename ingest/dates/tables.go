package dates

import "strings"

// monthName is a month number and whether the name is an abbreviation,
// which must be followed by a day or a year ("Sept. 12", "Jan. 2020").
type monthName struct {
	m    int
	abbr bool
}

var months = map[string]monthName{
	"january": {1, false}, "february": {2, false}, "march": {3, false},
	"april": {4, false}, "may": {5, false}, "june": {6, false},
	"july": {7, false}, "august": {8, false}, "september": {9, false},
	"october": {10, false}, "november": {11, false}, "december": {12, false},
	"jan": {1, true}, "feb": {2, true}, "mar": {3, true}, "apr": {4, true},
	"jun": {6, true}, "jul": {7, true}, "aug": {8, true}, "sep": {9, true},
	"sept": {9, true}, "oct": {10, true}, "nov": {11, true}, "dec": {12, true},
}

// weekdays are numbered from Monday, 0, to Sunday, 6.
var weekdays = map[string]int{
	"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
	"friday": 4, "saturday": 5, "sunday": 6,
}

// IsCalendarWord reports the name of a weekday or a month, in any case
// ("Thursday", "Sept"): a word that names a time, not a thing.
func IsCalendarWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	_, day := weekdays[w]
	_, month := months[w]
	return day || month
}

// counts are number words before "days ago", "years to the day".
var counts = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

// NumberWord returns the number a word for one names ("three": 3).
func NumberWord(w string) (int, bool) {
	n, ok := counts[strings.ToLower(w)]
	return n, ok
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// preps are the prepositions a mention takes in: "on Tuesday", "in March".
var preps = set("on", "in", "since", "over", "during", "at", "by", "until",
	"till", "from", "through", "throughout", "around", "before", "after")

// mods narrow a date: "early March", "late on Monday", "mid-2019".
var mods = set("early", "late", "mid", "earlier", "later")

// monthCues license a month name without a day or year: "in March".
var monthCues = set("in", "since", "by", "until", "till", "through",
	"throughout", "during", "from", "before", "after", "of", "early", "late",
	"mid", "around")

// mayCues license "May" alone; "by May", "after May" and "from May" are
// left out because they usually name Theresa May.
var mayCues = set("in", "since", "until", "till", "through", "throughout",
	"during", "early", "late", "mid")

// periodWords license "of May": "the end of May".
var periodWords = set("end", "beginning", "start", "middle", "month")

// yearCues license a bare year: "in 1985", "since 2014", "summer 2019".
var yearCues = set("in", "since", "by", "until", "till", "from", "of",
	"during", "before", "after", "early", "late", "mid", "throughout",
	"around", "circa", "through", "year", "spring", "summer", "autumn",
	"fall", "winter", "between", "for")

// conjunctions join a second month or year to a first: "in March and
// April", "between 2019 and 2021".
var conjunctions = set("and", "or", "to", "through", "until")

// namedDays are words that make a weekday part of a name: "Bloody Sunday",
// "Good Friday", "Black Monday".
var namedDays = set("bloody", "black", "good", "holy", "ash", "palm",
	"easter", "cyber", "super", "maundy", "shrove", "fat", "blue")

// nthCues license "the 24th": "on the 24th".
var nthCues = set("on", "since", "by", "until", "till", "from", "before", "after")

// functionWords may follow a year or a day without making it a quantity:
// "in 2020 the", but "in 2000 troops".
var functionWords = set("the", "a", "an", "and", "or", "but", "nor", "when",
	"as", "after", "before", "with", "to", "for", "at", "on", "in", "of",
	"by", "from", "he", "she", "it", "they", "we", "i", "you", "his", "her",
	"its", "their", "our", "was", "were", "is", "are", "had", "has", "have",
	"did", "do", "does", "that", "which", "who", "whom", "where", "while",
	"during", "amid", "following", "against", "under", "over", "between",
	"until", "since", "through", "there", "this", "these", "those", "then",
	"than", "so", "if", "because", "although", "though", "not", "also",
	"will", "would", "could", "should", "can", "may", "might", "must",
	"alone", "only", "respectively", "already", "about", "around", "into",
	"onwards", "onward", "ago", "afternoon", "morning", "evening", "night")

// beForms before a participle keep it from reading as a past tense.
var beForms = set("is", "are", "am", "be", "been", "being", "was", "were",
	"s", "re", "get", "gets", "got")

// scheduledVerbs are verbs of setting out whose simple present before a
// day tells a trip already scheduled: "X, who leaves on Tuesday for a tour
// of ...", "arrives in Paris on Friday".
var scheduledVerbs = set("leaves", "arrives", "departs", "travels", "flies")

// pastVerbs are irregular past tenses and reporting verbs: a weekday after
// one belongs to it, not to a "will" further back.
var pastVerbs = set("said", "says", "told", "tells", "met", "held", "left",
	"went", "came", "spoke", "wrote", "took", "gave", "made", "saw", "sent",
	"flew", "began", "won", "led", "struck", "fell", "rose", "sat", "stood",
	"brought", "bought", "sought", "thought", "knew", "became", "ran", "did")

// keywords are the other words the matchers compare with.
var keywords = []string{
	"today", "tonight", "yesterday", "tomorrow", "this", "last", "next",
	"earlier", "later", "the", "a", "an", "one", "every", "each", "morning",
	"afternoon", "evening", "night", "midday", "noon", "week", "weekend",
	"month", "year", "day", "days", "weeks", "months", "years", "of", "s",
	"will", "would", "shall", "ll", "scheduled", "slated", "expected", "set",
	"due", "going", "plans", "plan", "planning", "intends", "intend", "aims",
	"ago", "to", "and", "previous", "before", "ed", "that", "same",
}

// interned maps every word the tables and matchers know to itself, so that
// a capitalised word can be lower-cased without allocating.
var interned = func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for w := range months {
		add(w)
	}
	for w := range weekdays {
		add(w)
	}
	for w := range counts {
		add(w)
	}
	for _, s := range []map[string]bool{preps, mods, monthCues, mayCues, periodWords, yearCues, conjunctions, namedDays, nthCues, functionWords, beForms, pastVerbs} {
		for w := range s {
			add(w)
		}
	}
	for _, w := range keywords {
		add(w)
	}
	return m
}()
