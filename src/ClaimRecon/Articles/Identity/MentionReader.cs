using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>Reads the identity of every mention of one article, in text order (see <see cref="QuantityReader"/> for the rules).</summary>
    internal sealed class MentionReader
    {
        private const int EventReach = 8;
        private const int PredicateReach = 14;
        private const int QualifierReachLeft = 8;
        private const int QualifierReachRight = 10;

        private readonly string _articleId;
        private readonly string _text;
        private readonly List<Sentence> _sentences;
        private readonly List<(MentionIdentity Identity, int Sentence, UnitClass Class)> _read = new();

        private MentionReader(string articleId, string text)
        {
            _articleId = articleId;
            _text = text;
            _sentences = TextParts.Split(text);
        }

        public static IReadOnlyList<MentionIdentity> Read(ExtractionResult extraction, string articleId)
        {
            var reader = new MentionReader(articleId, extraction.Text);
            foreach (var mention in extraction.Mentions)
            {
                reader.ReadOne(mention);
            }

            return reader._read.Select(r => r.Identity).ToList();
        }

        private void ReadOne(NumericMention m)
        {
            var si = SentenceOf(m.Start);
            var s = _sentences[si];
            var words = s.Words;
            var fw = 0;
            while (fw < words.Length && words[fw].End <= m.Start)
            {
                fw++;
            }

            if (words.Length == 0)
            {
                var bare = UnitClasses.Of(m);
                var unitOnly = m.Unit ?? Unit.Opaque("figure");
                _read.Add((new MentionIdentity(_articleId, m, s.Start, s.Text, null, null, null, Array.Empty<string>(), QuantityKind.Level, unitOnly, "value", false, Array.Empty<IdentityCue>()), si, bare));
                return;
            }

            fw = Math.Min(fw, words.Length - 1);
            var lw = fw;
            while (lw + 1 < words.Length && words[lw + 1].Start < m.Start + m.Length)
            {
                lw++;
            }

            var cls = UnitClasses.Of(m);
            var cues = new List<IdentityCue>();
            var thing = ReadThing(m, s, fw, lw, cls, out var thingFrom, out var thingTo, out var thingRule, out var owner);
            var recognised = thing is not null && thingRule != GuessRule;
            string? head = null;
            if (thing is not null)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[thingFrom].Start, _text.Substring(words[thingFrom].Start, words[thingTo].End - words[thingFrom].Start), thingRule!));
                head = HeadOf(words, thingFrom, thingTo);
            }

            if (owner is { } o)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[o.From].Start, _text.Substring(words[o.From].Start, words[o.To].End - words[o.From].Start), "owner of the " + (cls == UnitClass.Percent ? "share" : "cost")));
                head = HeadOf(words, o.From, o.To);
            }

            // Anaphora: "the real figure ranges between ..." refers back to the last quantity of the same unit class.
            MentionIdentity? antecedent = null;
            if (!recognised && RefersBack(words, fw))
            {
                antecedent = Antecedent(si, cls);
            }

            var spanEnd = Math.Max(lw, thing is null ? lw : thingTo);
            var eventIndex = FindEvent(s, fw, spanEnd, thingFrom, thingTo, cls, out var @event);
            var unitNoun = m.CountedNoun is not null && IdentityWords.UnitNouns.Contains(LastWord(m.CountedNoun)) ? LastWord(m.CountedNoun) : null;
            if (thingRule == ChangeRule || (thingRule == RestatedRule && (m.Change != ChangeDirection.None || m.IsChangeAmount || _read.LastOrDefault(r => r.Sentence == si).Identity?.Event == IdentityWords.Change)))
            {
                @event = m.IsChangeAmount || thingRule == RestatedRule ? IdentityWords.Change : IdentityWords.Level;
                eventIndex = -1;
            }

            if (@event is null && thingRule == RestatedRule)
            {
                @event = _read.LastOrDefault(r => r.Sentence == si).Identity?.Event;
            }

            if (@event is null && cls == UnitClass.Money && thingRule == CostRule)
            {
                @event = IdentityWords.Cost;
            }
            if (eventIndex >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Event, words[eventIndex].Start, words[eventIndex].Text, "event word near the figure"));
            }

            var qualifiers = ReadQualifiers(s, fw, spanEnd, thing is null ? fw : Math.Min(fw, thingFrom), eventIndex, cues);
            if (antecedent is not null)
            {
                cues.Add(new IdentityCue(IdentityRole.Thing, words[Math.Max(0, fw - 1)].Start, words[Math.Max(0, fw - 1)].Text, "\"the figure\" refers back to " + antecedent.Id));
                var ownQualifierRoles = qualifiers.Select(q => q.Substring(0, q.IndexOf('='))).ToList();
                qualifiers.AddRange(antecedent.Qualifiers.Where(q => !ownQualifierRoles.Contains(q.Substring(0, q.IndexOf('=')))));
                thing = antecedent.Thing;
                head = antecedent.Head;
                @event ??= antecedent.Event;
                recognised = antecedent.IsRecognised;
            }

            var perPerson = m.Per.FirstOrDefault(p => !IdentityWords.Periods.Contains(p.ToLowerInvariant()));
            if (cls == UnitClass.Money && owner is null && antecedent is null && perPerson is not null && m.Unit is not null && m.Unit.Symbol.EndsWith("/person", StringComparison.Ordinal))
            {
                head = IdentityWords.ClassOf(KeyText.Clean(IdentityWords.Lemma(perPerson.ToLowerInvariant())));
                cues.Add(new IdentityCue(IdentityRole.Thing, m.Start, m.Text, "owner of the cost: the noun after \"per\""));
            }
            else if (cls == UnitClass.Money && owner is null && antecedent is null)
            {
                var count = _read.LastOrDefault(r => r.Sentence >= si - 1 && r.Class == UnitClass.Count && r.Identity.IsRecognised);
                if (count.Identity is not null)
                {
                    head = count.Identity.Head;
                    cues.Add(new IdentityCue(IdentityRole.Thing, count.Identity.Mention.Start, count.Identity.Mention.Text, "owner of the cost: the count nearest before it"));
                }
            }

            if (head is not null && IdentityWords.CustodyAdjectives.Overlaps(Lower(words, thingFrom, thingTo)) && cls == UnitClass.Count)
            {
                head = "detainee";
            }

            if ((cls == UnitClass.Count || cls == UnitClass.Other) && @event is null && head == "detainee")
            {
                @event = IdentityWords.Hold;
            }

            var plan = FindCue(words, Math.Min(fw, thing is null ? fw : thingFrom), Math.Max(spanEnd, eventIndex), eventIndex, cues);
            var kind = KindOf(cls, m.Unit, @event, plan);
            var unit = m.Unit ?? (unitNoun is not null ? Unit.Opaque(IdentityWords.Lemma(unitNoun)) : null) ?? (head is "detainee" or "militant" or "person" or "national" || _read.Any(r => r.Identity.Head == head && r.Identity.Unit.Equals(Unit.Person))
                ? Unit.Person
                : Unit.Opaque(KeyText.Clean(head ?? "figure")));
            if (cls == UnitClass.Other && m.Unit is null && unit.Equals(Unit.Person))
            {
                cls = UnitClass.Count;
            }

            if (!recognised && @event is not null && cls != UnitClass.Other)
            {
                recognised = true;
            }

            var measure = MeasureOf(cls, m.Unit ?? unit, @event, kind, qualifiers, unitNoun);
            var identity = new MentionIdentity(_articleId, m, s.Start, s.Text, thing, head, @event, qualifiers, kind, unit, measure, recognised, cues);
            _read.Add((identity, si, cls));
        }

        private const string CostRule = "cost word before the figure";
        private const string ChangeRule = "subject of the change";
        private const string RestatedRule = "restates the figure before it (\", or\")";

        private const string GuessRule = "nearest words before the figure (a guess)";

        private string? ReadThing(NumericMention m, Sentence s, int fw, int lw, UnitClass cls, out int from, out int to, out string? rule, out (int From, int To)? owner)
        {
            var words = s.Words;
            owner = null;
            from = to = -1;
            rule = null;

            // a. The counted noun the extractor found right after the figure.
            if (m.CountedNoun is not null && cls != UnitClass.Money && cls != UnitClass.Percent && !IdentityWords.UnitNouns.Contains(LastWord(m.CountedNoun)))
            {
                var at = _text.IndexOf(m.CountedNoun, m.Start + m.Length, StringComparison.Ordinal);
                if (at >= 0 && at < s.End && IndexRange(words, at, at + m.CountedNoun.Length, out from, out to))
                {
                    rule = "counted noun after the figure";
                    return m.CountedNoun;
                }
            }

            // b. Words after the figure, up to a verb, preposition or punctuation ("More than 5,000 ISIS Prisoners Transferred").
            if (cls == UnitClass.Count || cls == UnitClass.Other)
            {
                var i = lw + 1;
                if (i + 1 < words.Length && words[i].Lower == "of" && !s.Breaks[lw] && (words[i + 1].Lower is "the" or "these" or "those"))
                {
                    i += 2;
                }

                if (NounPhraseAfter(s, i, lw, out from, out to) && !IdentityWords.UnitNouns.Contains(words[to].Lower))
                {
                    rule = "noun after the figure";
                    return Span(words, from, to);
                }
            }

            // Restated: "lost 190 points, or 0.6%" measures what the figure before it measures.
            if (fw >= 2 && words[fw - 1].Lower == "or" && s.Breaks[fw - 2])
            {
                var before = _read.LastOrDefault(r => r.Sentence == SentenceOf(m.Start) && r.Identity.Mention.Start < m.Start);
                var cue = before.Identity?.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing);
                if (cue is not null && IndexRange(words, cue.Start, cue.Start + cue.Length, out from, out to))
                {
                    rule = RestatedRule;
                    return Span(words, from, to);
                }
            }

            // A change ("the index fell 0.9%", "rose 64 points to 4,577"): the subject of the change verb.
            if (m.Change != ChangeDirection.None || m.IsChangeAmount)
            {
                var k = fw - 1;
                while (k >= 0 && !s.Breaks[k] && (IdentityWords.Function.Contains(words[k].Lower) || IsVerbLike(words[k]) || words[k].IsNumber || IdentityWords.UnitNouns.Contains(words[k].Lower) || IdentityWords.Scales.Contains(words[k].Lower) || words[k].Lower is "end" or "close" or "ended" or "closed"))
                {
                    k--;
                }

                if (k >= 0 && NounPhraseBefore(s, k, out from, out to))
                {
                    rule = ChangeRule;
                    return Span(words, from, to);
                }
            }

            // c. "the number of X ... at <figure>", "the total of X".
            for (var k = fw - 1; k >= 1 && k >= fw - 14; k--)
            {
                if (words[k].Lower == "of" && IdentityWords.Anaphors.Contains(words[k - 1].Lower) && NounPhraseAfter(s, k + 1, k, out from, out to) && to < fw)
                {
                    rule = "\"the number of X\" before the figure";
                    return Span(words, from, to);
                }
            }

            // "turnover of 1.3 billion shekels", "a budget of $5 million": the noun before "of".
            if (fw >= 2 && words[fw - 1].Lower == "of" && !s.Breaks[fw - 2] && !IdentityWords.Anaphors.Contains(words[fw - 2].Lower) && NounPhraseBefore(s, fw - 2, out from, out to))
            {
                rule = "noun before \"of\" and the figure";
                return Span(words, from, to);
            }

            // d. Money: "the daily cost of each X is $10", "spends $2.1 million".
            if (cls == UnitClass.Money)
            {
                for (var k = fw - 1; k >= 0 && k >= fw - 12; k--)
                {
                    if (IdentityWords.MoneyEvents.ContainsKey(words[k].Lower))
                    {
                        from = to = k;
                        while (from > 0 && !s.Breaks[from - 1] && words[from - 1].Lower is "daily" or "monthly" or "annual" or "yearly" or "weekly" or "total")
                        {
                            from--;
                        }

                        var j = k + 1;
                        if (j < fw && words[j].Lower == "of" && !s.Breaks[k])
                        {
                            j++;
                            while (j < fw && words[j].Lower is "each" or "every" or "a" or "an" or "the" or "per" or "one")
                            {
                                j++;
                            }

                            if (NounPhraseAfter(s, j, j - 1, out var of, out var ot) && ot < fw)
                            {
                                owner = (of, ot);
                            }
                        }

                        rule = CostRule;
                        return Span(words, from, to);
                    }
                }
            }

            // e. Percent: "80 percent of a concrete wall", "30 percent holding Turkish nationality".
            if (cls == UnitClass.Percent)
            {
                var j = lw + 1;
                if (j < words.Length && words[j].Lower == "of" && !s.Breaks[lw])
                {
                    j++;
                    while (j < words.Length && words[j].Lower is "a" or "an" or "the" or "its" or "their" or "all")
                    {
                        j++;
                    }

                    if (NounPhraseAfter(s, j, j - 1, out from, out to))
                    {
                        rule = "share of the noun after \"of\"";
                        return Span(words, from, to);
                    }
                }

                var count = _read.LastOrDefault(r => r.Sentence == SentenceOf(m.Start) && r.Class == UnitClass.Count && r.Identity.IsRecognised && r.Identity.Unit.Equals(Unit.Person));
                if (count.Identity?.Head is not null)
                {
                    var cue = count.Identity.Cues.FirstOrDefault(c => c.Role == IdentityRole.Thing);
                    if (cue is not null && IndexRange(words, cue.Start, cue.Start + cue.Length, out var of, out var ot))
                    {
                        owner = (of, ot);
                        rule = "share of the count in the same sentence";
                        from = of;
                        to = ot;
                        return Span(words, from, to);
                    }
                }
            }

            // f. Length: "a concrete wall stretching roughly 600 kilometers".
            if (cls == UnitClass.Length && fw >= 2 && IdentityWords.LengthEvents.ContainsKey(words[fw - 1].Lower) && NounPhraseBefore(s, fw - 2, out from, out to))
            {
                rule = "noun before the length verb";
                return Span(words, from, to);
            }

            // g. A guess: the nearest content words before the figure.
            var g = fw - 1;
            while (g >= 0 && !s.Breaks[g] && (IdentityWords.Function.Contains(words[g].Lower) || IsVerbLike(words[g]) || words[g].IsNumber))
            {
                g--;
            }

            if (g >= 0 && NounPhraseBefore(s, g, out from, out to))
            {
                rule = GuessRule;
                return Span(words, from, to);
            }

            from = to = -1;
            return null;
        }

        private static string LastWord(string phrase)
        {
            var space = phrase.LastIndexOf(' ');
            return (space < 0 ? phrase : phrase.Substring(space + 1)).ToLowerInvariant();
        }

        private static bool IsVerbLike(Word w) =>
            IdentityWords.CountEvents.ContainsKey(w.Lower) || IdentityWords.MoneyEvents.ContainsKey(w.Lower) || IdentityWords.PlanCues.Contains(w.Lower)
            || (w.Lower.Length > 4 && !w.IsCapitalised && (w.Lower.EndsWith("ed", StringComparison.Ordinal) || w.Lower.EndsWith("ing", StringComparison.Ordinal)))
            || w.Lower is "rose" or "fell" or "hit" or "reached" or "reaches" or "stood" or "stands" or "put" or "estimated" or "estimates" or "rise" or "fall" or "grew" or "gained" or "lost" or "dropped" or "climbed" or "jumped"
                or "slid" or "slipped" or "shed" or "sank" or "tumbled" or "surged" or "soared" or "plunged" or "added" or "gains" or "loses" or "rises" or "falls" or "was" or "were" or "is" or "are";

        private static bool NounPhraseAfter(Sentence s, int i, int before, out int from, out int to)
        {
            var words = s.Words;
            from = i;
            to = i - 1;
            if (i >= words.Length || (before >= 0 && s.Breaks[before]))
            {
                return false;
            }

            while (to + 1 < words.Length && to + 1 - from < 4)
            {
                var w = words[to + 1];
                if (IdentityWords.Function.Contains(w.Lower) || w.IsNumber || IdentityWords.Scales.Contains(w.Lower) || IsEventWord(w) || (to >= from && IsVerbLike(w) && !IdentityWords.CustodyAdjectives.Contains(w.Lower)))
                {
                    break;
                }

                to++;
                if (s.Breaks[to])
                {
                    break;
                }
            }

            return to >= from;
        }

        private static bool IsEventWord(Word w) =>
            (IdentityWords.CountEvents.ContainsKey(w.Lower) && !IdentityWords.CustodyAdjectives.Contains(w.Lower) && w.Lower != "custody")
            || IdentityWords.LengthEvents.ContainsKey(w.Lower) || w.Lower is "holding" or "with" or "who" or "that" or "which";

        private static bool NounPhraseBefore(Sentence s, int last, out int from, out int to)
        {
            var words = s.Words;
            from = to = last;
            if (last < 0 || IdentityWords.Function.Contains(words[last].Lower) || words[last].IsNumber)
            {
                return false;
            }

            while (from - 1 >= 0 && last - from < 3 && !s.Breaks[from - 1])
            {
                var w = words[from - 1];
                if (IdentityWords.Function.Contains(w.Lower) || w.IsNumber || IsVerbLike(w))
                {
                    break;
                }

                from--;
            }

            return true;
        }

        private static int FindEvent(Sentence s, int fw, int spanEnd, int thingFrom, int thingTo, UnitClass cls, out string? @event)
        {
            var words = s.Words;
            var table = cls switch
            {
                UnitClass.Money => IdentityWords.MoneyEvents,
                UnitClass.Percent => IdentityWords.ShareEvents,
                UnitClass.Length => IdentityWords.LengthEvents,
                _ => IdentityWords.CountEvents,
            };

            bool Matches(int k, out string? e)
            {
                e = null;
                if (k < 0 || k >= words.Length || (thingFrom >= 0 && k >= thingFrom && k <= thingTo) || !table.TryGetValue(words[k].Lower, out var found))
                {
                    return false;
                }

                // "Turkish nationality" is the share's event; "holding" and a nationality are not events of a count.
                if (found == IdentityWords.Nationality && !(cls == UnitClass.Percent && k > 0 && IdentityWords.Places.ContainsKey(words[k - 1].Lower)))
                {
                    return false;
                }

                e = found;
                return true;
            }

            // The predicate of the counted noun comes first: "2,000 militants ... are being moved", "5,000 have been transferred".
            if (cls != UnitClass.Money)
            {
                for (var k = spanEnd + 1; k <= spanEnd + PredicateReach && k < words.Length; k++)
                {
                    if (Matches(k, out @event) && words[k - 1].Lower is "are" or "is" or "was" or "were" or "been" or "being" or "be" or "have" or "has" or "had")
                    {
                        return k;
                    }
                }
            }

            var leftOpen = true;
            for (var d = 1; d <= EventReach; d++)
            {
                if (Matches(spanEnd + d, out @event))
                {
                    return spanEnd + d;
                }

                var left = fw - d;
                leftOpen &= !(left >= 0 && s.Breaks[left]);
                if (leftOpen && Matches(left, out @event))
                {
                    return left;
                }
            }

            @event = null;
            return -1;
        }

        private List<string> ReadQualifiers(Sentence s, int fw, int spanEnd, int phraseStart, int eventIndex, List<IdentityCue> cues)
        {
            var words = s.Words;
            bool Crosses(int k)
            {
                for (var b = Math.Min(k, fw); b < Math.Max(k, spanEnd); b++)
                {
                    if (s.Breaks[b] && (b < fw || b >= spanEnd) && (k < fw ? b >= k : b < k))
                    {
                        return true;
                    }
                }

                return false;
            }

            var found = new Dictionary<string, (string Value, int Distance, int Index, int Length)>(StringComparer.Ordinal);
            void Offer(string role, string value, int index, int length)
            {
                var distance = index < fw ? fw - index : index - spanEnd;
                if (!found.TryGetValue(role, out var had) || had.Distance > distance)
                {
                    found[role] = (value, distance, index, length);
                }
            }

            var lo = Math.Max(0, fw - QualifierReachLeft);
            var hi = Math.Min(words.Length - 1, spanEnd + QualifierReachRight);
            for (var k = lo; k <= hi; k++)
            {
                var w = words[k].Lower;
                if (k + 1 <= hi)
                {
                    var p = k + 1;
                    if (words[p].Lower == "the" && p + 1 <= hi)
                    {
                        p++;
                    }

                    var place = PlaceAt(words, p);
                    if (place is not null && !Possessive(words[p]) && !Crosses(k))
                    {
                        if (w == "from")
                        {
                            Offer("from", place, k, p - k + 1);
                        }
                        else if (w is "to" or "into")
                        {
                            Offer("to", place, k, p - k + 1);
                        }
                        else if (w is "in" or "inside" or "within")
                        {
                            Offer("in", place, k, p - k + 1);
                        }
                    }
                }

                if (w is "nationality" or "nationals" or "citizens" or "citizenship" && k > 0 && k - 1 >= phraseStart - 1 && k - 1 <= spanEnd + 3 && !Crosses(k - 1)
                    && IdentityWords.Places.TryGetValue(words[k - 1].Lower, out var nation))
                {
                    Offer("nationality", nation, k - 1, 2);
                }
            }

            // "Iraq received 2,250": the receiver is where they went.
            if (eventIndex > 0 && words[eventIndex].Lower.StartsWith("receiv", StringComparison.Ordinal))
            {
                var k = eventIndex - 1;
                while (k > 0 && words[k].Lower is "has" or "have" or "had" or "it" or "already")
                {
                    k--;
                }

                var place = PlaceAt(words, k);
                if (place is not null && !found.ContainsKey("to") && !found.ContainsKey("in"))
                {
                    Offer("to", place, k, eventIndex - k + 1);
                }
            }

            if (found.ContainsKey("to") && found.ContainsKey("in"))
            {
                found.Remove(found["to"].Distance <= found["in"].Distance ? "in" : "to");
            }

            var list = new List<string>();
            foreach (var pair in found.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                list.Add(pair.Key + "=" + pair.Value.Value);
                var first = words[pair.Value.Index];
                var last = words[pair.Value.Index + pair.Value.Length - 1];
                cues.Add(new IdentityCue(IdentityRole.Qualifier, first.Start, _text.Substring(first.Start, last.End - first.Start), pair.Key + " qualifier"));
            }

            return list;
        }

        private static bool Possessive(Word w) => w.Lower.EndsWith("'s", StringComparison.Ordinal) || w.Lower.EndsWith("\u2019s", StringComparison.Ordinal);

        private static string? PlaceAt(Word[] words, int k)
        {
            if (k < 0 || k >= words.Length)
            {
                return null;
            }

            var w = words[k];
            var lower = w.Lower.EndsWith("'s", StringComparison.Ordinal) || w.Lower.EndsWith("\u2019s", StringComparison.Ordinal) ? w.Lower.Substring(0, w.Lower.Length - 2) : w.Lower;
            if (IdentityWords.Places.TryGetValue(lower, out var place))
            {
                return place;
            }

            return w.IsCapitalised && !IdentityWords.Months.Contains(lower) && !IdentityWords.Function.Contains(lower) && !w.IsNumber && k > 0 ? KeyText.Clean(lower) : null;
        }

        private bool FindCue(Word[] words, int lo, int hi, int eventIndex, List<IdentityCue> cues)
        {
            lo = Math.Max(0, lo - 5);
            hi = Math.Min(words.Length - 1, hi + 3);
            int plan = -1, soFar = -1;
            for (var k = lo; k <= hi; k++)
            {
                var w = words[k].Lower;
                var isPlan = IdentityWords.PlanCues.Contains(w)
                    || (w == "due" && k + 1 < words.Length && words[k + 1].Lower == "to")
                    || (w == "being" && eventIndex == k + 1)
                    || (w == "to" && k + 2 < words.Length && words[k + 1].Lower == "be" && k + 2 == eventIndex);
                if (isPlan && plan < 0)
                {
                    plan = k;
                }

                var isSoFar = (w == "far" && k > 0 && words[k - 1].Lower == "so") || (w == "date" && k > 0 && words[k - 1].Lower == "to") || w == "already"
                    || (w == "been" && k > 0 && words[k - 1].Lower is "have" or "has" or "had");
                if (isSoFar && soFar < 0)
                {
                    soFar = k;
                }
            }

            if (plan >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Kind, words[plan].Start, words[plan].Text, "a plan or expectation: a target"));
                return true;
            }

            if (soFar >= 0)
            {
                cues.Add(new IdentityCue(IdentityRole.Kind, words[soFar].Start, words[soFar].Text, "so far: a running total"));
            }

            return false;
        }

        private static QuantityKind KindOf(UnitClass cls, Unit? unit, string? @event, bool plan)
        {
            if (cls == UnitClass.Percent)
            {
                return QuantityKind.Ratio;
            }

            if (unit is not null && UnitClasses.HasPeriod(unit))
            {
                return QuantityKind.Flow;
            }

            if (plan)
            {
                return QuantityKind.Target;
            }

            return @event == IdentityWords.Transfer ? QuantityKind.Cumulative : QuantityKind.Level;
        }

        private static string MeasureOf(UnitClass cls, Unit unit, string? @event, QuantityKind kind, List<string> qualifiers, string? unitNoun)
        {
            if (@event == IdentityWords.Change || @event == IdentityWords.Level)
            {
                var suffix = cls == UnitClass.Percent ? "-pct" : unitNoun is not null ? "-" + IdentityWords.Lemma(unitNoun) : cls == UnitClass.Money ? "-" + unit.Symbol : string.Empty;
                return KeyText.Clean(@event + suffix);
            }

            switch (cls)
            {
                case UnitClass.Money:
                    return (@event ?? "amount") + UnitClasses.PerParts(unit) + (kind == QuantityKind.Target ? "-planned" : string.Empty);
                case UnitClass.Percent:
                    if (@event == IdentityWords.Completed)
                    {
                        return "completed-share";
                    }

                    var nation = qualifiers.FirstOrDefault(q => q.StartsWith("nationality=", StringComparison.Ordinal));
                    return nation is null ? "share" : "share-" + nation.Substring(12);
                case UnitClass.Length:
                    return "length";
            }

            var verb = @event switch
            {
                IdentityWords.Transfer => kind == QuantityKind.Target ? "planned-transfer" : "transferred",
                IdentityWords.Hold => kind == QuantityKind.Target ? "planned-hold" : "held",
                null => kind == QuantityKind.Target ? "planned" : "count",
                _ => @event,
            };
            return KeyText.Clean(verb);
        }

        private bool RefersBack(Word[] words, int fw)
        {
            for (var k = fw - 1; k >= 1 && k >= fw - 6; k--)
            {
                if (IdentityWords.Anaphors.Contains(words[k].Lower) && words[k - 1].Lower is "the" or "this" or "that" or "real" or "actual" or "true" or "official")
                {
                    return true;
                }
            }

            return false;
        }

        private MentionIdentity? Antecedent(int si, UnitClass cls)
        {
            for (var i = _read.Count - 1; i >= 0; i--)
            {
                var r = _read[i];
                if (r.Sentence < si - 2)
                {
                    break;
                }

                if ((r.Class == cls || (cls == UnitClass.Other && r.Class == UnitClass.Count)) && r.Identity.IsRecognised)
                {
                    return r.Identity;
                }
            }

            return null;
        }

        private static string HeadOf(Word[] words, int from, int to)
        {
            var lemma = IdentityWords.Lemma(words[to].Lower);
            return IdentityWords.ClassOf(KeyText.Clean(lemma));
        }

        private static HashSet<string> Lower(Word[] words, int from, int to)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(0, from); k <= to && k < words.Length; k++)
            {
                set.Add(words[k].Lower);
            }

            return set;
        }

        private string Span(Word[] words, int from, int to) => _text.Substring(words[from].Start, words[to].End - words[from].Start);

        private static bool IndexRange(Word[] words, int start, int end, out int from, out int to)
        {
            from = to = -1;
            for (var k = 0; k < words.Length; k++)
            {
                if (from < 0 && words[k].End > start)
                {
                    from = k;
                }

                if (words[k].Start < end)
                {
                    to = k;
                }
            }

            return from >= 0 && to >= from;
        }

        private int SentenceOf(int offset)
        {
            int lo = 0, hi = _sentences.Count - 1, best = 0;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_sentences[mid].Start <= offset)
                {
                    best = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return best;
        }
    }
}
