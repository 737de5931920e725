using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Merging;
using ClaimRecon.Quantities;
using ClaimRecon.Ranges;
using ClaimRecon.Sources;
using ClaimRecon.Time;
using ClaimRecon.Units;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimRecon.Tests.Merging
{
    /// <summary>
    /// FsCheck generators for merge inputs: groups of 1–30 claims on one quantity with every hedge (so closed, open,
    /// half-open, one-side-unbounded ranges and single points), origins drawn from a small pool so that origins repeat,
    /// reached directly or through outlet chains, and some denials.
    /// </summary>
    /// <remarks>
    /// Figures come from a handful of small values, so ranges touch, nest and tie often; "about" and "nearly" add
    /// 10 % edges (0.9, 5.5, 11, ...) and half-open ends.
    /// </remarks>
    public static class MergeGenerators
    {
        /// <summary>The origin pool: six independent sources.</summary>
        public static readonly string[] Origins = { "o1", "o2", "o3", "o4", "o5", "o6" };

        /// <summary>The key of the single quantity of a <see cref="ClaimGroup"/>.</summary>
        public static readonly QuantityKey Key = new("story", "transferred");

        /// <summary>Reliabilities that are exact in decimal, so weighted scores can be recomputed exactly.</summary>
        public static readonly double[] ExactReliabilities = { 0.0, 0.25, 0.5, 0.75, 1.0 };

        private static readonly decimal[] FigureValues = { 1m, 2m, 3m, 4m, 5m, 6m, 10m };

        private static readonly string[] Outlets = { "k24", "rudaw", "ap" };

        /// <summary>Times a claim may describe: meeting days, a period spanning them, a moment, a month before them, the week and month containing them, and none.</summary>
        private static readonly string?[] TimePool =
        {
            null, "2026-02-07", "2026-02-08", "2026-02-10", "2026-02-07/2026-02-09", "2026-02-10T09:00:00+03", "2026-01", "2026-W06", "2026-02",
        };

        /// <summary>Gets a hedged figure of any hedge with a pooled value.</summary>
        public static Gen<HedgedFigure> Figure { get; } =
            from hedge in Gen.Elements(Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray())
            from a in Gen.Elements(FigureValues)
            from b in Gen.Elements(FigureValues)
            select Hedging.HedgingGenerators.Make(hedge, a, b);

        /// <summary>Gets an attribution chain ending at a pooled origin: direct, through an outlet, or through an outlet and a spokesperson.</summary>
        public static Gen<AttributionChain> Chain { get; } =
            from origin in Gen.Elements(Origins)
            from outlet in Gen.Elements(Outlets)
            from shape in Gen.Choose(0, 2)
            select ChainTo(origin, outlet, shape);

        /// <summary>Gets a time from the pool (null included).</summary>
        public static Gen<TimeReference?> Time { get; } =
            Gen.Elements(TimePool).Select(t => t is null ? null : TimeReference.Parse(t));

        /// <summary>Gets a reliability table for every pooled origin, with values exact in decimal.</summary>
        public static Gen<Dictionary<string, double>> ReliabilityTable { get; } =
            Gen.ListOf(Gen.Elements(ExactReliabilities), Origins.Length)
                .Select(values => Origins.Select((o, i) => (o, values[i])).ToDictionary(p => p.o, p => p.Item2, StringComparer.Ordinal));

        /// <summary>Gets one of the five strategies, with a fault budget of 0–3 or an exact reliability table.</summary>
        public static Gen<MergeStrategy> Strategy { get; } =
            from kind in Gen.Choose(0, 4)
            from budget in Gen.Choose(0, 3)
            from table in ReliabilityTable
            select kind switch
            {
                0 => MergeStrategy.Intersection,
                1 => MergeStrategy.Hull,
                2 => MergeStrategy.MaxAgreement,
                3 => MergeStrategy.FaultTolerant(budget),
                _ => MergeStrategy.ReliabilityWeighted(table),
            };

        /// <summary>Builds a quantity with <see cref="Key"/> or another key.</summary>
        /// <param name="kind">The kind.</param>
        /// <param name="key">The key; <see cref="Key"/> when null.</param>
        /// <returns>The quantity.</returns>
        public static Quantity QuantityOf(QuantityKind kind, QuantityKey? key = null) =>
            new(key ?? Key, Unit.Person, kind, ValueDomain.NonNegativeInteger);

        /// <summary>
        /// Gets a group of 1–30 claims on one quantity. With <paramref name="singlePeriod"/> every claim describes the same
        /// time (a day, or none), so the group is one merge result; otherwise each claim takes a time from the pool.
        /// </summary>
        /// <param name="singlePeriod">Whether all claims share one time.</param>
        /// <param name="denials">Whether some claims deny their figure.</param>
        /// <returns>The generator.</returns>
        public static Gen<ClaimGroup> Group(bool singlePeriod, bool denials) =>
            from kind in Gen.Elements(QuantityKind.Level, QuantityKind.Cumulative, QuantityKind.Flow)
            from count in Gen.Choose(1, 30)
            from shared in Gen.Elements<TimeReference?>(null, TimeReference.Parse("2026-02-10"))
            from claims in Gen.CollectToList(Enumerable.Range(0, count), i => ClaimAt(Key, "c", i, singlePeriod ? Gen.Constant<TimeReference?>(shared) : Time, denials))
            select new ClaimGroup(QuantityOf(kind), claims);

        /// <summary>
        /// Gets up to 70 quantities with 1–4 claims each, in no particular order, for whole-engine laws: a third of the
        /// corpora have 33–70 quantities, so parallel runs cross the engine's batches of 16 per degree, the rest 1–10.
        /// </summary>
        /// <remarks>
        /// Built from one generated seed with <see cref="Random"/> rather than by composing generators claim by claim:
        /// the same corpus for the same seed at a fraction of the cost, which keeps 1,000 corpora fast.
        /// </remarks>
        public static Gen<Corpus> Corpus { get; } = Gen.Choose(0, int.MaxValue).Select(BuildCorpus);

        private static Corpus BuildCorpus(int seed)
        {
            var random = new Random(seed);
            T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
            var hedges = Enum.GetValues(typeof(Hedge)).Cast<Hedge>().ToArray();
            var kinds = new[] { QuantityKind.Level, QuantityKind.Cumulative, QuantityKind.Flow };
            var stances = new[] { Stance.Asserts, Stance.Asserts, Stance.Estimates, Stance.Relays, Stance.Denies };
            var times = TimePool.Select(t => t is null ? null : TimeReference.Parse(t)).ToArray();

            var quantities = new Quantity[random.Next(3) == 0 ? random.Next(33, 71) : random.Next(1, 11)];
            var claims = new List<Claim>();
            for (var q = 0; q < quantities.Length; q++)
            {
                quantities[q] = QuantityOf(Pick(kinds), KeyAt(q));
                var count = random.Next(1, 5);
                for (var i = 0; i < count; i++)
                {
                    var hedge = Pick(hedges);
                    var a = Pick(FigureValues);
                    var b = Pick(FigureValues);
                    var figure = Hedging.HedgingGenerators.Make(hedge, a, b);
                    var when = Pick(times);
                    var describes = random.Next(2) == 0;
                    claims.Add(new Claim(
                        $"q{q}-c{i}", quantities[q].Key, figure, ChainTo(Pick(Origins), Pick(Outlets), random.Next(3)), Pick(stances),
                        statedAt: describes ? null : when, describes: describes ? when : null));
                }
            }

            return new Corpus(quantities, Shuffle(claims, random.Next()));
        }

        /// <summary>Returns the claims in an order fixed by <paramref name="seed"/>.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="items">The items.</param>
        /// <param name="seed">The seed.</param>
        /// <returns>A new list.</returns>
        public static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
        {
            var list = items.ToList();
            var random = new Random(seed);
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }

            return list;
        }

        /// <summary>A chain of the given shape ending at <paramref name="origin"/>.</summary>
        /// <param name="origin">The origin.</param>
        /// <param name="outlet">The outlet reporting it.</param>
        /// <param name="shape">0: direct; 1: outlet citing origin; 2: outlet citing a reporter speaking for origin.</param>
        /// <returns>The chain.</returns>
        public static AttributionChain ChainTo(string origin, string outlet, int shape) => shape switch
        {
            0 => AttributionChain.Direct(origin),
            1 => AttributionChain.Direct(outlet).Citing(origin),
            _ => AttributionChain.Direct(outlet).Citing(outlet + "-reporter").SpeakingFor(origin),
        };

        /// <summary>A one-line description of a claim for failure reports.</summary>
        /// <param name="claim">The claim.</param>
        /// <returns>The description.</returns>
        public static string Describe(Claim claim) =>
            $"{claim.Id} [{claim.Attribution}] {claim.Stance} {claim.Figure} = {claim.Range} @ {claim.ReferenceTime?.ToString() ?? "undated"}";

        private static QuantityKey KeyAt(int q) => new("story-" + q.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "transferred");

        private static Gen<Claim> ClaimAt(QuantityKey key, string prefix, int index, Gen<TimeReference?> time, bool denials) =>
            from figure in Figure
            from chain in Chain
            from stance in Gen.Frequency(
                (4, Gen.Constant(Stance.Asserts)),
                (2, Gen.Constant(Stance.Estimates)),
                (2, Gen.Constant(Stance.Relays)),
                (denials ? 2 : 0, Gen.Constant(Stance.Denies)))
            from when in time
            from describes in Gen.Elements(true, false)
            select new Claim(
                prefix + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture), key, figure, chain, stance,
                statedAt: describes ? null : when, describes: describes ? when : null);
    }

    /// <summary>Claims about one quantity, printed one per line when a property fails.</summary>
    public sealed class ClaimGroup
    {
        /// <summary>Creates the group.</summary>
        /// <param name="quantity">The quantity.</param>
        /// <param name="claims">The claims.</param>
        public ClaimGroup(Quantity quantity, IReadOnlyList<Claim> claims)
        {
            Quantity = quantity;
            Claims = claims;
        }

        /// <summary>Gets the quantity.</summary>
        public Quantity Quantity { get; }

        /// <summary>Gets the claims.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        /// <inheritdoc />
        public override string ToString() =>
            $"{Quantity.Kind} quantity, {Claims.Count} claims:\n  " + string.Join("\n  ", Claims.Select(MergeGenerators.Describe));
    }

    /// <summary>Claims about many quantities, in shuffled order.</summary>
    public sealed class Corpus
    {
        /// <summary>Creates the corpus.</summary>
        /// <param name="quantities">The quantities.</param>
        /// <param name="claims">The claims.</param>
        public Corpus(IReadOnlyList<Quantity> quantities, IReadOnlyList<Claim> claims)
        {
            Quantities = quantities;
            Claims = claims;
        }

        /// <summary>Gets the quantities.</summary>
        public IReadOnlyList<Quantity> Quantities { get; }

        /// <summary>Gets the claims.</summary>
        public IReadOnlyList<Claim> Claims { get; }

        /// <inheritdoc />
        public override string ToString() =>
            $"{Quantities.Count} quantities, {Claims.Count} claims:\n  " + string.Join("\n  ", Claims.Select(c => c.Quantity + " " + MergeGenerators.Describe(c)));
    }

    /// <summary>Text forms of merge results, so two results can be compared field by field with a readable difference.</summary>
    public static class MergeText
    {
        /// <summary>Everything a result says, including the explanation and the timeline.</summary>
        /// <param name="merge">The merge.</param>
        /// <returns>The text.</returns>
        public static string Full(QuantityMerge merge)
        {
            var text = new StringBuilder().Append("quantity ").Append(merge.Quantity.Key).Append('\n');
            foreach (var period in merge.Periods)
            {
                text.Append(Votes(period));
                text.Append("  witness claims: ").Append(string.Join("; ", period.Witnesses.Select(w => w.OriginId + ": " + string.Join(",", w.Claims.Select(c => c.Id))))).Append('\n');
                text.Append("  denial claims: ").Append(string.Join("; ", period.Denials.Select(d => d.Claim.Id + " w" + d.Weight + (d.TouchesConsensus ? " touches" : string.Empty)))).Append('\n');
                text.Append("  outliers denied by claims: ").Append(string.Join("; ", period.Outliers.Select(o => o.Witness.OriginId + ": " + string.Join(",", o.DeniedBy.Select(d => d.Claim.Id))))).Append('\n');
                text.Append("  unanimous ").Append(period.IsUnanimous).Append('\n');
                text.Append("  ").Append(period.Explanation).Append('\n');
            }

            if (merge.Timeline is not null)
            {
                text.Append("timeline consistent ").Append(merge.Timeline.IsConsistent).Append('\n');
                foreach (var p in merge.Timeline.Points)
                {
                    text.Append("  ").Append(p).Append(" lower from ").Append(p.LowerFrom).Append(" upper from ").Append(p.UpperFrom).Append('\n');
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// What a result decides, without claim ids: period, status, consensus, support, estimate, witnesses (origin, range,
        /// weight), supporters, candidates, outliers with their reasons and denying origins, and the distinct denials.
        /// </summary>
        /// <param name="result">The result.</param>
        /// <returns>The text.</returns>
        public static string Votes(MergeResult result)
        {
            var text = new StringBuilder();
            text.Append("period ").Append(result.Period?.ToString() ?? "undated").Append(' ').Append(result.Status)
                .Append(" consensus ").Append(result.Consensus).Append(" support ").Append(result.Support)
                .Append(" estimate ").Append(result.Estimate?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
                .Append(" note ").Append(result.EstimateNote ?? "none").Append(" budget ").Append(result.FaultBudgetApplied?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none").Append('\n');
            text.Append("  witnesses: ").Append(string.Join("; ", result.Witnesses.Select(w => w.OriginId + " " + w.Range + " w" + w.Weight))).Append('\n');
            text.Append("  supporters: ").Append(Ids(result.Supporters)).Append('\n');
            text.Append("  non-deciding: ").Append(Ids(result.NonDecidingSupporters)).Append('\n');
            text.Append("  candidates: ").Append(string.Join("; ", result.Candidates.Select(c => c.Range + " score " + c.Score + " by " + Ids(c.Supporters)))).Append('\n');
            text.Append("  outliers: ").Append(string.Join("; ", result.Outliers.Select(o =>
                o.Witness.OriginId + " " + o.Witness.Range + " " + o.Reason + " by " + o.Distance + " denied by " + string.Join(",", o.DeniedBy.Select(d => d.OriginId).Distinct())))).Append('\n');
            text.Append("  denials: ").Append(string.Join("; ", result.Denials.Select(d => d.OriginId + " " + d.Range + (d.TouchesConsensus ? " touches" : string.Empty)).Distinct())).Append('\n');
            return text.ToString();
        }

        private static string Ids(IEnumerable<Witness> witnesses) => string.Join(",", witnesses.Select(w => w.OriginId));
    }
}
