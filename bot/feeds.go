package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/briefbot/briefbot/storage"
)

const feedsUsage = "usage: feeds [add URL [NAME] | remove NAME]"

// feeds lists the feeds or, for admins, adds or removes one. Feeds added
// here are stored beside the config's and polled from the next reload of
// the watcher's list; the config's can only be removed from the config.
func (r *Router) feeds(ctx context.Context, req Request, args []string) Response {
	if len(args) == 0 || strings.EqualFold(args[0], "list") {
		return r.listFeeds(ctx)
	}
	verb := strings.ToLower(args[0])
	if verb != "add" && verb != "remove" {
		return failure("I can list feeds, add one or remove one.", feedsUsage)
	}
	if !r.isFeedAdmin(req) {
		if len(r.Access.Admins[req.Platform]) == 0 {
			return failure("Only briefbot admins may add or remove feeds, and none are set for this platform: list them under admins in briefbot's config.")
		}
		return failure("Sorry, only briefbot admins may add or remove feeds.")
	}
	if verb == "add" {
		return r.addFeed(ctx, req, args[1:])
	}
	return r.removeFeed(ctx, args[1:])
}

// isFeedAdmin says whether the request may add or remove feeds. Unlike
// subscriptions, which a platform without admins leaves to anyone, feeds
// need a listed admin: a feed makes the daemon fetch what it names. The
// terminal is trusted.
func (r *Router) isFeedAdmin(req Request) bool {
	return req.Platform == PlatformCLI || len(r.Access.Admins[req.Platform]) > 0 && r.isAdmin(req)
}

// feedName is what a name given to a feed may look like.
var feedName = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,39}$`)

func (r *Router) addFeed(ctx context.Context, req Request, args []string) Response {
	if len(args) == 0 || len(args) > 2 {
		return failure("Which feed? Give its URL, and a name if you like.", feedsUsage)
	}
	u, msg := feedURL(args[0])
	if msg != "" {
		return failure(msg, feedsUsage)
	}
	name := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if len(args) == 2 {
		name = strings.ToLower(args[1])
	}
	if !feedName.MatchString(name) {
		return failure("A feed's name is up to 40 lower-case letters, digits, dots, dashes or underscores.", feedsUsage)
	}
	feeds, err := r.Store.Feeds(ctx)
	if err != nil {
		return r.internal(ctx, "feeds add", fmt.Errorf("feeds: %w", err))
	}
	for _, f := range feeds {
		switch {
		case strings.EqualFold(f.URL, u.String()):
			return failure("That feed is already polled, as “" + f.Name + "”.")
		case f.Name == name && len(args) == 2:
			return failure("There is already a feed called “" + name + "”: choose another name.")
		case f.Name == name:
			return failure("There is already a feed called “"+name+"”: give this one a name.", "feeds add "+u.String()+" NAME")
		}
	}
	f, err := r.Store.AddFeed(ctx, name, u.String(), req.Platform+":"+req.User)
	if errors.Is(err, storage.ErrFeedExists) {
		return failure("That feed was just added by someone else.") // between the check above and now
	}
	if err != nil {
		return r.internal(ctx, "feeds add", err)
	}
	if r.FeedsChanged != nil {
		r.FeedsChanged()
	}
	return Response{Title: "Feeds", Sections: []Section{{Lines: []Line{
		{Text: "Added feed " + f.Name + ".", URL: f.URL},
		{Text: "It is polled from now on; feeds shows how it fares."},
	}}}}
}

// feedURL reads the URL of a feed to add: an absolute http or https URL.
// Slack may send a link as <url> or <url|label>.
func feedURL(s string) (*url.URL, string) {
	s, _, _ = strings.Cut(strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">"), "|")
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return nil, "“" + clip(s, maxArgLen) + "” is not a feed URL I can poll: give an http or https URL, such as https://example.com/rss."
	}
	return u, ""
}

func (r *Router) removeFeed(ctx context.Context, args []string) Response {
	if len(args) != 1 {
		return failure("Which feed? Give its name, as feeds lists it.", feedsUsage)
	}
	name := strings.ToLower(args[0])
	err := r.Store.RemoveFeed(ctx, name)
	switch {
	case errors.Is(err, storage.ErrConfigFeed):
		return failure("“" + name + "” comes from briefbot's config file: remove it there.")
	case errors.Is(err, storage.ErrNotFound):
		return failure("There is no feed called “"+name+"”.", r.chatFeedNames(ctx)...)
	case err != nil:
		return r.internal(ctx, "feeds remove", err)
	}
	if r.FeedsChanged != nil {
		r.FeedsChanged()
	}
	return Response{Title: "Feeds", Sections: []Section{{Lines: []Line{
		{Text: "Removed feed " + name + ". What it brought stays in the history."},
	}}}}
}

// chatFeedNames lists the feeds that can be removed from the chat, as
// suggestions.
func (r *Router) chatFeedNames(ctx context.Context) []string {
	feeds, err := r.Store.Feeds(ctx)
	if err != nil {
		return nil
	}
	var names []string
	for _, f := range feeds {
		if f.Origin == storage.OriginChat {
			names = append(names, "feeds remove "+f.Name)
		}
	}
	return names[:min(len(names), suggestions)]
}

// listFeeds says how each feed fares.
func (r *Router) listFeeds(ctx context.Context) Response {
	feeds, err := r.Store.Feeds(ctx)
	if err != nil {
		return r.internal(ctx, "feeds", fmt.Errorf("feeds: %w", err))
	}
	now := r.now()
	sec := Section{}
	for _, f := range feeds[:min(len(feeds), maxFeedLines)] {
		state := "never fetched"
		if !f.LastSuccess.IsZero() {
			state = "last success " + ago(now, f.LastSuccess)
		}
		if f.LastError != "" && f.ErrorCount > 0 {
			state += fmt.Sprintf("; failing %d× in a row", f.ErrorCount)
			if !f.FailingSince.IsZero() {
				state += " since " + ago(now, f.FailingSince)
			}
			state += ": " + clip(f.LastError, 120)
		}
		if f.Origin == storage.OriginChat {
			state += "; added from the chat"
		}
		sec.Lines = append(sec.Lines, Line{Text: f.Name + " — " + state, URL: f.URL})
	}
	if more := len(feeds) - maxFeedLines; more > 0 {
		sec.Lines = append(sec.Lines, Line{Text: fmt.Sprintf("and %d more", more)})
	}
	if len(feeds) == 0 {
		sec.Lines = []Line{{Text: "No feeds configured."}}
	}
	return Response{Title: fmt.Sprintf("Feeds (%d)", len(feeds)), Sections: []Section{sec}}
}
