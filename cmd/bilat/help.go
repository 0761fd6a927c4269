package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bilatgraph/bilat/queries"
)

// helpCommand is "bilat help [COMMAND [SUBCOMMAND|QUESTION]]": the help of
// bilat, of a command, of a subcommand, or of one canned question
// ("bilat help ask pledges").
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "show help for bilat, a command, or a question (bilat help ask pledges)",
		ArgsUsage: "[COMMAND [SUBCOMMAND|QUESTION]]",
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			if len(args) == 0 {
				return cli.ShowAppHelp(c)
			}
			if args[0] == "ask" && len(args) > 1 {
				q, err := queries.Get(args[1])
				if err != nil {
					return cli.Exit(unknownQuery(args[1]), 2)
				}
				return queryHelp(c.App.Writer, q)
			}
			cmds, path := c.App.Commands, "bilat"
			var cmd *cli.Command
			for _, name := range args {
				cmd = findCommand(cmds, name)
				if cmd == nil {
					return cli.Exit(unknownCommand(path, name, cmds), 2)
				}
				path += " " + cmd.Name
				cmds = cmd.Subcommands
			}
			if len(cmd.Subcommands) > 0 {
				// urfave/cli lists subcommands only once it has set the
				// command up: let it, through "bilat CMD --help".
				return c.App.RunContext(c.Context, append(append([]string{"bilat"}, args...), "--help"))
			}
			if cmd.HelpName == "" {
				cmd.HelpName = path
			}
			return showCommandHelp(c.App.Writer, cmd)
		},
	}
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// showCommandHelp prints the help of a command without subcommands.
func showCommandHelp(w io.Writer, cmd *cli.Command) error {
	templ := cmd.CustomHelpTemplate
	if templ == "" {
		templ = cli.CommandHelpTemplate
	}
	cli.HelpPrinter(w, templ, cmd)
	return nil
}

// unknownCommand says a command does not exist, with the closest name.
func unknownCommand(path, name string, cmds []*cli.Command) string {
	var names []string
	for _, c := range cmds {
		if !c.Hidden {
			names = append(names, c.Names()...)
		}
	}
	msg := fmt.Sprintf("unknown command %q", name)
	if p := strings.TrimPrefix(path, "bilat "); p != path {
		msg = p + ": " + msg
	}
	if s := closestWord(name, names); s != "" {
		return msg + "; did you mean " + s + "?"
	}
	return msg + " (" + path + " help lists the commands)"
}

// rootAction runs for "bilat" alone (the help) and for a command bilat does
// not have ("bilat injest": did you mean ingest?).
func rootAction(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowAppHelp(c)
	}
	return cli.Exit(unknownCommand("bilat", c.Args().First(), c.App.Commands), 2)
}

// addGlobalOptions appends the flags bilat takes before any command to the
// help of every command that does not take them itself, so that each
// command's help shows --store and its companions.
func addGlobalOptions(app *cli.App) {
	var walk func(cmds []*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, cmd := range cmds {
			own := map[string]bool{}
			for _, f := range cmd.Flags {
				for _, n := range f.Names() {
					own[n] = true
				}
			}
			var lines []string
			for _, f := range app.Flags {
				if !own[f.Names()[0]] {
					lines = append(lines, "   "+f.String())
				}
			}
			if len(lines) > 0 && cmd.CustomHelpTemplate == "" {
				templ := cli.CommandHelpTemplate
				if len(cmd.Subcommands) > 0 {
					templ = cli.SubcommandHelpTemplate
				}
				// Flag texts hold no template actions; escape any brace anyway.
				text := strings.NewReplacer("{{", `{{"{{"}}`).Replace(strings.Join(lines, "\n"))
				cmd.CustomHelpTemplate = templ + "\nGLOBAL OPTIONS (here or before the command):\n" + text + "\n"
			}
			walk(cmd.Subcommands)
		}
	}
	walk(app.Commands)
}

// manCommand prints bilat's manual page, made by urfave/cli from the
// commands and flags.
func manCommand() *cli.Command {
	return &cli.Command{
		Name:  "man",
		Usage: "print the manual page (bilat man > bilat.1; man ./bilat.1)",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return cli.Exit("man: takes no arguments", 2)
			}
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return cli.Exit("man: "+err.Error(), 1)
			}
			_, err = io.WriteString(c.App.Writer, page)
			return err
		},
	}
}

// bashCompletion asks bilat itself for the words that may follow, through
// urfave/cli's --generate-bash-completion.
const bashCompletion = `# bash completion for bilat: source it, or save it as
# /etc/bash_completion.d/bilat (bilat completion bash > ...).
_bilat_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}" words
  if [[ "$cur" == -* ]]; then
    words=$("${COMP_WORDS[@]:0:COMP_CWORD}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    words=$("${COMP_WORDS[@]:0:COMP_CWORD}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o bashdefault -o default -F _bilat_complete bilat
`

// zshCompletion does the same for zsh.
const zshCompletion = `#compdef bilat
# zsh completion for bilat: save it as _bilat in a directory of $fpath.
_bilat() {
  local -a opts
  local cur="${words[-1]}"
  if [[ "$cur" == -* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} "$cur" --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  compadd -a opts
}
compdef _bilat bilat
`

// completionCommand prints a shell completion script.
func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script: bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: `Examples:
   source <(bilat completion bash)
   bilat completion zsh > ~/.zsh/completions/_bilat
   bilat completion fish > ~/.config/fish/completions/bilat.fish`,
		Action: func(c *cli.Context) error {
			switch c.Args().First() {
			case "bash":
				_, err := io.WriteString(c.App.Writer, bashCompletion)
				return err
			case "zsh":
				_, err := io.WriteString(c.App.Writer, zshCompletion)
				return err
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return cli.Exit("completion: "+err.Error(), 1)
				}
				_, err = io.WriteString(c.App.Writer, s)
				return err
			}
			return cli.Exit("completion: name a shell: bash, zsh or fish", 2)
		},
	}
}

// askComplete completes "bilat ask": the questions, then a question's
// parameters.
func askComplete(c *cli.Context) {
	all, _ := queries.All()
	args := c.Args().Slice()
	if len(args) == 0 {
		for _, q := range all {
			fmt.Fprintln(c.App.Writer, q.Name)
		}
		return
	}
	q, err := queries.Get(args[0])
	if err != nil {
		return
	}
	for _, p := range q.Params {
		fmt.Fprintln(c.App.Writer, "--"+p.Name)
	}
	for _, f := range []string{"--format", "--wide", "--help"} {
		fmt.Fprintln(c.App.Writer, f)
	}
}
