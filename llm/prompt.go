package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/coder"
)

// PromptVersion names the codebook, the output format and the layout of
// the user message. It is part of the cache key, so that answers to an
// older prompt are not reused: change it whenever any of them changes
// (TestPromptVersionGuard fails until it is).
const PromptVersion = "1"

// systemPrompt is the codebook and the output format. It is the same for
// every request, so that a server that caches the prompt's prefix (llama.cpp,
// Ollama, vLLM, hosted APIs) reads it once.
const systemPrompt = `You code news sentences into political events between actors. Follow this codebook exactly and answer with JSON only.

EVENT TYPES
- accusation: the source charges the target with wrongdoing: an attack, backing or harbouring militants, breaking an agreement or a border, spying, lying.
- denial: the source rejects a charge, claim or report made against it. The target is whoever made the charge, if the text names them; otherwise target is "".
- escalation: the source uses, threatens or signals hostile action against the target: any armed attack, a threat or ultimatum aimed at a named side, expelling or recalling diplomats, cutting ties, closing a border or crossing, sanctions or a terrorist listing aimed at a state, its organs or officials, or at a group, troop build-ups, suspending talks, a truce, aid or security cooperation, putting forces on alert or sending troops to a border in answer to a named side, drills aimed at a named side.
- deescalation: the source acts to calm its conflict with the target: calls for restraint or dialogue, talks, a truce or deal actually agreed, sending an ambassador back, reopening a crossing, a joint statement, offering a joint inquiry, telling the other side it does not seek a wider conflict.

ACTORS
- Use the ids of the actor list in the message. States are ISO 3166-1 alpha-3 codes (IRN, PAK, USA, PSE for Palestine, TWN, XKX for Kosovo, PRK and KOR for North and South Korea); you may use a state's code even when the list does not hold it, for instance for the state a place lies in.
- A state includes its government, ministries, officials in office (also when named only by title), armed forces, police, intelligence services, state or semi-official media, and its capital or seat of government standing for it. Iran's Revolutionary Guards are IRN; Afghanistan's Taliban government is AFG; Syria's government is SYR; Hamas-run authorities in Gaza are hamas; Houthi-run authorities are houthis; the Africa Corps is wagner-group.
- Not actors: former officials, analysts, private people, companies, "the media", and any group or body missing from the actor list. An act against such a group inside a state is coded against that state; an event between two parties that are both not actors is no event.
- An attack claimed by or credited to "Islamic State" is coded as the branch of the place: isis-k (Afghanistan, Pakistan, Iran, Central Asia), isis-west-africa (Nigeria, Lake Chad), isis-sahel (Mali, Burkina Faso, Niger), isis-somalia, isis-mozambique; isis for Iraq and Syria.

CONVENTIONS
- Who acted. When one party reports that a second one attacked a third, code an escalation by the second against the third; the reporter gets nothing for reporting. When a party blames another for an attack, or says it was behind one, code only an accusation by the blamer.
- Acts reported by their victim. When a party says another's forces struck it, crossed into its territory or entered its airspace or waters, code an escalation by the one that acted; if the party also calls the act illegal, a violation, aggression or a provocation, or protests it, code an accusation by the party too. "X accused Y of raiding its posts" is an accusation only, and so is an abstract charge such as breaking a truce.
- Protests. Condemning an act, lodging a protest, or summoning an envoy to protest or over an act is an accusation against the party protested. Summoning an envoy with no protest stated is nothing.
- Denials. Code one denial per accuser named. When the denial spells the charge out, code that charge as well, as an accusation (background) by its author. Refusing comment is no denial; a charge made back at the accuser is a separate accusation. Rejecting another party's protest or denial is a denial aimed at that party; dismissing "reports" or "the media" has target "".
- Unclear attackers. If the text only hedges about who acted (suspected, alleged, believed to be, reportedly), code no event. A named party that strikes a group's hideouts is still escalating against that group, however hedged the hideouts are.
- Strikes inside a state. Target the group named as struck; with no group named, target the state. Strikes on Gaza with no group named target PSE.
- Conditions and speculation. A party's own warning that it will hit back if provoked is an escalation; a party's offer made on a condition is a deescalation. Guesses by analysts, the writer or unnamed observers ("might", "would likely") are no event, nor is a threat with no named target. Negated or hypothetical events are no event.
- Third parties. A third party that calls for restraint or dialogue, or that brokers, mediates or hosts talks between named sides, deescalates toward each side it addresses: toward one side if it addresses one, toward both if it addresses both. An order by a court telling the sides to avoid steps that worsen their dispute counts as that court's call for restraint. Reporting a deal, praising it, attending or witnessing its signing, or mediation reported only as rumour, is nothing.
- Nouns. A noun naming a specific act, with its agent named and stated as fact ("Ruritania's shelling of Borduria", "the truce the two armies signed"), is coded like the verb. A state of affairs (a war, a standoff, rising tension, a row) is no event, and a deal that is only proposed, hoped for or broken is no deescalation. Fighting told with a verb and named sides ("the rebels have fought the army for years") is an escalation; action stated as mutual ("the two armies traded fire") is an escalation in each direction.
- Other measures. Leaving a bloc, rejecting a proposal, calling on others to impose sanctions, sanctions on companies or private people, routine or annual exercises, and weapons tests with no named target are no event. A statement of intent that answers no one is no event.

DATES
- when: the day the event happened, YYYY-MM-DD. Resolve "on Monday", "last week", "in March" against the article's date; a month or a year alone means its first day; if the sentence gives no time, use the article's date. Never later than the article's date.
- background: true when the sentence gives the event as earlier context rather than as the news of the day ("for years", "back in 2019", a recap of past fighting); false otherwise. Past events stated as fact are still coded.

OUTPUT
Code only what the numbered sentences state; the unnumbered sentences are context, for instance to tell who "the group" or "it" is. Give one event per type, source and target in a sentence. Answer with one JSON object and nothing else:
{"events": [{"type": "accusation", "source": "ID", "target": "ID", "evidence": 1, "when": "YYYY-MM-DD", "background": false}]}
evidence is the number of the sentence that states the event. If the sentences state no event, answer {"events": []}.`

