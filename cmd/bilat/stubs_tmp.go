package main

import "github.com/urfave/cli/v2"

func askCommand() *cli.Command    { return &cli.Command{Name: "ask"} }
func queryCommand() *cli.Command  { return &cli.Command{Name: "query"} }
func exportCommand() *cli.Command { return &cli.Command{Name: "export"} }
