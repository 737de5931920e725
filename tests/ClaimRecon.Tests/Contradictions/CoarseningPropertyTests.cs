using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Contradictions;
using ClaimRecon.Hedging;
using ClaimRecon.Quantities;
using ClaimRecon.Sources;
using ClaimRecon.Tests.Merging;
using ClaimRecon.Tests.Ranges;
using ClaimRecon.Time;
using FluentAssertions;
using FsCheck.Fluent;
using NodaTime;
using Xunit;
using static ClaimRecon.Tests.Contradictions.ContradictionFixtures;

namespace ClaimRecon.Tests.Contradictions
{
    /// <summary>
    /// Coarsening one claim's date (a day to its week, month, quarter or year, or any period widened around it) never
    /// creates a finding that the finer date did not give: a running total it finds falling at a witness was found falling
    /// at that witness with the finer date (findings name only the highest earlier figure, with how many more), and any
    /// other finding names only claims that the finer story puts in question (named by a finding, or holding a consensus
    /// that a finding disputes). The exception is the rule itself: a coarser
    /// date that covers exactly another claim's days makes the two the same time (docs/time.md). The oracle counts days itself and never asks
    /// <see cref="TimeReference.RelationTo"/>.
    /// </summary>
    /// <remarks>
    /// Two kinds of story are left out, and counted so that most are not: those where the coarser date covers exactly
    /// another claim's days (the rule compares them on purpose), and those where one origin gives two claims (figures or
    /// a figure and a denial) for one period in the finer story. The second is not about time: an origin's figures for one period are one witness that
    /// admits what they all admit (under the policy, and read literally), so moving one of them to another period changes
    /// what the rest admit: an origin that contradicts itself is compared with no one, and "about 4,580" with "about
    /// 5,000" admits nothing when read literally, while "about 5,000" alone does. (Seen as a flaky failure in the merge
    /// queue before this exclusion covered literal readings; a scan of 400,000 seeds passed with it.)
    /// </remarks>
    public sealed class CoarseningPropertyTests
    {
        private static readonly string[] FinePool =
        {
            "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", "2026-02-07", "2026-02-08", "2026-02-28", "2026-03-01",
            "2026-02-07/2026-02-09", "2026-W06", "2026-02", "2026-01",
        };

        private static readonly decimal[] Values = { 1000m, 2000m, 2250m, 4580m, 5000m, 7000m };

        private static readonly Hedge[] Hedges =
        {
            Hedge.None, Hedge.MoreThan, Hedge.FewerThan, Hedge.About, Hedge.Nearly, Hedge.AtLeast, Hedge.Between,
        };

        [Fact]
        public void CoarseningADate_CreatesNoFindingTheFinerDateDidNotGive()
        {
            var tested = 0;
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                if (Check(seed))
                {
                    tested++;
                }
            }, 3000);

