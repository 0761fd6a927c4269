package relations

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"strings"
)

//go:embed data/triggers.tsv
var triggersTSV []byte

// Object kinds a trigger takes.
const (
	objActor     = "actor"
	objPlace     = "place"
	objEvent     = "event"
	objPolicy    = "policy"
	objHost      = "host"
	objAnnouncer = "announcer"
	objNone      = "none"
)

// trigger is one row of data/triggers.tsv.
type trigger struct {
	Kind    string
	Pattern *regexp.Regexp
	Object  string
	Pair    bool // symmetric: "A and B met"
	Modal   bool // future and modal verbs do not block it
	What    bool // keep the action words
	Quote   bool // may be stated in a quotation by a speaker named outside it
	Group   bool // with no object, the other party
	Demonym bool // a demonym can be the object
	Many    bool // every listed actor is an object
	Near    bool // the object must follow at once
	State   bool // the object must be a country or an organization
	Close   bool // the object must follow within a few words
	Line    int  // line in triggers.tsv, for the rule name
}

// Rule names the trigger for provenance: "PLEDGED#12".
func (t trigger) Rule() string { return fmt.Sprintf("%s#%d", t.Kind, t.Line) }

func loadTriggers(data []byte) ([]trigger, error) {
	var out []trigger
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	header := false
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("triggers.tsv:%d: want kind, pattern, object[, options]", n)
		}
		re, err := regexp.Compile(`\b(?:` + f[1] + `)\b`)
		if err != nil {
			return nil, fmt.Errorf("triggers.tsv:%d: %v", n, err)
		}
		t := trigger{Kind: f[0], Pattern: re, Object: f[2], Line: n}
		switch t.Object {
		case objActor, objPlace, objEvent, objPolicy, objHost, objAnnouncer, objNone:
		default:
			return nil, fmt.Errorf("triggers.tsv:%d: unknown object %q", n, t.Object)
		}
		if len(f) > 3 {
			for _, o := range strings.Split(f[3], ",") {
				switch strings.TrimSpace(o) {
				case "":
				case "pair":
					t.Pair = true
				case "modal":
					t.Modal = true
				case "what":
					t.What = true
				case "quote":
					t.Quote = true
				case "group":
					t.Group = true
				case "demonym":
					t.Demonym = true
				case "many":
					t.Many = true
				case "near":
					t.Near = true
				case "state":
					t.State = true
				case "close":
					t.Close = true
				default:
					return nil, fmt.Errorf("triggers.tsv:%d: unknown option %q", n, o)
				}
			}
		}
		out = append(out, t)
	}
	return out, sc.Err()
}
