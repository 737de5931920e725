using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Merging;
using ClaimRecon.Ranges;
using static ClaimRecon.Contradictions.RangeOrder;

namespace ClaimRecon.Contradictions
{
    /// <content>The denial rule's findings and their sentences: figures denied together, and each denied witness or derived figure alone.</content>
    internal sealed partial class DenialRule
    {
        /// <summary>Figures that agree with each other, all denied: one finding naming every claim involved.</summary>
        private Finding Together(MergeResult result, List<Party> parties, NumericRange agreed)
        {
            var groups = parties.SelectMany(p => p.Hits.Select(h => h.Group)).Distinct().ToList();
            var wholly = parties.All(p => p.Hits.Any(h => h.Wholly));
            var claims = new List<Claim>();
            foreach (var party in parties)
            {
                claims.AddRange(party.Claims);
            }

            claims.AddRange(Listed(groups));
            var figures = string.Join(", ", parties.Select(Describe));
            var explanation = $"{figures} agree on {FindingText.Range(agreed)} for {result.Quantity.Key} {FindingText.When(result.Period)}, but {Denials(groups)}: " +
                $"{(wholly ? "all of them lie" : "each of them lies at least partly")} in what {(groups.Count == 1 ? "the denial rules" : "the denials rule")} out ({string.Join("; ", groups.Select(g => FindingText.Range(g.RuledOut)).Distinct())}).";
            var derivation = parties.Select(p => p.Derivation).FirstOrDefault(d => d is not null);
            return new Finding(FindingKind.Denial, wholly ? 1m : 0.5m, result.Quantity.Key, result.Period, Distinct(claims), Rule, explanation, null, null, null, derivation);
        }

        /// <summary>One denied witness or derived figure, with every denial that hits it.</summary>
        private Finding Alone(MergeResult result, Party party)
        {
            var groups = party.Hits.Select(h => h.Group).ToList();
            var wholly = party.Hits.All(h => h.Wholly);
            var hitClaims = party.Derivation is null ? party.Hits.SelectMany(h => h.Claims).Distinct().ToArray() : party.Claims;
            var claims = new List<Claim>(Listed(groups));
            claims.AddRange(hitClaims);
            decimal? gap = null, relative = null;
            // What the denier's own figures say, with the denier as subject ("gives 1,200 itself ...") or owner ("own figures ... admit ...").
            var ownWords = string.Empty;
            var first = groups[0];
            var own = result.Witnesses.FirstOrDefault(w => string.Equals(w.OriginId, first.Origin, StringComparison.Ordinal));
            if (groups.Count == 1 && own is not null)
            {
                claims.AddRange(own.Claims);
                var deniedRange = party.Derivation is null ? Intersection(hitClaims) : party.Range;
                if (!own.Range.Overlaps(deniedRange))
                {
                    gap = own.Range.DistanceTo(deniedRange);
                    relative = Relative(own.Range, deniedRange, gap.Value);
                    ownWords = $"{_text.Verb(first.Denials[0], "gives")} {FindingText.Range(own.Range)} {(_text.IsPlural(first.Denials[0]) ? "themselves" : "itself")} ({FindingText.Figures(own.Claims)}), {FindingText.Number(gap.Value)} ({FindingText.Percent(relative.Value)}) away";
                }
                else
                {
                    ownWords = $"own figures ({FindingText.Figures(own.Claims)}) admit {FindingText.Range(own.Range)}";
                }
            }

            var partly = wholly ? string.Empty : $", partly in what it rules out ({FindingText.Range(first.RuledOut)})";
            var when = FindingText.When(groups.Count == 1 ? first.Denials[0].ReferenceTime ?? result.Period : result.Period);
            var counter = ownWords.Length == 0 ? string.Empty : (gap is not null ? ", and " : _text.IsPlural(first.Denials[0]) ? ", while their " : ", while its ") + ownWords;
            string explanation;
            if (groups.Count == 1 && first.Denials[0].Denies!.Direction != DenialDirection.None)
            {
                // "saying the truth is lower" ends the denial: the quantity and time come before it, the figure denied after,
                // and the denier's own figures name the denier again (a "which" or "and gives" would attach to "the truth").
                var denier = _text.Who(first.Denials[0]);
                var own2 = ownWords.Length == 0 ? string.Empty : "; " + denier + (gap is not null ? " " : "'s ") + ownWords;
                explanation = $"{denier} {_text.Verb(first.Denials[0], "denies")} {Denied(first, withDirection: false)} for {result.Quantity.Key} {when}{Direction(first)}; {(party.Derivation is null ? $"{_text.Who(hitClaims[0])} {_text.Verb(hitClaims[0], "asserts")} it ({FindingText.Figures(hitClaims)})" : $"this rules out {Describe(party)}")}{partly}{own2}.";
            }
            else if (groups.Count == 1)
            {
                explanation = party.Derivation is null
                    ? $"{Denials(groups)} for {result.Quantity.Key} {when}, which {_text.Who(hitClaims[0])} {_text.Verb(hitClaims[0], "asserts")} ({FindingText.Figures(hitClaims)}){partly}{counter}."
                    : $"{Denials(groups)} for {result.Quantity.Key} {when}, which rules out {Describe(party)}{partly}{counter}.";
            }
            else
            {
                // Several denials hit one figure: the figure first, then the denials, so that the quantity and time belong to
                // the figure and not to the last denial of the list.
                var figure = party.Derivation is null ? $"{_text.Who(hitClaims[0])} {_text.Verb(hitClaims[0], "asserts")} ({FindingText.Figures(hitClaims)})" : $"{Describe(party)} follows";
                explanation = $"For {result.Quantity.Key} {when}, {figure}, which {groups.Count} denials rule out{(wholly ? string.Empty : " at least in part")}: {Denials(groups)}.";
            }

            return new Finding(FindingKind.Denial, wholly ? 1m : 0.5m, result.Quantity.Key, result.Period, Distinct(claims), Rule, explanation, gap, relative, null, party.Derivation);
        }

