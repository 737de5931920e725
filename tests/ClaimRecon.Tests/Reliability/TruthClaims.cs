using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Reliability;
using ClaimRecon.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Reliability
{
    /// <summary>Claim builders and generators for the truth-discovery tests.</summary>
    public static class TruthClaims
    {
        /// <summary>The quantity keys generated claims are about.</summary>
        public static readonly QuantityKey[] Keys = { new("town-a", "population"), new("town-b", "population"), new("town-c", "population") };

        /// <summary>A point claim.</summary>
        /// <param name="id">The claim id.</param>
        /// <param name="source">The origin.</param>
        /// <param name="value">The value.</param>
        /// <param name="key">The quantity; the first of <see cref="Keys"/> by default.</param>
        /// <returns>The claim.</returns>
        public static Claim Point(string id, string source, decimal value, QuantityKey? key = null) =>
            new(id, key ?? Keys[0], HedgedFigure.Of(Hedge.None, value), AttributionChain.Direct(source), Stance.Asserts);

        /// <summary>A claim with the given figure.</summary>
        /// <param name="id">The claim id.</param>
        /// <param name="source">The origin.</param>
        /// <param name="figure">The figure.</param>
        /// <param name="key">The quantity; the first of <see cref="Keys"/> by default.</param>
        /// <returns>The claim.</returns>
        public static Claim Of(string id, string source, HedgedFigure figure, QuantityKey? key = null) =>
            new(id, key ?? Keys[0], figure, AttributionChain.Direct(source), Stance.Asserts);

        /// <summary>Generated figures: bare points, between, more than, at least, fewer than, at most; values 1 to 1,000.</summary>
        public static Gen<HedgedFigure> Figure { get; } =
            from kind in Gen.Choose(0, 9)
            from value in Gen.Choose(1, 1000)
            from width in Gen.Choose(1, 200)
            select kind switch
            {
                <= 4 => HedgedFigure.Of(Hedge.None, value),
                5 or 6 => HedgedFigure.Between(value, value + width),
                7 => HedgedFigure.Of(Hedge.MoreThan, value),
                8 => HedgedFigure.Of(Hedge.AtLeast, value),
                _ => HedgedFigure.Of(Hedge.FewerThan, value),
            };

        /// <summary>Generated claim sets: 1 to 12 claims about up to three quantities from up to six sources, ids c00, c01, ….</summary>
        public static Gen<List<Claim>> Claims { get; } =
            from count in Gen.Choose(1, 12)
            from parts in Gen.ListOf(
                from figure in Figure
                from source in Gen.Choose(0, 5)
                from key in Gen.Choose(0, 2)
                select (figure, source, key),
                count)
            select parts.Select((p, i) => Of("c" + i.ToString("D2", CultureInfo.InvariantCulture), "s" + p.source, p.figure, Keys[p.key])).ToList();

        /// <summary>Everything a result says, as text, with sources named through <paramref name="rename"/>'s inverse left to the caller.</summary>
        /// <param name="result">The result.</param>
        /// <param name="sourceName">Maps a source id in the result to the name to print.</param>
        /// <returns>The text.</returns>
        public static string Describe(TruthDiscoveryResult result, Func<string, string>? sourceName = null)
        {
            sourceName ??= s => s;
            var text = new StringBuilder();
            text.Append("iterations ").Append(result.Iterations).Append(" converged ").Append(result.Converged).AppendLine();
            foreach (var q in result.Quantities)
            {
                text.Append(q.Quantity).Append(' ').Append(q.Estimate.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(q.Interval80).Append(' ').Append(q.Interval90)
                    .Append(" independent ").Append(q.IndependentSources).Append(" split ").Append(q.IsSplit).AppendLine();
                foreach (var w in q.Weights)
                {
                    text.Append("  ").Append(w.ClaimId).Append(' ').Append(sourceName(w.SourceId)).Append(' ').Append(w.Weight.ToString("R", CultureInfo.InvariantCulture)).AppendLine();
                }
            }

            foreach (var s in result.Sources.OrderBy(s => sourceName(s.SourceId), StringComparer.Ordinal))
            {
                text.Append(sourceName(s.SourceId)).Append(' ').Append(s.Reliability.ToString("R", CultureInfo.InvariantCulture))
                    .Append(' ').Append(s.Lower.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(s.Upper.ToString("R", CultureInfo.InvariantCulture))
                    .Append(' ').Append(s.ClaimCount).Append(' ').Append(s.EvidenceCount).AppendLine();
            }

            return text.ToString();
        }
    }
}
