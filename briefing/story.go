package briefing

import (
	"cmp"
	"slices"
	"time"

	"github.com/briefbot/briefbot"
)

// stories groups items into stories: two items belong to one story when
// they involve two parties in common, counting the host state of a struck
// group as a party ("Iran → Jaish al-Adl" in Pakistan and "Pakistan → Iran:
// recall ambassador"). A story's items run in the order they happened
// (the strike, the protest, the recall, the strike back); stories run by
// their weightiest item, then by their first report.
func (c *Composer) stories(items []Item) []Story {
	parent := make([]int, len(items))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for i := range items {
		for j := range i {
			if shared(items[i].parties, items[j].parties) >= 2 {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]Item{}
	var roots []int
	for i, it := range items {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], it)
	}
	stories := make([]Story, 0, len(roots))
	for _, r := range roots {
		its := groups[r]
		slices.SortStableFunc(its, func(x, y Item) int {
			return cmp.Or(x.Day.Compare(y.Day), x.FirstSeen.Compare(y.FirstSeen), cmp.Compare(y.Weight, x.Weight), compareContent(x, y))
		})
		stories = append(stories, Story{Title: c.storyTitle(its), Items: its})
	}
	slices.SortStableFunc(stories, func(x, y Story) int {
		return cmp.Or(cmp.Compare(storyWeight(y), storyWeight(x)), storyFirstSeen(x).Compare(storyFirstSeen(y)), cmp.Compare(x.Title, y.Title))
	})
	return stories
}

// compareContent orders items that tie on everything that matters by what
// they say, so that the order never depends on the order they were stored
// in.
func compareContent(x, y Item) int {
	return cmp.Or(cmp.Compare(itemDyad(x), itemDyad(y)), cmp.Compare(x.Type, y.Type), cmp.Compare(x.Code, y.Code), cmp.Compare(x.Evidence, y.Evidence))
}

// shared counts the distinct actors two lists have in common.
func shared(a, b []string) int {
	n := 0
	for i, id := range a {
		if id != "" && !slices.Contains(a[:i], id) && slices.Contains(b, id) {
			n++
		}
	}
	return n
}

func storyWeight(s Story) int {
	w := 0
	for _, it := range s.Items {
		w = max(w, it.Weight)
	}
	return w
}

func storyFirstSeen(s Story) (first time.Time) {
	for i, it := range s.Items {
		if i == 0 || it.FirstSeen.Before(first) {
			first = it.FirstSeen
		}
	}
	return first
}

// storyTitle names a story by the two actors its items have most as sides,
// states before others on a tie, then the first involved: "Iran –
// Pakistan".
func (c *Composer) storyTitle(items []Item) string {
	count := map[string]int{}
	var order []string
	for _, it := range items {
		for i, id := range it.sides {
			if id == "" || slices.Contains(it.sides[:i], id) {
				continue
			}
			if count[id] == 0 {
				order = append(order, id)
			}
			count[id]++
		}
	}
	rank := slices.Clone(order)
	slices.SortStableFunc(rank, func(x, y string) int {
		state := func(id string) int {
			if kindOf(c.Gazetteer, id) == briefbot.State {
				return 0
			}
			return 1
		}
		return cmp.Or(cmp.Compare(count[y], count[x]), cmp.Compare(state(x), state(y)))
	})
	if len(rank) == 1 {
		return c.party(rank[0]).Name
	}
	// The two in the order they first appear: the acting side first.
	two := rank[:2]
	if slices.Index(order, two[1]) < slices.Index(order, two[0]) {
		two[0], two[1] = two[1], two[0]
	}
	return c.party(two[0]).Name + " – " + c.party(two[1]).Name
}