// answerSchema constrains the answer where the server supports
// response_format with a JSON schema. It keeps to what OpenAI's strict mode
// and llama.cpp's grammar converter both accept: every property required,
// no additional ones, a denial's missing accuser as "".
var answerSchema = json.RawMessage(`{
  "type": "object",
  "properties": {
    "events": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "type": {"type": "string", "enum": ["accusation", "denial", "escalation", "deescalation"]},
          "source": {"type": "string"},
          "target": {"type": "string"},
          "evidence": {"type": "integer"},
          "when": {"type": "string"},
          "background": {"type": "boolean"}
        },
        "required": ["type", "source", "target", "evidence", "when", "background"],
        "additionalProperties": false
      }
    }
  },
  "required": ["events"],
  "additionalProperties": false
}`)

// maxNames bounds the names listed for one actor: the forms the text uses
// come first, then the gazetteer's best known ones.
const maxNames = 8

// userMessage lays out one request's candidates: the article's date, the
// actors the sentences and their context name (with their ids and
// names), and the sentences, candidates numbered from 1 and context
// unnumbered, in text order, "…" marking text left out.
func userMessage(text string, published time.Time, cands []coder.Candidate, g *coder.Gazetteer) string {
	var b strings.Builder
	if published.IsZero() {
		b.WriteString("Article date: unknown\n\n")
	} else {
		fmt.Fprintf(&b, "Article date: %s\n\n", published.UTC().Format(time.DateOnly))
	}
	b.WriteString("Actors named (id: names):\n")
	writeActors(&b, cands, g)
	b.WriteString("\nSentences (code the numbered ones; the others are context):\n")
	shown := -1 // the end of the last sentence written
	show := func(s coder.Span, label string) {
		if s.End <= shown || s.Text == "" {
			return
		}
		if shown >= 0 && strings.TrimSpace(text[shown:s.Start]) != "" {
			b.WriteString("…\n")
		}
		b.WriteString(label)
		b.WriteString(s.Text)
		b.WriteByte('\n')
		shown = s.End
	}
	var after coder.Span // the last candidate's next sentence, not written yet
	for i, c := range cands {
		if after.End > shown && after.Start < c.Sentence.Start {
			show(after, "    ")
		}
		show(c.Before, "    ")
		show(c.Sentence, fmt.Sprintf("[%d] ", i+1))
		after = c.After
	}
	show(after, "    ")
	return b.String()
}

// writeActors lists each actor the candidates mention once, in order of
// first mention: its id, then the names it goes by.
func writeActors(b *strings.Builder, cands []coder.Candidate, g *coder.Gazetteer) {
	var order []string
	names := map[string][]string{}
	add := func(id, name string) {
		if name == "" || len(names[id]) >= maxNames ||
			slices.ContainsFunc(names[id], func(n string) bool { return strings.EqualFold(n, name) }) {
			return
		}
		names[id] = append(names[id], name)
	}
	for _, c := range cands {
		for _, m := range c.Mentions {
			if _, ok := names[m.ActorID]; !ok {
				order = append(order, m.ActorID)
				names[m.ActorID] = nil
			}
			add(m.ActorID, m.Surface)
		}
	}
	for _, id := range order {
		a, _ := g.Actor(id)
		add(id, a.Name)
		for _, alias := range a.Aliases {
			add(id, alias)
		}
		fmt.Fprintf(b, "%s: %s\n", id, strings.Join(names[id], "; "))
	}
}

// textHash keys the cache: a hash of everything a request sends that the
// model and the prompt version do not already name.
func textHash(user string) string {
	sum := sha256.Sum256([]byte(user))
	return hex.EncodeToString(sum[:])
}
