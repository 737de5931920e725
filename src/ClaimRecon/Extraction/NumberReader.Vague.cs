using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>Vague amounts: "dozens", "hundreds", "tens of thousands", "a few hundred", "several thousand", "scores of".</summary>
    internal sealed partial class NumberReader
    {
        /// <summary>"dozens", "hundreds", "tens of thousands", "hundreds of millions", "a few hundred", "several thousand".</summary>
        public Amount? ReadVague(int i)
        {
            decimal low;
            decimal high;
            int last;
            var first = i;
            if (Is(i, "dozens"))
            {
                low = 24m;
                high = 100m;
                last = i;
            }
            else if (Is(i, "scores") && Is(i + 1, "of") && IsWord(i + 2) && !IsScoresOfSomething(i))
            {
                // "scores of people": several twenties, as "dozens" is several twelves
                low = 40m;
                high = 200m;
                last = i;
            }
            else if ((Is(i, "tens") || Is(i, "hundreds")) && Is(i + 1, "of") && May(i + 2, WordClass.VagueScale) && Lexicon.VagueScales.TryGetValue(Str(i + 2), out var of) && of >= 1000m)
            {
                var step = Is(i, "tens") ? 10m : 100m;
                low = 2m * step * of;
                high = 10m * step * of;
                last = i + 2;
            }
            else if (May(i, WordClass.VagueScale) && Lexicon.VagueScales.TryGetValue(Str(i), out var scale))
            {
                low = 2m * scale;
                high = 10m * scale;
                last = i;
            }
            else if ((Is(i, "few") && Is(i - 1, "a") || Is(i, "several")) && VagueStep(i + 1, out var s, out var stepLast))
            {
                if (Is(i, "few"))
                {
                    first = i - 1;
                }

                low = 2m * s;
                high = 10m * s;
                last = stepLast;
            }
            else if (Is(i, "couple") && Is(i - 1, "a") && Is(i + 1, "of") && VagueStep(i + 2, out var pair, out var pairLast))
            {
                // "a couple of hundred", "a couple of dozen": two of the step, or a little more
                first = i - 1;
                low = 2m * pair;
                high = 4m * pair;
                last = pairLast;
            }
            else if (Is(i, "handful") && Is(i - 1, "a") && Is(i + 1, "of"))
            {
                // "a handful of protesters": a few, and fewer than ten
                first = i - 1;
                low = 2m;
                high = 10m;
                last = i;
            }
            else
            {
                return null;
            }

            // "the high hundreds", "the low thousands", "the mid-millions": a third of the decade of the scale
            var part = IsDash(first - 1) && Touches(first) && Is(first - 2, "mid") ? first - 2 : first - 1;
            if (part >= Floor && (Is(part, "low") || Is(part, "mid") || Is(part, "high") || Is(part, "upper") || Is(part, "lower")) && !Is(first, "dozens") && !Is(first, "few") && !Is(first, "several"))
            {
                var unit = low / 2m; // S for "hundreds" [2S, 10S)
                var start = Is(part, "low") || Is(part, "lower") ? 1m : Is(part, "mid") ? 4m : 7m;
                low = start * unit;
                high = (start + 3m) * unit;
                first = part;
            }

            return new Amount(first, last, low, null, null, false) { VagueHigh = high, IsVague = true };
        }

        /// <summary>Whether "scores of" at token i are results ("the scores of the pupils", "test scores of"): a word before it that owns or describes scores.</summary>
        private bool IsScoresOfSomething(int i) => In(i - 1, ScoreOwners);

        /// <summary>Words before "scores" that make them results, not a number: determiners, possessives and what is scored.</summary>
        private static readonly HashSet<string> ScoreOwners = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "their", "his", "her", "its", "our", "your", "my", "these", "those", "whose", "test", "exam", "credit", "average", "high",
            "low", "top", "median", "mean", "final", "record", "same", "best", "perfect", "poll", "approval", "reading", "math", "maths",
        };

        /// <summary>
        /// The step a vague amount counts in, from token k: a dozen, a scale of a hundred or more, or a hundred of a larger
        /// scale ("several hundred thousand" counts in hundreds of thousands); the token that ends it.
        /// </summary>
        private bool VagueStep(int k, out decimal step, out int last)
        {
            last = k;
            step = 0m;
            if (Is(k, "dozen"))
            {
                step = 12m;
                return true;
            }

            if (!May(k, WordClass.ScaleWord) || !Lexicon.ScaleWords.TryGetValue(Str(k), out step) || step < 100m || Is(k, "mn") || Is(k, "bn"))
            {
                return false;
            }

            if (step == 100m && IsWord(k + 1) && !Is(k + 1, "mn") && !Is(k + 1, "bn") && May(k + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(k + 1), out var larger) && larger >= 1000m)
            {
                step *= larger;
                last = k + 1;
            }

            return true;
        }
    }
}
