using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Quantities;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>The kind and measure a mention's event, unit and plan cue give, and "the figure" that refers back to a quantity named before.</summary>
    internal sealed partial class MentionReader
    {
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
            if (@event == IdentityWords.Level && (cls == UnitClass.Count || cls == UnitClass.Other) && unitNoun is null && unit.IsOpaque && !UnitClasses.HasPeriod(unit))
            {
                // "cases rose to 212" counts what "212 cases" counts: the count of a thing, however the text reaches it.
                return "count";
            }

            if (@event == IdentityWords.Change || @event == IdentityWords.Level)
            {
                var suffix = cls == UnitClass.Percent ? "-pct" : unitNoun is not null ? "-" + IdentityWords.Lemma(unitNoun) : cls == UnitClass.Money ? "-" + unit.Symbol : string.Empty;
                return KeyText.Clean(@event + suffix);
            }

            if (@event == IdentityWords.Area)
            {
                return "area";
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
            return KeyText.Clean(cls == UnitClass.Count && UnitClasses.HasPeriod(unit) ? verb + UnitClasses.PerParts(unit) : verb);
        }

        private static bool RefersBack(Word[] words, int fw)
        {
            for (var k = fw - 1; k >= 1 && k >= fw - 6; k--)
            {
                if (IdentityWords.Anaphors.Contains(words[k].Lower) && words[k - 1].Lower is "the" or "this" or "that" or "real" or "actual" or "true" or "official")
                {
                    return true;
                }

                // "The police gave a figure of 18,000": a figure given right before its value; "our upper bound is 24,000": a bound of the estimate before.
                if ((words[k].Lower is "figure" or "estimate" or "count" or "tally" && words[k - 1].Lower is "a" or "an" && k + 2 == fw && words[k + 1].Lower == "of")
                    || (words[k].Lower == "bound" && words[k - 1].Lower is "upper" or "lower"))
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
    }
}
