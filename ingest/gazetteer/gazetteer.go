// Package gazetteer holds what bilat knows before it reads a word: countries
// with their names, demonyms, capitals and seats of government; organizations
// with acronyms; leaders and officials with time-bounded offices; and the
// titles that name an office. It is loaded from data files embedded in the
// binary (data/), and answers look-ups by surface form and by date.
package gazetteer

import (
	"bytes"
	"embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bilatgraph/bilat/ingest/tokens"
)

//go:embed data/*.json data/*.tsv
var dataFS embed.FS

// Country is a sovereign state (or a historic one, such as the Soviet Union).
type Country struct {
	Name     string   `json:"name"`
	Official string   `json:"official"`
	ISO2     string   `json:"iso2"`
	ISO3     string   `json:"iso3"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	Metonyms []string `json:"metonyms"`
	Historic bool     `json:"historic"`
}

// Organization is an intergovernmental body, ministry, news outlet or company.
type Organization struct {
	Name    string
	Acronym string
	Aliases []string
	Kind    string   // intergovernmental, bloc, agency, company, ministry, court, ngo, party
	Members []string // canonical country names
	Country string   // for ministries and state bodies
}

// City is a place that lies in a country.
type City struct {
	Name    string
	Aliases []string
	Country string
}

// Office is one term of one person in one office.
type Office struct {
	Person  string
	Country string // canonical country name, or an organization's name
	Title   string
	Start   string // YYYY-MM-DD
	End     string // YYYY-MM-DD, empty while in office
}

// Official is a person the data knows, with every office held.
type Official struct {
	Name    string
	Aliases []string
	Offices []Office
	// Secondary marks people from the generated Phoenix data: the
	// hand-compiled files win over them for any name or surname.
	Secondary bool
}

// Title is a phrase that names an office.
type Title struct {
	Phrase string // lower case
	Title  string // canonical
	Role   string
}

// Form kinds: what a surface form in the text stands for.
const (
	CountryName  = "name"
	CountryAlias = "alias"
	Demonym      = "demonym"
	Capital      = "capital"
	Metonym      = "metonym"
	OrgName      = "org"
	OrgAcronym   = "acronym"
	PersonName   = "person"
	CityName     = "city"
)

// Form is one meaning of a surface form.
type Form struct {
	Kind string // one of the form kinds
	Ref  string // canonical name of the country, organization or person
}

// Gazetteer is the loaded data with its indexes.
type Gazetteer struct {
	Countries     []*Country
	Organizations []*Organization
	Officials     []*Official
	Titles        []Title
	Cities        []City

	countries   map[string]*Country
	orgs        map[string]*Organization
	officials   map[string]*Official
	forms       map[string][]Form
	loose       map[string][]Form // by LooseKey
	looseFirst  map[string]bool   // first words of loose keys
	looseMax    map[string]int    // first word of loose keys -> most words of such a key
	variants    *variants
	bodies      map[string]bool // lower-case token keys of state bodies
	officeWords map[string]bool
	maxBody     int
	titles      map[string]Title
	surnames    map[string][]string
	givenNames  map[string]bool        // keys of the first words of officials' names that are not their family names
	byOffice    map[string][]*Official // country and lower-case title -> who held it
	maxTokens   int
	maxFrom     map[string]int // first token key -> longest form that starts with it, in tokens
	maxTitle    int
	titleFrom   map[string]int // first word -> longest title phrase that starts with it
}

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// Default returns the gazetteer built from the embedded data. It panics if
// the embedded data is malformed, which the package tests rule out.
func Default() *Gazetteer {
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		panic("gazetteer: " + loadErr.Error())
	}
	return loaded
}

// Load parses the embedded data files and builds the indexes.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{}
	if err := g.loadVariants(); err != nil {
		return nil, err
	}
	if err := g.loadCountries(); err != nil {
		return nil, err
	}
	if err := g.loadOrganizations(); err != nil {
		return nil, err
	}
	if err := g.loadOfficials(); err != nil {
		return nil, err
	}
	if err := g.loadCities(); err != nil {
		return nil, err
	}
	if err := g.loadTitles(); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

func (g *Gazetteer) addForm(surface string, f Form) {
	surface = strings.TrimSpace(surface)
	if surface == "" {
		return
	}
	toks := tokens.Split(surface)
	key := tokens.Key(toks)
	for _, have := range g.forms[key] {
		if have == f {
			return
		}
	}
	g.forms[key] = append(g.forms[key], f)
	if len(toks) > g.maxTokens {
		g.maxTokens = len(toks)
	}
	if g.maxFrom == nil {
		g.maxFrom = map[string]int{}
	}
	if first := tokens.Fold(toks[0].Text); len(toks) > g.maxFrom[first] {
		g.maxFrom[first] = len(toks)
	}
	lk := g.LooseKey(toks)
	if !slices.Contains(g.loose[lk], f) {
		g.loose[lk] = append(g.loose[lk], f)
	}
	if first, _, _ := strings.Cut(lk, " "); first != "" {
		g.looseFirst[first] = true
		g.looseMax[first] = max(g.looseMax[first], strings.Count(lk, " ")+1)
	}
}

// taken reports whether a surface form already means something under the
// loose key (which covers the exact one).
func (g *Gazetteer) taken(surface string) bool {
	return len(g.loose[g.LooseKey(tokens.Split(surface))]) > 0
}

func (g *Gazetteer) index() {
	// Sized for the generated officials' names, to spare rehashing.
	g.forms = make(map[string][]Form, 1<<16)
	g.loose = make(map[string][]Form, 1<<16)
	g.looseFirst = map[string]bool{}
	g.looseMax = map[string]int{}
	g.countries = map[string]*Country{}
	for _, c := range g.Countries {
		g.countries[c.Name] = c
		g.addForm(c.Name, Form{CountryName, c.Name})
		for _, a := range c.Aliases {
			g.addForm(a, Form{CountryAlias, c.Name})
		}
		if c.Official != "" && c.Official != c.Name {
			g.addForm(c.Official, Form{CountryAlias, c.Name})
		}
		for _, d := range c.Demonyms {
			g.addForm(d, Form{Demonym, c.Name})
		}
		for _, cap := range c.Capitals {
			g.addForm(cap, Form{Capital, c.Name})
		}
		for _, m := range c.Metonyms {
			g.addForm(m, Form{Metonym, c.Name})
		}
	}
	g.orgs = map[string]*Organization{}
	for _, o := range g.Organizations {
		g.orgs[o.Name] = o
		g.addForm(o.Name, Form{OrgName, o.Name})
		if o.Acronym != "" {
			g.addForm(o.Acronym, Form{OrgAcronym, o.Name})
		}
		for _, a := range o.Aliases {
			kind := OrgName
			if a == strings.ToUpper(a) && len(a) <= 8 {
				kind = OrgAcronym
			}
			g.addForm(a, Form{kind, o.Name})
		}
	}
	g.officials = map[string]*Official{}
	g.surnames = map[string][]string{}
	g.givenNames = map[string]bool{}
	g.byOffice = map[string][]*Official{}
	kept := g.Officials[:0]
	for _, p := range g.Officials {
		if p.Secondary && g.taken(p.Name) {
			continue // the hand-compiled data or a place has this name
		}
		kept = append(kept, p)
		g.officials[p.Name] = p
		for _, o := range p.Offices {
			k := officeKey(o.Country, o.Title)
			if list := g.byOffice[k]; len(list) == 0 || list[len(list)-1] != p {
				g.byOffice[k] = append(list, p)
			}
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if p.Secondary && n != p.Name && g.taken(n) {
				continue
			}
			g.addForm(n, Form{PersonName, p.Name})
			family := FamilyName(n, p.country())
			if first, rest := firstWord(n); rest != "" && len(first) > 2 && !strings.HasSuffix(first, ".") && family != first {
				g.givenNames[tokens.KeyOf(first)] = true
			}
			if s := family; s != "" {
				k := tokens.KeyOf(s)
				if !slices.Contains(g.surnames[k], p.Name) {
					g.surnames[k] = append(g.surnames[k], p.Name)
				}
			}
		}
	}
	g.Officials = kept
	g.indexParticleTails()
	for _, c := range g.Cities {
		if _, clash := g.forms[tokens.KeyOf(c.Name)]; clash {
			continue // a country, capital or organization of that name wins
		}
		g.addForm(c.Name, Form{CityName, c.Country})
		for _, a := range c.Aliases {
			g.addForm(a, Form{CityName, c.Country})
		}
	}
	g.indexOfficeWords()
	g.titles = map[string]Title{}
	g.titleFrom = map[string]int{}
	for _, t := range g.Titles {
		g.titles[t.Phrase] = t
		toks := tokens.Split(t.Phrase)
		if n := len(toks); n > g.maxTitle {
			g.maxTitle = n
		}
		if len(toks) > 0 {
			first := strings.ToLower(tokens.Fold(toks[0].Text))
			g.titleFrom[first] = max(g.titleFrom[first], len(toks))
		}
	}
}

// Lookup returns the meanings of a surface form given as a token key (see
// tokens.Key): case-sensitive, diacritics folded.
func (g *Gazetteer) Lookup(key string) []Form { return g.forms[key] }

// LookupTokens is Lookup(tokens.Key(toks)) without making the key.
func (g *Gazetteer) LookupTokens(toks []tokens.Token) []Form {
	var buf [128]byte
	return g.forms[string(tokens.AppendKey(buf[:0], toks))]
}

// MaxTokens is the length, in tokens, of the longest surface form.
func (g *Gazetteer) MaxTokens() int { return g.maxTokens }

// MaxTokensFrom returns the length in tokens of the longest form that starts
// with a token, 0 when none does: a recogniser need not build longer keys.
func (g *Gazetteer) MaxTokensFrom(first tokens.Token) int { return g.maxFrom[tokens.Fold(first.Text)] }

// Country returns the country with the canonical name.
func (g *Gazetteer) Country(name string) (*Country, bool) {
	c, ok := g.countries[name]
	return c, ok
}

// Organization returns the organization with the canonical name.
func (g *Gazetteer) Organization(name string) (*Organization, bool) {
	o, ok := g.orgs[name]
	return o, ok
}

// Official returns the person with the canonical name.
func (g *Gazetteer) Official(name string) (*Official, bool) {
	p, ok := g.officials[name]
	return p, ok
}

// Title returns the title named by a lower-case phrase ("prime minister").
func (g *Gazetteer) Title(phrase string) (Title, bool) {
	var buf [64]byte
	t, ok := g.titles[string(tokens.AppendLowerFold(buf[:0], phrase))]
	return t, ok
}

// TitleOf is Title of the tokens' texts joined by spaces, without joining
// them.
func (g *Gazetteer) TitleOf(toks []tokens.Token) (Title, bool) {
	var buf [128]byte
	t, ok := g.titles[string(appendLowerKey(buf[:0], toks))]
	return t, ok
}

// appendLowerKey appends strings.ToLower(tokens.Key(toks)) to dst.
func appendLowerKey(dst []byte, toks []tokens.Token) []byte {
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = tokens.AppendLowerFold(dst, t.Text)
	}
	return dst
}

// MaxTitleTokens is the length, in tokens, of the longest title phrase.
func (g *Gazetteer) MaxTitleTokens() int { return g.maxTitle }

// MaxTitleTokensFrom is the length, in tokens, of the longest title phrase
// that starts with a token; 0 when none does.
func (g *Gazetteer) MaxTitleTokensFrom(first tokens.Token) int {
	var buf [64]byte
	return g.titleFrom[string(tokens.AppendLowerFold(buf[:0], first.Text))]
}

// BySurname returns the officials whose name ends in the given surname:
// those of the hand-compiled data if there are any, else those of the
// generated data.
func (g *Gazetteer) BySurname(surname string) []string {
	all := g.surnames[tokens.KeyOf(surname)]
	var primary []string
	for _, n := range all {
		if p := g.officials[n]; p != nil && !p.Secondary {
			primary = append(primary, n)
		}
	}
	if len(primary) > 0 {
		return primary
	}
	return all
}

// OfficeAt returns the office the person held on date (YYYY-MM-DD). When
// several overlap, the most senior (head of state or government, then foreign
// minister) wins. With an empty date, the latest office is returned.
func (g *Gazetteer) OfficeAt(person, date string) (Office, bool) {
	p, ok := g.officials[person]
	if !ok || len(p.Offices) == 0 {
		return Office{}, false
	}
	var best Office
	found := false
	for _, o := range p.Offices {
		if date != "" && !o.Covers(date) {
			continue
		}
		if !found || g.seniority(o.Title) < g.seniority(best.Title) ||
			(date == "" && g.seniority(o.Title) == g.seniority(best.Title) && o.Start > best.Start) {
			best, found = o, true
		}
	}
	return best, found
}

// LastOffice returns the office the person held most recently before date, or
// the first one after it: for people mentioned out of their term.
func (g *Gazetteer) LastOffice(person, date string) (Office, bool) {
	p, ok := g.officials[person]
	if !ok || len(p.Offices) == 0 {
		return Office{}, false
	}
	offices := append([]Office(nil), p.Offices...)
	sort.Slice(offices, func(i, j int) bool { return offices[i].Start < offices[j].Start })
	best := offices[0]
	for _, o := range offices {
		if o.Start <= date {
			best = o
		}
	}
	return best, true
}

// HoldersAt returns the people who held an office with the title in the
// country on date.
func (g *Gazetteer) HoldersAt(country, title, date string) []string {
	var out []string
	for _, p := range g.byOffice[officeKey(country, title)] {
		for _, o := range p.Offices {
			if o.Country == country && strings.EqualFold(o.Title, title) && o.Covers(date) {
				out = append(out, p.Name)
				break
			}
		}
	}
	return out
}

func officeKey(country, title string) string { return country + "\t" + strings.ToLower(title) }

// Covers reports whether the term includes date (YYYY-MM-DD).
func (o Office) Covers(date string) bool {
	return o.Start <= date && (o.End == "" || date <= o.End)
}

func (g *Gazetteer) seniority(title string) int {
	role := ""
	if t, ok := g.Title(title); ok {
		role = t.Role
	}
	switch role {
	case "head_of_state", "royal":
		return 0
	case "head_of_government", "leader":
		return 1
	case "foreign_minister", "org_head":
		return 2
	default:
		return 3
	}
}

// Surname returns the last word of a person's name, or the first word of a
// name written family-name-first is not guessed: the data lists such forms as
// aliases.
func Surname(name string) string {
	prev, last, n := lastWords(name)
	if n < 2 {
		return ""
	}
	var buf [32]byte
	switch string(bytes.TrimSuffix(tokens.AppendLower(buf[:0], last), []byte("."))) {
	case "jr", "sr", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xvi":
		if n == 2 {
			return "" // "Charles III" has no surname to be called by
		}
		last = prev
	}
	return last
}

// lastWords returns the last two words of s as strings.Fields splits it,
// and how many words s has, counted up to three.
func lastWords(s string) (prev, last string, n int) {
	var w [2]string // w[0] the last word, w[1] the one before
	for n < 3 {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		word := s
		s = ""
		if i := strings.LastIndexFunc(word, unicode.IsSpace); i >= 0 {
			_, size := utf8.DecodeRuneInString(word[i:])
			s, word = word[:i], word[i+size:]
		}
		if n < 2 {
			w[n] = word
		}
		n++
	}
	return w[1], w[0], n
}

func lineErr(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// IsGivenName reports whether a word begins the name of an official the
// data knows, as a given name ("Olivier" of "Olivier Nduhungirehe"): a word
// that may start an unknown person's name too.
func (g *Gazetteer) IsGivenName(word string) bool { return g.givenNames[tokens.KeyOf(word)] }

// FamilyName returns the word a person is called by alone: the first word
// for names written family name first (Chinese, Korean; family-first in
// data/name-variants.tsv) and for names with no family name (Malay, Thai,
// Ethiopian; given-first), else the surname.
func FamilyName(name, country string) string {
	if familyFirstCountries()[country] || givenFirstCountries()[country] {
		if first, rest := firstWord(name); strings.TrimSpace(rest) != "" {
			return first
		}
	}
	return Surname(name)
}

// firstWord returns the first word of s as strings.Fields splits it, and
// what follows it.
func firstWord(s string) (first, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func (p *Official) country() string {
	if len(p.Offices) == 0 {
		return ""
	}
	return p.Offices[0].Country
}

// IsLeader reports whether the person held, on date, an office that news
// calls by surname alone: head of state or government, or foreign minister.
func (g *Gazetteer) IsLeader(person, date string) bool {
	o, ok := g.OfficeAt(person, date)
	if !ok {
		return false
	}
	return g.seniority(o.Title) <= 2
}
