using System;
using System.Collections.Generic;
using ClaimRecon.Hedging;
using ClaimRecon.Ranges;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Figures: digits with their scale ("2.1 million", "5k", "1/2"), number words ("twenty-five", "half a million") and vague amounts ("dozens", "tens of thousands").</summary>
    internal sealed class NumberReader : ScannerStage
    {
        private readonly NumberTraps _traps;
        private readonly UnitReader _units;

        public NumberReader(TokenCursor cursor, NumberTraps traps, UnitReader units)
            : base(cursor)
        {
            _traps = traps;
            _units = units;
        }

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
            else if ((Is(i, "tens") || Is(i, "hundreds")) && Is(i + 1, "of") && IsWord(i + 2) && Lexicon.VagueScales.TryGetValue(Str(i + 2), out var of) && of >= 1000m)
            {
                var step = Is(i, "tens") ? 10m : 100m;
                low = 2m * step * of;
                high = 10m * step * of;
                last = i + 2;
            }
            else if (IsWord(i) && Lexicon.VagueScales.TryGetValue(Str(i), out var scale))
            {
                low = 2m * scale;
                high = 10m * scale;
                last = i;
            }
            else if ((Is(i, "few") && Is(i - 1, "a") || Is(i, "several")) && IsWord(i + 1) && Lexicon.ScaleWords.TryGetValue(Str(i + 1), out var s) && s >= 100m && !Is(i + 1, "mn") && !Is(i + 1, "bn"))
            {
                if (Is(i, "few"))
                {
                    first = i - 1;
                }

                low = 2m * s;
                high = 10m * s;
                last = i + 1;
            }
            else
            {
                return null;
            }

            return new Amount(first, last, low, null, null, false) { VagueHigh = high, IsVague = true };
        }

        /// <summary>Word numbers: "two thousand", "twenty-five", "a hundred and twenty", "half a million", "a dozen".</summary>
        public Amount? ReadWords(int i)
        {
            var first = i;
            decimal total = 0m;
            decimal current = 0m;
            var any = false;
            string? scaleText = null;
            var j = i;
            if (Is(i - 2, "half") && Is(i - 1, "a") && IsWord(i) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 2 >= Floor)
            {
                first = i - 2;
                current = 0.5m;
            }
            else if ((Is(i - 1, "a") || Is(i - 1, "an")) && IsWord(i) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 1 >= Floor)
            {
                first = i - 1;
                current = 1m;
            }

            var last = i - 1;
            while (j < _n && IsWord(j))
            {
                var w = Str(j);
                if (Lexicon.SmallNumbers.TryGetValue(w, out var small))
                {
                    if (any && current % 100m != 0m && !(current % 10m == 0m && current % 100m >= 20m && small < 10m))
                    {
                        break; // "five six" is not one number
                    }

                    current += small;
                    any = true;
                    last = j;
                    if (small >= 20m && IsDash(j + 1) && Touches(j + 1) && IsWord(j + 2) && Touches(j + 2) && Lexicon.SmallNumbers.TryGetValue(Str(j + 2), out var unit) && unit < 10m && unit > 0m)
                    {
                        current += unit;
                        last = j + 2;
                        j += 3;
                        continue;
                    }
                }
                else if (Lexicon.ScaleWords.TryGetValue(w, out var scale) && !Is(j, "mn") && !Is(j, "bn") && !Is(j, "mln") && !Is(j, "bln") && !Is(j, "tn") && !Is(j, "trn") || (Is(j, "bn") || Is(j, "mn")) && any)
                {
                    if (!any && current == 0m)
                    {
                        break;
                    }

                    var c = current == 0m ? 1m : current;
                    if (scale < 1000m)
                    {
                        current = c * scale;
                    }
                    else
                    {
                        total += c * scale;
                        current = 0m;
                    }

                    scaleText = w;
                    any = true;
                    last = j;
                }
                else if (Is(j, "and") && any && IsWord(j + 1) && Lexicon.SmallNumbers.ContainsKey(Str(j + 1)) && (scaleText is not null))
                {
                    // "a hundred and twenty"
                }
                else
                {
                    break;
                }

                j++;
            }

            if (!any)
            {
                return null;
            }

            var value = total + current;
            return new Amount(first, last, value, scaleText, null, false) { IsWordNumber = true };
        }

        public Amount? ReadDigits(int i, bool money)
        {
            var t = _t[i];
            var value = t.Value;
            var last = i;
            string? scaleText = null;
            var k = i + 1;
            if (IsWord(k) && Touches(k) && Lexicon.AttachedScales.TryGetValue(Str(k), out var attached) && (money || Str(k) != "m" || t.HasFraction || _units.CurrencyAfterIsMoney(k + 1)))
            {
                value *= attached;
                scaleText = Str(k);
                last = k;
                k++;
            }

            while (IsWord(k) && Lexicon.ScaleWords.TryGetValue(Str(k), out var scale) && (scaleText is null || scale > 1000m && Lexicon.ScaleWords.TryGetValue(scaleText, out var previous) && previous < scale))
            {
                try
                {
                    value *= scale;
                }
                catch (OverflowException)
                {
                    return null;
                }

                scaleText = scaleText is null ? Str(k) : scaleText + " " + Str(k);
                last = k;
                k++;
            }

            // "$5 m" written apart in money text
            if (scaleText is null && money && IsExact(k, "m") && !Touches(k) && !IsSym(k + 1, '.'))
            {
                value *= 1_000_000m;
                scaleText = "m";
                last = k;
            }

            // "1/2", "3/4": a fraction
            if (scaleText is null && IsSym(i + 1, '/') && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2) && IsWholeNumber(i) && _t[i + 2].Value > t.Value && _t[i + 2].Value <= 100m)
            {
                value = t.Value / _t[i + 2].Value;
                last = i + 2;
            }

            return new Amount(i, last, value, scaleText, t.Value, false);
        }

        public Amount? ReadAmountAt(int i, bool money)
        {
            if (IsNumber(i))
            {
                return _traps.NumberTrap(i, out _, out _) is null ? ReadDigits(i, money) : null;
            }

            if (IsWord(i) && (Lexicon.SmallNumbers.ContainsKey(Str(i)) || Is(i, "a") && IsWord(i + 1) && Lexicon.ScaleWords.ContainsKey(Str(i + 1))))
            {
                return ReadWords(Is(i, "a") ? i + 1 : i);
            }

            return null;
        }
    }
}
