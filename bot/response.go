package bot

import "github.com/briefbot/briefbot/briefing"

// Response is the answer to one command, independent of where it is shown:
// each front door (Slack, Discord, the terminal) renders the same model.
type Response struct {
	Title    string
	Fields   []Field   // short facts shown side by side where the platform can
	Sections []Section // headed blocks of lines
	// Error, when set, says why the command could not be answered;
	// Suggestions then lists what the user may have meant.
	Error       string
	Suggestions []string
	// Briefing, when set, is an on-demand briefing that the front door renders
	// with the briefing package's renderer for its platform.
	Briefing *briefing.Briefing
	// Data is the answer in machine-readable form, for the terminal's
	// -format json: a Profile for who, a DyadAnswer for dyad.
	Data any
	// Private asks platforms that can to show the answer to the caller only
	// (refusals, errors, help).
	Private bool
}

// Field is a named short value.
type Field struct {
	Name, Value string
}

// Section is a heading with lines under it.
type Section struct {
	Heading string
	Lines   []Line
}

// Line is one line of text with an optional link, which each platform
// renders in its own link syntax.
type Line struct {
	Text string
	URL  string
}

// failure returns a private error response.
func failure(msg string, suggestions ...string) Response {
	return Response{Error: msg, Suggestions: suggestions, Private: true}
}
