package dates

import (
	"fmt"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

func TestScratchDPS(t *testing.T) {
	pub := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	for _, strat := range []string{"", "ngram"} {
		cfg := &dps.Configuration{Languages: []string{"en"}, CurrentTime: pub, SearchStrategy: strat, PreferredDateSource: dps.Past}
		for _, s := range []string{
			"Over the weekend, Trump had said that a 25% import tax on goods from Mexico and Canada, alongside 10% tariffs on goods from China, would go into effect on Tuesday.",
			"Sheinbaum said her government had agreed to send 10,000 national guard troops to the border.",
			"Higher tariffs will start at 5% on June 10 and increase monthly up to 25% on October 1, unless Mexico takes immediate action, he said.",
			"Dictator Putin held talks with Xi Jinping in the Kremlin on May 8, who arrived in Moscow the day before for events dedicated to May 9.",
			"They may meet again, and a protest march was held.",
			"The last time was on 19 and 20 November 1985 when Reagan met Gorbachev.",
		} {
			t0 := time.Now()
			_, res, err := dps.Search(cfg, s)
			el := time.Since(t0)
			fmt.Printf("%q %v err=%v\n", strat, el, err)
			for _, r := range res {
				fmt.Printf("   %q -> %s %v\n", r.Text, r.Date.Time.Format("2006-01-02"), r.Date.Period)
			}
		}
	}
}
