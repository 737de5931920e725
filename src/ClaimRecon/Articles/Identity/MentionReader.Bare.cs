using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// Bare counts: a figure with no event or kind word of its own ("rumours of thousands of Turkish nationals among the
    /// detainees") measures what the one figure of the same thing with the same distinguishing qualifier in the article
    /// measures; and "N X among the Y" counts Ys.
    /// </summary>
    internal sealed partial class MentionReader
    {
        /// <summary>
        /// Gives each bare count the event, kind and measure of the only quantity in the article that has the same head
        /// class and shares a qualifier with it (a nationality, a from or to place) without conflicting, and whose own
        /// words name its event. With no such quantity, or more than one, the bare count keeps its own reading.
        /// </summary>
        // Stands for a figure with no head among the heads (no head is a word).
        private const string NoHead = "\0";

        private List<MentionIdentity> ResolveBare()
        {
            var result = new List<MentionIdentity>(_read.Count);

            // The figures with an event of their own, by head; and the model each bare identity resolved to, since
            // equal head, unit and qualifiers find the same one (a long text repeating its figures stays linear).
            var withEvent = _read.Where(o => o.OwnEvent && o.Class == UnitClass.Count && o.Identity.IsRecognised)
                .GroupBy(o => o.Identity.Head ?? NoHead, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Identity).ToList(), StringComparer.Ordinal);
            var models = new Dictionary<(string, Unit, string), MentionIdentity?>();
            foreach (var r in _read)
            {
                var m = r.Identity;
                if (r.OwnEvent || !m.IsRecognised || r.Class != UnitClass.Count || m.Qualifiers.Count == 0)
                {
                    result.Add(m);
                    continue;
                }

                var key = (m.Head ?? NoHead, m.Unit, QuantityAlignment.RolesText(QuantityAlignment.Roles(m)));
                if (!models.TryGetValue(key, out var model))
                {
                    var candidates = withEvent.TryGetValue(m.Head ?? NoHead, out var same)
                        ? same.Where(o => o.Unit.IsCommensurableWith(m.Unit) && SharesQualifier(m, o)).ToList()
                        : new List<MentionIdentity>();
                    model = candidates.Select(o => (o.Measure, o.Kind)).Distinct().Count() == 1 ? candidates[0] : null;
                    models[key] = model;
                }

                if (model is null)
                {
                    result.Add(m);
                    continue;
                }

                var cue = new IdentityCue(IdentityRole.Event, m.Mention.Start, m.Mention.Text, "no event of its own: measures what " + model.Id + " (\"" + model.Mention.Text + "\", the only figure of the same " + m.Head + " with the same qualifier) measures");
                result.Add(m.WithMeasure(model.Event, model.Kind, model.Measure, cue));
            }

            return result;
        }

        // Shares at least one qualifier value, conflicts on none, and both or neither name a nationality.
        private static bool SharesQualifier(MentionIdentity a, MentionIdentity b)
        {
            var qa = QuantityAlignment.Roles(a);
            var qb = QuantityAlignment.Roles(b);
            if (qa.ContainsKey("nationality") != qb.ContainsKey("nationality"))
            {
                return false;
            }

            var shared = false;
            foreach (var pair in qa)
            {
                if (qb.TryGetValue(pair.Key, out var other))
                {
                    if (other != pair.Value)
                    {
                        return false;
                    }

                    shared = true;
                }
            }

            return shared;
        }

        // "thousands of Turkish nationals among the detainees": the group after "among" is what is counted.
        private static bool AmongGroup(Sentence s, int thingTo, out int from, out int to)
        {
            var words = s.Words;
            from = to = -1;
            var k = thingTo + 1;
            if (k >= words.Length || s.Breaks[thingTo] || words[k].Lower != "among")
            {
                return false;
            }

            k++;
            while (k < words.Length && words[k].Lower is "the" or "these" or "those" or "its" or "their")
            {
                k++;
            }

            if (!NounPhraseAfter(s, k, k - 1, out from, out var last))
            {
                return false;
            }

            // The phrase may run on ("the prisoners untrue"): it ends at its last noun of a known class.
            for (to = last; to >= from; to--)
            {
                if (IdentityWords.NounClasses.ContainsKey(IdentityWords.Lemma(words[to].Lower)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