            tested.Should().BeGreaterThan(1500, "most generated stories have no self-contradiction and a coarser date no other claim has");
        }

        /// <summary>Checks one generated story; false when it is one of the kinds left out (see the remarks).</summary>
        private static bool Check(int seed)
        {
            var story = Story.Build(seed);
            if (story.Coarse.Where((c, i) => i != story.Index).Any(c => SameDays(c.ReferenceTime!, story.Coarse[story.Index].ReferenceTime!)))
            {
                return false; // the coarser date is another claim's: the same time by rule, left out (see the remarks)
            }

            if (story.Fine.GroupBy(c => (c.Attribution.Origin, c.ReferenceTime!.FirstDay, c.ReferenceTime.LastDay)).Any(g => g.Count() > 1))
            {
                return false; // one origin gives two figures for one period: one witness, what it admits changes when one moves (see the remarks)
            }

            var quantity = Quantity(Count, story.Kind);
            var fine = Detect(quantity, story.Fine);
            var coarse = Detect(quantity, story.Coarse);
            // What the finer story puts in question: the claims its findings name, and the claims holding a consensus (or a
            // tied candidate) that one of its findings disputes (a finding against a consensus names one of its witnesses, not all).
            var named = fine.Findings.SelectMany(f => f.Ids()).ToHashSet();
            foreach (var f in fine.Findings)
            {
                var result = fine.Merges.Single().Periods.SingleOrDefault(p => f.Period is not null && p.Period is not null && SameDays(p.Period, f.Period));
                named.UnionWith(result?.Supporters.Concat(result.Candidates.SelectMany(c => c.Supporters)).SelectMany(w => w.Claims).Select(c => c.Id) ?? Enumerable.Empty<string>());
            }

            foreach (var finding in coarse.Findings)
            {
                var ids = finding.Ids().ToHashSet();
                if (LaterWitness(finding, story.Coarse) is { } later)
                {
                    fine.Findings.Should().Contain(
                        f => IsProgression(f) && later.IsSubsetOf(f.Ids()),
                        "coarsening {0} made [{1}] fall in {2} (seed {3}):\n{4}", story.Fine[story.Index].Id, string.Join(", ", later), finding.Kind, seed, story);
                }
                else
                {
                    ids.Except(named).Should().BeEmpty(
                        "coarsening {0} drew into {1} on [{2}] claims that no finding of the finer story names (seed {3}):\n{4}",
                        story.Fine[story.Index].Id, finding.Kind, string.Join(", ", ids), seed, story);
                }

                ComparedPeriodsAreSameOrInOrder(finding, story.Coarse);
            }

            return true;
        }

        [Fact]
        public void EveryFindingComparesTheSameTimeOrTwoPeriodsInOrder_ByCountingDays()
        {
            PropertyRunner.ForAll(Gen.Choose(0, int.MaxValue), seed =>
            {
                var story = Story.Build(seed);
                foreach (var claims in new[] { story.Fine, story.Coarse })
                {
                    foreach (var finding in Detect(Quantity(Count, story.Kind), claims).Findings)
                    {
                        ComparedPeriodsAreSameOrInOrder(finding, claims);
                    }
                }
            }, 1000);
        }

        [Fact]
        public void TheOracle_TellsAMonthFromADayInsideIt()
        {
            var february = TimeReference.Parse("2026-02");
            SameDays(february, TimeReference.Parse("2026-02-01/2026-02-28")).Should().BeTrue();
            SameDays(february, TimeReference.Parse("2026-02-07")).Should().BeFalse();
            Before(february, TimeReference.Parse("2026-02-28")).Should().BeFalse("the 28th is in February");
            Before(february, TimeReference.Parse("2026-03-01")).Should().BeTrue();
            Before(TimeReference.Parse("2026-01"), february).Should().BeTrue();
            Before(TimeReference.Parse("2026-W05"), february).Should().BeFalse("week 5 ends on 1 February");
        }

        /// <summary>
        /// For a finding across two periods (a running total falling, or falling read literally), the ids of the later
        /// witness it is about; otherwise null. There is one such finding per falling witness, named against the highest
        /// earlier figure in order before it, so a finer story may name another earlier figure for the same fall.
        /// </summary>
        private static HashSet<string>? LaterWitness(Finding finding, IReadOnlyList<Claim> story)
        {
            var dated = finding.Claims.Select(c => story.Single(s => s.Id == c.Id)).ToArray();
            return dated.Select(c => (c.ReferenceTime!.FirstDay, c.ReferenceTime.LastDay)).Distinct().Count() == 2
                ? dated.Where(c => SameDays(c.ReferenceTime!, finding.Period!)).Select(c => c.Id).ToHashSet()
                : null;
        }

        private static bool IsProgression(Finding f) => f.Kind is FindingKind.BrokenProgression or FindingKind.Revision or FindingKind.HedgeDependent;

        /// <summary>A finding's claims are dated by one run of days, or by two of which one is wholly before the other.</summary>
        private static void ComparedPeriodsAreSameOrInOrder(Finding finding, IReadOnlyList<Claim> story)
        {
            var periods = finding.Claims.Select(c => story.Single(s => s.Id == c.Id).ReferenceTime!)
                .GroupBy(t => (t.FirstDay, t.LastDay)).Select(g => g.First()).ToArray();
            periods.Length.Should().BeLessThanOrEqualTo(2, "{0} compares claims of {1}", finding.Kind, string.Join(", ", periods.Select(p => p.ToString())));
            if (periods.Length == 2)
            {
                (Before(periods[0], periods[1]) || Before(periods[1], periods[0])).Should().BeTrue(
                    "{0} compares {1} with {2}, which are not in order", finding.Kind, periods[0], periods[1]);
            }
        }

        private static IEnumerable<LocalDate> Days(TimeReference t)
        {
            for (var d = t.FirstDay; d <= t.LastDay; d = d.PlusDays(1))
            {
                yield return d;
            }
        }

        private static bool SameDays(TimeReference a, TimeReference b) => Days(a).SequenceEqual(Days(b));

        private static bool Before(TimeReference a, TimeReference b) => Days(a).All(x => Days(b).All(y => x < y));

        private sealed class Story
        {
            private Story(QuantityKind kind, Claim[] fine, Claim[] coarse, int index)
            {
                Kind = kind;
                Fine = fine;
                Coarse = coarse;
                Index = index;
            }

            public QuantityKind Kind { get; }

            public Claim[] Fine { get; }

            public Claim[] Coarse { get; }

            public int Index { get; }

            public static Story Build(int seed)
            {
                var random = new Random(seed);
                T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
                var kind = random.Next(2) == 0 ? QuantityKind.Cumulative : QuantityKind.Level;
                var count = random.Next(2, 7);
                var fine = new Claim[count];
                for (var i = 0; i < count; i++)
                {
                    var hedge = Pick(Hedges);
                    var a = Pick(Values);
                    var b = Pick(Values);
                    var figure = ClaimRecon.Tests.Hedging.HedgingGenerators.Make(hedge, a, b);
                    var origin = MergeGenerators.Origins[random.Next(4)];
                    var stance = random.Next(8) == 0 ? Stance.Denies : Stance.Asserts;
                    var chain = random.Next(2) == 0 ? AttributionChain.Direct(origin) : AttributionChain.Direct("outlet").Citing(origin);
                    fine[i] = new Claim("c" + i, Count, figure, chain, stance, describes: TimeReference.Parse(Pick(FinePool)));
                }

                var assertions = Enumerable.Range(0, count).Where(i => fine[i].Stance != Stance.Denies).ToArray();
                var index = assertions.Length == 0 ? 0 : assertions[random.Next(assertions.Length)];
                var time = fine[index].ReferenceTime!;
                var coarse = Coarser(time).ToArray();
                var wider = coarse.Length == 0 || random.Next(3) == 0
                    ? TimeReference.Between(time.FirstDay.PlusDays(-random.Next(0, 4)), time.LastDay.PlusDays(random.Next(1, 4)))
                    : coarse[random.Next(coarse.Length)];
                var coarsened = fine.ToArray();
                var c = fine[index];
                coarsened[index] = new Claim(c.Id, c.Quantity, c.Figure!, c.Attribution, c.Stance, describes: wider);
                return new Story(kind, fine, coarsened, index);
            }

            /// <summary>The week, month, quarter and year that contain the period and are wider than it.</summary>
            private static IEnumerable<TimeReference> Coarser(TimeReference time)
            {
                var rules = NodaTime.Calendars.WeekYearRules.Iso;
                var candidates = new[]
                {
                    TimeReference.InWeek(rules.GetWeekYear(time.FirstDay), rules.GetWeekOfWeekYear(time.FirstDay)),
                    TimeReference.InMonth(time.FirstDay.ToYearMonth()),
                    TimeReference.InQuarter(time.FirstDay.Year, ((time.FirstDay.Month - 1) / 3) + 1),
                    TimeReference.InYear(time.FirstDay.Year),
                };
                return candidates.Where(t => t.FirstDay <= time.FirstDay && t.LastDay >= time.LastDay && !SameDays(t, time));
            }

            public override string ToString() =>
                string.Join("\n", Fine.Select((c, i) => $"  {c.Id} {c.Stance} {c.Figure} by {c.Attribution.Origin} {c.ReferenceTime}" + (i == Index ? $" -> {Coarse[i].ReferenceTime}" : string.Empty)))
                + "\n  kind " + Kind;
        }
    }
}
