using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>Figures: digits with their scale ("2.1 million", "5k", "1/2"), number words ("twenty-five", "half a million") and vague amounts ("dozens", "tens of thousands").</summary>
    internal sealed partial class NumberReader : ScannerStage
    {
        private readonly NumberTraps _traps;
        private readonly UnitReader _units;
        private readonly ProportionReader _proportions;

        public NumberReader(TokenCursor cursor, NumberTraps traps, UnitReader units)
            : base(cursor)
        {
            _traps = traps;
            _units = units;
            _proportions = new ProportionReader(cursor);
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
            if (Is(i - 2, "half") && Is(i - 1, "a") && May(i, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 2 >= Floor)
            {
                first = i - 2;
                current = 0.5m;
            }
            else if ((Is(i - 1, "a") || Is(i - 1, "an")) && May(i, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i)) && i - 1 >= Floor)
            {
                first = i - 1;
                current = 1m;
            }

            var last = i - 1;
            decimal lastBig = 0m; // the last scale of a thousand or more applied ("two million three thousand")
            var sinceScale = false; // whether small numbers were read since the last scale word
            var scales = 0;
            var lastScale = 1m;
            var savedCurrent = current;
            var savedLast = last;
            while (j < _n && IsWord(j))
            {
                if (May(j, WordClass.SmallNumber) && Lexicon.SmallNumbers.TryGetValue(Str(j), out var small))
                {
                    if (any && current % 100m != 0m && !(current % 10m == 0m && current % 100m >= 20m && small < 10m))
                    {
                        break; // "five six" is not one number
                    }

                    if (!sinceScale)
                    {
                        // Where to end if a scale word follows that cannot take these small numbers ("one hundred | one hundred").
                        sinceScale = true;
                        savedCurrent = current;
                        savedLast = last;
                    }

                    current += small;
                    any = true;
                    last = j;
                    if (small >= 20m && IsDash(j + 1) && Touches(j + 1) && Touches(j + 2) && May(j + 2, WordClass.SmallNumber) && Lexicon.SmallNumbers.TryGetValue(Str(j + 2), out var unit) && unit < 10m && unit > 0m)
                    {
                        current += unit;
                        last = j + 2;
                        j += 3;
                        continue;
                    }
                }
                else if (TryScaleWord(j, out var scale) && !Is(j, "mn") && !Is(j, "bn") && !Is(j, "mln") && !Is(j, "bln") && !Is(j, "tn") && !Is(j, "trn") || (Is(j, "bn") || Is(j, "mn")) && any)
                {
                    if (!any && current == 0m)
                    {
                        break;
                    }

                    if (!ApplyScale(scale, ref total, ref current, ref lastBig))
                    {
                        // A second number starts here: "one hundred one hundred", "two million three million".
                        if (sinceScale)
                        {
                            current = savedCurrent;
                            last = savedLast;
                        }

                        break;
                    }

                    sinceScale = false;
                    scales++;
                    lastScale = scale;
                    scaleText = Str(j);
                    any = true;
                    last = j;
                }
                else if (Is(j, "and") && any && scales == 0 && current is > 0m and < 100m && current % 1m == 0m && Is(j + 1, "a") && Is(j + 2, "half") && !IsDash(j + 3)
                    && (!TryScaleWord(j + 3, out var halved) || halved >= 1000m))
                {
                    // A mixed number: "one and a half hours", "two and a half million" (the half belongs to the number the scale multiplies)
                    current += 0.5m;
                    last = j + 2;
                    j += 2;
                }
                else if (Is(j, "and") && any && May(j + 1, WordClass.SmallNumber) && Lexicon.SmallNumbers.ContainsKey(Str(j + 1)) && (scaleText is not null))
                {
                    // "a hundred and twenty"
                }
                else if (Is(j, "point") && any && scales == 0 && current < 100m && !OpensAtOnePoint(first) && SpokenDigits(j + 1, out var fraction, out var fractionLast))
                {
                    // "three point five", "one point two five": a decimal spoken digit by digit; a scale may follow ("two point
                    // five million"). Not after a clause-opening "at": "At one point five people left" is the idiom "at one point".
                    current += fraction;
                    last = fractionLast;
                    j = fractionLast;
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

            if (last < first)
            {
                return null;
            }

            var value = total + current;
            if (scales == 1 && scaleText is not null && Is(last, scaleText) && lastScale >= 1000m)
            {
                // "five thousand": the scale can also apply to a bare first end ("four to five thousand")
                return new Amount(first, last, value, scaleText, value / lastScale, false) { IsWordNumber = true, Factor = lastScale };
            }

            return new Amount(first, last, value, scaleText, null, false) { IsWordNumber = true };
        }

        /// <summary>
        /// Applies a scale word to the number read so far: "hundred" multiplies the part under a hundred, a larger scale
        /// closes a group ("two million three thousand") or, right after another scale, multiplies it ("a thousand million").
        /// False when the scale cannot belong to this number (a second "hundred" after "one hundred one", a "million" after
        /// "two million three") or the value would leave the decimal range.
        /// </summary>
        private static bool ApplyScale(decimal scale, ref decimal total, ref decimal current, ref decimal lastBig)
        {
            var c = current == 0m ? 1m : current;
            if (scale < 1000m)
            {
                if (current >= 100m || !TryMultiply(c, scale, out var hundreds))
                {
                    return false;
                }

                current = hundreds;
            }
            else if (current == 0m && total > 0m)
            {
                if (!TryMultiply(total, scale, out var compound))
                {
                    return false;
                }

                total = compound;
                lastBig = scale;
            }
            else
            {
                if ((lastBig != 0m && scale >= lastBig) || !TryMultiply(c, scale, out var group) || total > decimal.MaxValue - group)
                {
                    return false;
                }

                total += group;
                current = 0m;
                lastBig = scale;
            }

            return true;
        }

        /// <summary>
        /// Whether token k, right after "45m", is a plural that is counted and never measured in metres ("45m people",
        /// "3m visitors", "12m barrels"), so "m" is million. Things that can be metres tall or long ("8m waves", "30m trees")
        /// are not in the list: there "m" stays metres.
        /// </summary>
        private bool IsCountedAfterMillion(int k) =>
            IsWord(k) && !Touches(k) && ((In(k, Lexicon.PersonNouns) && !Is(k, "head") && !Is(k, "capita")) || In(k, CountedNotMeasured));

        /// <summary>Plurals of things news counts in millions that no one measures in metres (see <see cref="IsCountedAfterMillion"/>).</summary>
        private static readonly HashSet<string> CountedNotMeasured = new(StringComparer.OrdinalIgnoreCase)
        {
            "visitors", "viewers", "subscribers", "followers", "readers", "listeners", "fans", "pupils", "households", "homes", "jobs",
            "barrels", "tonnes", "tons", "vehicles", "cars", "copies", "downloads", "shares", "votes", "tickets", "doses", "cases",
            "deaths", "accounts", "devices", "phones", "smartphones", "subscriptions", "visits", "trips", "journeys", "flights",
            "meals", "vaccinations", "tests", "applications", "claims", "calls", "messages", "signatures",
        };

        /// <summary>"of its", "of the", "of their" after "35m": a number of things owned or counted, so "m" is million, not metres.</summary>
        private bool IsShareOf(int k) => Is(k, "of") && (Is(k + 1, "its") || Is(k + 1, "the") || Is(k + 1, "their") || Is(k + 1, "our"));

        /// <summary>Whether "at" opens the clause just before token first ("At one point ...", "; at one point ..."), the idiom, not a figure "at one point two".</summary>
        private bool OpensAtOnePoint(int first) =>
            Is(first - 1, "at") && (first - 1 == 0 || IsCapitalised(first - 1) || EndsClause(first - 2) || IsSym(first - 2, ':') || IsSym(first - 2, '"'));

        /// <summary>The digits spoken from token k on ("five", "two five"), each a word from zero to nine, as a fraction (0.5, 0.25).</summary>
        private bool SpokenDigits(int k, out decimal fraction, out int last)
        {
            fraction = 0m;
            last = k - 1;
            var place = 0.1m;
            while (place >= 0.000001m && May(k, WordClass.SmallNumber) && Lexicon.SmallNumbers.TryGetValue(Str(k), out var digit) && digit < 10m && _t[k].SpaceBefore)
            {
                fraction += digit * place;
                place /= 10m;
                last = k;
                k++;
            }

            return last >= k - 1 && place < 0.1m;
        }

        public Amount? ReadDigits(int i, bool money)
        {
            var t = _t[i];
            var value = ValueOf(i);
            var factor = 1m;
            var last = i;
            string? scaleText = null;
            var k = i + 1;
            if (Touches(k) && May(k, WordClass.AttachedScale) && Lexicon.AttachedScales.TryGetValue(Str(k), out var attached) && (money || Str(k) != "m" || t.HasFraction || _units.CurrencyAfterIsMoney(k + 1) || IsShareOf(k + 1) || IsCountedAfterMillion(k + 1)) && !IsDimensionAdjectiveAfter(k))
            {
                factor = attached;
                scaleText = Str(k);
                last = k;
                k++;
            }

            while (May(k, WordClass.ScaleWord) && Lexicon.ScaleWords.TryGetValue(Str(k), out var scale) && (scaleText is null || scale > 1000m && Lexicon.ScaleWords.TryGetValue(scaleText, out var previous) && previous < scale))
            {
                factor *= scale; // at most 1e12 * 1e12: no overflow
                scaleText = scaleText is null ? Str(k) : scaleText + " " + Str(k);
                last = k;
                k++;
            }

            // "8 B people", "$3 B": a capital B written apart for billion, before money or a counted plural
            if (scaleText is null && IsExact(k, "B") && !Touches(k)
                && (money || (IsWord(k + 1) && !IsCapitalised(k + 1) && ((May(k + 1, WordClass.PersonNoun) && Lexicon.PersonNouns.Contains(Str(k + 1))) || _units.CurrencyAfterIsMoney(k + 1)))))
            {
                factor = 1_000_000_000m;
                scaleText = "B";
                last = k;
                k++;
            }

            // "$5 m" written apart in money text
            if (scaleText is null && money && IsExact(k, "m") && !Touches(k) && !IsSym(k + 1, '.'))
            {
                factor = 1_000_000m;
                scaleText = "m";
                last = k;
            }

            // "2.998×10−8", "6.02 x 10^23": a power of ten
            if (scaleText is null && PowerOfTen(i + 1, out var exponent, out var powerLast))
            {
                if (exponent is > 28 or < -28)
                {
                    return null; // past what a decimal holds either way ("1.6×10−35")
                }

                var power = 1m;
                for (var e = Math.Abs(exponent); e > 0; e--)
                {
                    power *= 10m;
                }

                factor = exponent < 0 ? 1m / power : power;
                scaleText = Span(i + 1, powerLast);
                last = powerLast;
                if (exponent < 0 && value != 0m && value * factor == 0m)
                {
                    return null; // below the smallest figure a decimal holds
                }
            }

            // Most figures have no scale: multiplying by one would leave the value as it is, digits and scale alike.
            if (scaleText is not null && !TryMultiply(value, factor, out value))
            {
                return null; // "99999999999999999 tn": more than a decimal holds
            }

            // "1/2", "3/4": a fraction
            var fractionSlash = IsSym(i + 1, '\u2044');
            if (scaleText is null && (IsSym(i + 1, '/') || fractionSlash) && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2) && IsWholeNumber(i) && ValueOf(i + 2) > ValueOf(i)
                && ValueOf(i + 2) <= (fractionSlash ? 1000m : 100m))
            {
                value = ValueOf(i) / ValueOf(i + 2);
                last = i + 2;
            }

            return new Amount(i, last, value, scaleText, ValueOf(i), false) { Factor = factor };
        }

        public Amount? ReadAmountAt(int i, bool money)
        {
            if (IsWord(i) && (_proportions.ReadFraction(i) ?? ((Is(i, "a") || Is(i, "an")) ? _proportions.ReadFraction(i + 1) : null)) is Amount fraction && fraction.First == i)
            {
                return fraction; // "below a half", "to two-thirds"
            }

            if (IsNumber(i))
            {
                return _traps.NumberTrap(i, out _, out _) is null ? ReadDigits(i, money) : null;
            }

            if (IsWord(i) && ((May(i, WordClass.SmallNumber) && Lexicon.SmallNumbers.ContainsKey(Str(i))) || Is(i, "a") && May(i + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(Str(i + 1))))
            {
                return ReadWords(Is(i, "a") ? i + 1 : i);
            }

            return null;
        }
    }
}
