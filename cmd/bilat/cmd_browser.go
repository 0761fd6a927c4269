package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	neo4jbrowser "github.com/bilatgraph/bilat/docs/neo4j-browser"
	"github.com/bilatgraph/bilat/queries"
)

func browserCommand() *cli.Command {
	return &cli.Command{
		Name:  "browser",
		Usage: "print a Neo4j Browser style sheet or the canned queries as Browser scripts",
		Description: `Helpers for looking at a bilat graph in Neo4j Browser (docs/neo4j-browser/README.md).
They connect to nothing.

Examples:
   bilat browser style > bilat.grass       drag the file onto Browser, or paste it after :style
   bilat browser queries                   every canned query as a script to paste into Browser
   bilat browser queries pledges           just one
   bilat browser queries timeline          its script, then "timeline as a graph": run that alone to see a picture
   bilat browser queries --zip bilat.zip   drop the file on Browser: one favorite per query`,
		Subcommands: []*cli.Command{
			{
				Name:  "style",
				Usage: "print the GraSS style sheet (colours, sizes and captions per label and relationship type)",
				Action: func(c *cli.Context) error {
					if c.NArg() > 0 {
						return cli.Exit("browser style: takes no arguments", 2)
					}
					_, err := io.WriteString(c.App.Writer, neo4jbrowser.Style)
					return err
				},
			},
			{
				Name:      "queries",
				Usage:     "print canned queries as Browser scripts: :param lines with defaults or examples, then the Cypher",
				ArgsUsage: "[NAME...]",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "zip", Usage: "write every script into the zip file `FILE` instead; dropped on Browser, it becomes one favorite per query"},
				},
				Action: func(c *cli.Context) error {
					if path := c.String("zip"); path != "" {
						if c.NArg() > 0 {
							return cli.Exit("browser queries: --zip takes every query; name none", 2)
						}
						return writeFavorites(path)
					}
					return printBrowserQueries(c.App.Writer, c.Args().Slice())
				},
			},
		},
	}
}

// printBrowserQueries prints every canned query (the text of
// docs/neo4j-browser/canned-queries.cypher), or only the named ones.
func printBrowserQueries(w io.Writer, names []string) error {
	if len(names) == 0 {
		all, err := queries.All()
		if err != nil {
			return err
		}
		s, err := neo4jbrowser.Scripts(all)
		if err != nil {
			return cli.Exit(fmt.Sprintf("browser queries: %v", err), 1)
		}
		_, err = io.WriteString(w, s)
		return err
	}
	for i, name := range names {
		q, err := queries.Get(name)
		if err != nil {
			return cli.Exit(fmt.Sprintf("browser queries: %v", err), 2)
		}
		s, err := neo4jbrowser.Script(q, nil)
		if err != nil {
			return cli.Exit(fmt.Sprintf("browser queries: %v", err), 1)
		}
		g, ok, err := neo4jbrowser.GraphScript(q, nil)
		if err != nil {
			return cli.Exit(fmt.Sprintf("browser queries: %v", err), 1)
		}
		if ok {
			s += "\n" + g
		}
		if i > 0 {
			s = "\n" + s
		}
		if _, err := io.WriteString(w, s); err != nil {
			return err
		}
	}
	return nil
}

// writeFavorites writes the scripts as a zip Browser imports as favorites.
func writeFavorites(path string) error {
	all, err := queries.All()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := neo4jbrowser.Favorites(&buf, all); err != nil {
		return cli.Exit(fmt.Sprintf("browser queries: %v", err), 1)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return cli.Exit(fmt.Sprintf("browser queries: %v", err), 1)
	}
	return nil
}
