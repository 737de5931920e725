using System.Collections.Generic;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Claims;
using ClaimRecon.Quantities;
using ClaimRecon.Time;

namespace ClaimRecon.Articles
{
    /// <summary>The day an undated level of an article describes: the day of the event the article reports.</summary>
    /// <remarks>
    /// A level with no time of its own ("Police estimated the crowd at 18,000") describes the day its article gives that
    /// figure's event, not the moment the article was published: the one day another figure of its sentence describes
    /// ("62 schools had stayed open on Tuesday, serving about 11,000 students"), else the one day the article's other
    /// figures of the same quantity describe ("marched ... on Saturday"). So two reports of one march, published the
    /// evening of the march and the next morning, compare their crowd figures. Only a day on or before the day the figure
    /// was said is taken, and only when the figures name exactly one; a headline (a line with no full stop) keeps its own
    /// reading, the state when the article was published, and so do running totals, rates, shares and plans (a running
    /// total with no time is a total so far, when it was said). An earlier value of a figure ("11,000 people, up from 9,500
    /// on Thursday") neither lends its day nor takes one: by its words it describes another time than the figure it follows.
    /// </remarks>
    public static partial class ArticleReconciler
    {
        /// <summary>Gives each undated level of one article (<paramref name="first"/>, <paramref name="count"/> claims) the day of its event, as the remarks say.</summary>
        private static void DateEventLevels(List<Claim> claims, int first, int count, Dictionary<QuantityKey, QuantityKind> kinds, IReadOnlyList<MentionIdentity> read)
        {
            var earlier = new HashSet<Claim>();
            for (var k = 0; k < count && k < read.Count; k++)
            {
                if (IsEarlierValue(read[k]))
                {
                    earlier.Add(claims[first + k]);
                }
            }

            for (var a = first; a < first + count; a++)
            {
                var c = claims[a];
                if (c.Figure is null || c.Describes is not null || !kinds.TryGetValue(c.Quantity, out var kind) || kind != QuantityKind.Level || Headline(c) || earlier.Contains(c))
                {
                    continue;
                }

                var day = OneDay(claims, first, count, c, b => !earlier.Contains(b) && b.Evidence.Count > 0 && c.Evidence.Count > 0 && b.Evidence[0].Start is { } at && at == c.Evidence[0].Start, out var from)
                    ?? OneDay(claims, first, count, c, b => !earlier.Contains(b) && b.Quantity.Equals(c.Quantity), out from);
                if (day is not null)
                {
                    var note = (c.Note is null ? string.Empty : c.Note + "; ") + "no time of its own: describes the day of its event, as " + from + " does";
                    claims[a] = new Claim(c.Id, c.Quantity, c.Figure, c.Attribution, c.Stance, c.StatedAt, day, c.Evidence, c.Policy, note, c.Denies);
                }
            }
        }

        private static bool IsEarlierValue(MentionIdentity identity)
        {
            foreach (var cue in identity.Cues)
            {
                if (cue.Rule.StartsWith(MentionReader.EarlierValueRule, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // A headline (a line with no full stop) tells the state when the article was published ("Gale leaves 15,000 without power").
        private static bool Headline(Claim c) =>
            c.Evidence.Count > 0 && c.Evidence[0].Quote is { Length: > 0 } quote && quote.TrimEnd(' ', '"', '\u201D', '\'', '\u2019') is var end && end.Length > 0 && end[end.Length - 1] is not ('.' or '!' or '?');

        // The one day (a single day, on or before the day the claim was said) that the dated claims matching near describe; null when none or several.
        private static TimeReference? OneDay(List<Claim> claims, int first, int count, Claim claim, System.Func<Claim, bool> near, out string? from)
        {
            TimeReference? day = null;
            from = null;
            for (var b = first; b < first + count; b++)
            {
                var other = claims[b];
                if (ReferenceEquals(other, claim) || other.Figure is null || other.Describes is not { } d || !near(other))
                {
                    continue;
                }

                if (d.Precision != TimePrecision.Day || d.FirstDay != d.LastDay || (claim.StatedAt is { } said && d.LastDay > said.LastDay))
                {
                    return null;
                }

                if (day is not null && day.FirstDay != d.FirstDay)
                {
                    return null;
                }

                day ??= d;
                from ??= other.Id;
            }

            return day;
        }
    }
}