        private static IEnumerable<Claim> Listed(List<Group> groups) => groups.Take(ListedDenials).SelectMany(g => g.Denials);

        /// <summary>"X denies the figure "7,000"", "X denies the figure "nearly 2,000" that Y gave, saying the truth is lower", joined; counts those beyond the cap.</summary>
        private string Denials(List<Group> groups)
        {
            var named = groups.Take(ListedDenials).Select(g => $"{_text.Who(g.Denials[0])} {_text.Verb(g.Denials[0], "denies")} {Denied(g)}").ToArray();
            var more = groups.Count > ListedDenials ? $" (and {groups.Count - ListedDenials} more denials)" : string.Empty;
            return string.Join("; ", named) + more;
        }

        private string Denied(Group group, bool withDirection = true)
        {
            var denial = group.Denials[0];
            var direction = withDirection ? Direction(group) : string.Empty;
            if (group.Target is null)
            {
                return $"the figure {FindingText.Figure(denial)}{direction}";
            }

            return denial.Denies!.SourceId is { } source
                ? $"the figures of {_text.Name(source)}, among them {FindingText.Figure(group.Target)}{direction}"
                : $"the figure {FindingText.Figure(group.Target)} that {_text.Who(group.Target)} gave{direction}";
        }

        /// <summary>", saying the truth is lower" or "higher" for a denial with a direction; empty for one without.</summary>
        private static string Direction(Group group) => group.Denials[0].Denies!.Direction switch
        {
            DenialDirection.Lower => ", saying the truth is lower",
            DenialDirection.Higher => ", saying the truth is higher",
            _ => string.Empty,
        };

        private string Describe(Party party)
        {
            if (party.Derivation is not { } derivation)
            {
                return $"{_text.Who(party.Claims[0])} ({FindingText.Figures(party.Claims)})";
            }

            var inputs = string.Join(" and ", derivation.Operands.Select(o => FindingText.Range(o.Value.Range)));
            return $"{FindingText.Range(party.Range)} derived from {inputs} by {derivation.Relation.Name ?? derivation.Relation.ToString()}";
        }
    }
}
