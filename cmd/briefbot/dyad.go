package main

import "context"

func init() {
	register(command{name: "dyad", summary: "developments between two actors, both directions, with a sparkline", run: runDyad})
}

func runDyad(ctx context.Context, args []string, std stdio) error {
	q := newAnswerFlags("dyad", "[-config FILE] [-db PATH] [-at TIME] [-format plain|json] A B [DAYS]", std)
	if err := q.fs.Parse(args); err != nil {
		return err
	}
	if q.fs.NArg() < 2 {
		q.fs.Usage()
		return errUsage
	}
	return q.run(ctx, "dyad", q.fs.Args(), std)
}
