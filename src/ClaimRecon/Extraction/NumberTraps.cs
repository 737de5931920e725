using System;
using System.Collections.Generic;
using ClaimRecon.Hedging;

namespace ClaimRecon.Extraction
{
    /// <summary>Numbers that are not quantities: years, dates, times of day, ordinals, identifiers, addresses, phone numbers, set phrases.</summary>
    internal sealed class NumberTraps : ScannerStage
    {
        private readonly UnitReader _units;
        private readonly HedgeReader _hedges;
        private readonly PhoneTrap _phones;

        public NumberTraps(TokenCursor cursor, UnitReader units, HedgeReader hedges, PhoneTrap phones)
            : base(cursor)
        {
            _units = units;
            _hedges = hedges;
            _phones = phones;
        }

        /// <summary>Periods a record is set over ("a 40-year high"), see the record-span trap in <see cref="NumberTrap"/>.</summary>
        private static readonly HashSet<string> RecordSpans = new(StringComparer.OrdinalIgnoreCase) { "year", "month", "week", "day", "decade", "century" };

        /// <summary>What a record span qualifies: "high", "low", "record", "peak"...</summary>
        private static readonly HashSet<string> RecordWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "high", "low", "record", "peak", "best", "worst", "highs", "lows", "highest", "lowest", "trough",
        };

        public RejectionReason? NumberTrap(int i, out int first, out int last)
        {
            var t = _t[i];
            first = i;
            last = i;
            if (t.Digits == 0)
            {
                return RejectionReason.TooLarge;
            }

            // Letters glued before the digits: "m3vx13", "MH17", "FY2024", "G7".
            if (IsWord(i - 1) && Touches(i) && !(_t[i - 1].Length == 3 && May(i - 1, WordClass.IsoCode) && Lexicon.IsoCodes.Contains(Str(i - 1)) && !(IsWord(i - 2) && Touches(i - 1)))
                && !_units.IsCountryAfterDollar(i - 1) && _units.GluedCurrency(i - 1, i) is null)
            {
                first = i - 1;
                last = GlueEnd(i);
                return Is(i - 1, "FY") ? RejectionReason.FiscalYear : RejectionReason.Identifier;
            }

            if (IsSym(i - 1, '#') && Touches(i))
            {
                first = i - 1;
                return RejectionReason.Identifier;
            }

            // The part after a colon of a clock time, a timestamp or a lap time: "10:38:07", "1:42.3".
            if (IsSym(i - 1, ':') && Touches(i) && IsNumber(i - 2) && Touches(i - 1))
            {
                return RejectionReason.TimeOfDay;
            }

            // A lap or race time: "1:42.3", "2:05.31".
            if (IsWholeNumber(i) && WholeValue(i) < 60 && IsSym(i + 1, ':') && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2) && _t[i + 2].HasFraction
                && _t[i + 2].Length >= 4 && _text[_t[i + 2].Start + 2] == '.')
            {
                last = i + 2;
                return RejectionReason.TimeOfDay;
            }

            // A clock time with a time zone: "(0401 GMT)".
            if (IsWholeNumber(i) && t.Digits == 4 && May(i + 1, WordClass.TimeZone) && Lexicon.TimeZones.Contains(Str(i + 1)) && WholeValue(i) % 100 < 60 && WholeValue(i) < 2400)
            {
                last = i + 1;
                return RejectionReason.TimeOfDay;
            }

            // A stock index: "S&P 500", "S P 500", "Stoxx 600", "Nasdaq 100".
            if (IsWholeNumber(i) && !Touches(i) && i - 1 >= Floor
                && ((May(i - 1, WordClass.IndexName) && In(i - 1, Lexicon.IndexNames)) || (IsExact(i - 1, "P") && (IsExact(i - 2, "S") || (IsSym(i - 2, '&') && IsExact(i - 3, "S"))))))
            {
                first = In(i - 1, Lexicon.IndexNames) ? i - 1 : IsExact(i - 2, "S") ? i - 2 : i - 3;
                first = Math.Max(first, Floor);
                return RejectionReason.Identifier;
            }

            // An address: "49 Elm Tree Road", "9 E 71st St", "16-18 Mill Lane".
            if (IsWholeNumber(i) && WholeValue(i) < 100000 && AddressEnd(i) is int street)
            {
                last = street;
                return RejectionReason.Identifier;
            }

            // "COVID-19", "F-16", "Su-35", "G-20"; an acronym's number with a space before the dash: "COVID -19".
            if (IsDash(i - 1) && Touches(i) && IsWord(i - 2) && (Touches(i - 1) || (_t[i - 2].Length >= 3 && IsAllUpper(i - 2) && IsWholeNumber(i) && _units.UnitAfter(i + 1, true) is null)) && IsCapitalised(i - 2) && _t[i - 2].Length <= 5 && !Has(i - 2, WordClass.Stop))
            {
                first = i - 2;
                return RejectionReason.Identifier;
            }

            // Letters glued after the digits ("5.5x10-3" is a power of ten, read with the figure).
            if (IsWord(i + 1) && Touches(i + 1) && !PowerOfTen(i + 1, out _, out _))
            {
                var suffix = Str(i + 1);
                var lower = suffix.Length <= 3 ? suffix.ToLowerInvariant() : suffix;
                if (lower is "st" or "nd" or "rd" or "th")
                {
                    last = i + 1;
                    return RejectionReason.Ordinal;
                }

                if (lower == "s" && t.Digits is 2 or 4 && !t.Grouped)
                {
                    last = i + 1;
                    return RejectionReason.Year;
                }

                if (lower is "am" or "pm" && ValueOf(i) <= 12)
                {
                    last = i + 1;
                    return RejectionReason.TimeOfDay;
                }

                var known = (May(i + 1, WordClass.AttachedScale) && Lexicon.AttachedScales.ContainsKey(suffix)) || (May(i + 1, WordClass.UnitWord) && Lexicon.UnitWords.ContainsKey(suffix))
                    || (May(i + 1, WordClass.ScaleWord) && Lexicon.ScaleWords.ContainsKey(suffix)) || (May(i + 1, WordClass.CurrencyWord) && Lexicon.CurrencyWords.ContainsKey(suffix))
                    || lower is "x" or "mw" or "gw" or "bpd" or "g" or "pc" or "l" or "w" or "sq" || (suffix.Length == 3 && May(i + 1, WordClass.IsoCode) && Lexicon.IsoCodes.Contains(suffix)) || _units.IsMillionCode(i + 1)
                    || (suffix.Length == 1 && _units.IsGluedTemperature(i + 1));
                if (!known || IsNumber(i + 2) && Touches(i + 2))
                {
                    last = GlueEnd(i);
                    return RejectionReason.Identifier;
                }
            }

            // A span a record is measured over: "a 40-year high", "a 12-month low", "a 30-year record". It says how rare the
            // level is, not a quantity of the story (the level is the figure beside it: "a 40-year high of 9.1%").
            if (IsWholeNumber(i) && IsDash(i + 1) && Touches(i + 1) && Touches(i + 2) && In(i + 2, RecordSpans) && IsWord(i + 3) && In(i + 3, RecordWords))
            {
                last = i + 3;
                return RejectionReason.SetPhrase;
            }

            // A postal code named after it: "the 10025 ZIP code", "in the 2000 postcode".
            if (IsWholeNumber(i) && (Is(i + 1, "ZIP") || Is(i + 1, "postcode") || Is(i + 1, "zipcode") || (Is(i + 1, "postal") && Is(i + 2, "code"))))
            {
                last = Is(i + 2, "code") || Is(i + 2, "codes") ? i + 2 : i + 1;
                return RejectionReason.Identifier;
            }

            // "Resolution 2254", "Flight 370", "No. 5", "Section 427".
            var before = IsSym(i - 1, '.') ? i - 2 : i - 1;
            if (IsWholeNumber(i) && May(before, WordClass.IdentifierNoun) && In(before, Lexicon.IdentifierNouns) && (IsCapitalised(before) || In(before, Lexicon.LowercaseIdentifierNouns)) && !(Is(before, "No") && !IsSym(i - 1, '.'))
                && _units.GluedCurrency(before, i) is null)
            {
                first = before;
                return RejectionReason.Identifier;
            }

            // Times of day: "11 a.m.", "14:30", "5 pm", "10 o'clock".
            if (IsWholeNumber(i) && WholeValue(i) <= 24)
            {
                if (IsSym(i + 1, ':') && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2) && _t[i + 2].Length == 2)
                {
                    last = i + 2;
                    if (IsSym(i + 3, ':') && Touches(i + 3) && IsNumber(i + 4) && Touches(i + 4))
                    {
                        last = i + 4;
                    }

                    if (IsTimeSuffix(last + 1, out var end))
                    {
                        last = end;
                    }

                    return RejectionReason.TimeOfDay;
                }

                if (IsTimeSuffix(i + 1, out var suffixEnd))
                {
                    last = suffixEnd;
                    return RejectionReason.TimeOfDay;
                }
            }

            // Slashed numbers: dates, "24/7", "9/11".
            if (IsWholeNumber(i) && IsSym(i + 1, '/') && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2))
            {
                var phrase = Span(i, i + 2);
                if (Lexicon.SlashPhrases.Contains(phrase))
                {
                    last = i + 2;
                    return RejectionReason.SetPhrase;
                }

                if (IsSym(i + 3, '/') && Touches(i + 3) && IsWholeNumber(i + 4) && Touches(i + 4))
                {
                    last = i + 4;
                    return RejectionReason.Date;
                }

                if (_t[i + 2].Digits == 4 || (WholeValue(i) <= 31 && WholeValue(i + 2) <= 31 && WholeValue(i) >= WholeValue(i + 2)))
                {
                    last = i + 2;
                    return RejectionReason.Date;
                }
            }

            // ISO dates "2026-02-07" and fiscal years "2022-23", "2022/23".
            if (IsYearLike(i) && (IsDash(i + 1) || IsSym(i + 1, '/')) && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2))
            {
                var next = _t[i + 2];
                if (next.Length == 2 && IsDash(i + 3) && Touches(i + 3) && IsWholeNumber(i + 4) && Touches(i + 4))
                {
                    last = i + 4;
                    return RejectionReason.Date;
                }

                if ((next.Length == 2 && WholeValue(i + 2) == (WholeValue(i) + 1) % 100) || (next.Length == 4 && WholeValue(i + 2) == WholeValue(i) + 1))
                {
                    last = i + 2;
                    return RejectionReason.FiscalYear;
                }

                if (next.Length == 2 && WholeValue(i + 2) >= 1 && WholeValue(i + 2) <= 12 && IsDash(i + 1))
                {
                    last = i + 2;
                    return RejectionReason.Date; // "1995-01": a year and a month
                }
            }

            // A score: "ended 2-2", "a 9-2 lead", "beat them 2-3" (a vote, "voted 28-8", is two counts); "50-50" is a set phrase.
            if (IsScore(i, out var scoreLast))
            {
                last = scoreLast;
                return WholeValue(i) == 50 && WholeValue(i + 2) == 50 ? RejectionReason.SetPhrase : RejectionReason.Score;
            }

            // A count that names a kind of thing, not an amount of it: "a six-speed gearbox", "a four-door car", "a 4-cylinder engine".
            if (IsDash(i + 1) && Touches(i + 1) && Touches(i + 2) && In(i + 2, Lexicon.DescriptorNouns) && IsWholeNumber(i) && WholeValue(i) <= 20)
            {
                last = i + 2;
                return RejectionReason.SetPhrase;
            }

            // A model named after its number: "the 737 Max", "iPhone 11 Pro", "the 787 Dreamliner".
            if (IsWholeNumber(i) && !Touches(i + 1) && IsCapitalised(i + 1) && In(i + 1, Lexicon.ModelSuffixes) && !_units.HasCountAfter(i))
            {
                last = i + 1;
                return RejectionReason.Identifier;
            }

            // Telephone numbers.
            if (_phones.IsPhone(i, out var phoneFirst, out var phoneLast))
            {
                first = phoneFirst;
                last = phoneLast;
                return RejectionReason.PhoneNumber;
            }

            // Days of months: "Feb. 7", "February 7, 2026", "7 February".
            if (IsWholeNumber(i) && WholeValue(i) >= 1 && WholeValue(i) <= 31 && t.Digits <= 2)
            {
                var m = IsSym(i - 1, '.') || ((IsSym(i - 1, '/') || IsDash(i - 1)) && Touches(i - 1)) ? i - 2 : i - 1;
                var lastDay = IsDash(i + 1) && Touches(i + 1) && IsWholeNumber(i + 2) && Touches(i + 2) && _t[i + 2].Digits <= 2 && WholeValue(i + 2) > WholeValue(i) && WholeValue(i + 2) <= 31 ? i + 2 : i;
                if (IsMonth(m))
                {
                    first = m;
                    last = YearAfterDate(lastDay); // "Sept. 20-24": the span of days too
                    return RejectionReason.Date;
                }

                if (lastDay > i && IsMonth(lastDay + 1))
                {
                    last = YearAfterDate(lastDay + 1); // "20-24 September"
                    return RejectionReason.Date;
                }

                var after = Is(i + 1, "of") ? i + 2 : i + 1;
                if (IsMonth(after))
                {
                    last = YearAfterDate(after);
                    return RejectionReason.Date;
                }
            }

            // Years: a four-digit whole number from 1000 to 2199 with nothing counted after it.
            if (IsYearLike(i) && !RangeToCount(i) && !TotalOf(i) && !_units.HasCountAfter(i) && _units.CurrencyBefore(i, out _, out _) is null && _hedges.SymbolHedgeEndingAt(i - 1) is null
                && !(_hedges.HedgeEndingAt(i - 1) is (Hedge.MoreThan or Hedge.FewerThan or Hedge.AtLeast or Hedge.AtMost, _)))
            {
                if (IsMonth(i - 1) || (IsSym(i - 1, ',') && IsWholeNumber(i - 2)))
                {
                    // "in February 2026", "Feb. 7, 2026" (a date whose day was read separately)
                    return RejectionReason.Date;
                }

                return RejectionReason.Year;
            }

            return null;
        }

        /// <summary>Whether a range from year-like figure i runs to a count ("1990 to 2500 people", "2000-2010 tonnes"), so i is no year.</summary>
        private bool RangeToCount(int i) =>
            (IsDash(i + 1) || Is(i + 1, "to") || Is(i + 1, "and")) && IsNumber(i + 2) && (ValueOf(i + 2) > 2199m || (IsYearLike(i + 2) && _units.HasCountAfter(i + 2)));

        /// <summary>Whether figure i follows "average of", "total of" and the like ("a total of 2000"), so it is no year.</summary>
        private bool TotalOf(int i) =>
            Is(i - 1, "of") && (Is(i - 2, "average") || Is(i - 2, "total") || Is(i - 2, "maximum") || Is(i - 2, "minimum") || Is(i - 2, "sum"));

        /// <summary>
        /// Whether whole number i starts a score "N-M" (both at most 200, the dash against both): a second number not above
        /// the first cannot close a range ("2-2", "9-2"); an ascending pair is a score only after a word of a contest
        /// ("beat", "lead", "won"). Neither when a unit or count follows ("2-3 days" is a range) nor for a vote ("voted 28-8",
        /// "a 5-4 vote"): its numbers are counts of votes.
        /// </summary>
        private bool IsScore(int i, out int last)
        {
            last = i + 2;
            if (!IsWholeNumber(i) || !IsDash(i + 1) || IsSym(i + 1, '~') || !Touches(i + 1) || !IsWholeNumber(i + 2) || !Touches(i + 2)
                || WholeValue(i) > 200 || WholeValue(i + 2) > 200 || _t[i].Digits > 3 || _t[i + 2].Digits > 3
                || (IsDash(i - 1) && Touches(i)) || (IsDash(i + 3) && Touches(i + 3)) || IsSym(i + 3, '%') || _units.HasCountAfter(i + 2)
                || _units.CurrencyBefore(i, out _, out _) is not null || IsMonth(i - 1) || (IsSym(i - 1, '.') && IsMonth(i - 2))
                || Is(i + 3, "vote") || Is(i + 3, "votes") || Is(i + 3, "majority") || Is(i + 3, "decision") || Is(i + 3, "ruling") || Is(i + 3, "verdict") || Is(i + 3, "split"))
            {
                return false;
            }

            var contest = false;
            for (var j = i - 1; j >= Floor && j >= i - 4 && j >= 0; j--)
            {
                if (Is(j, "vote") || Is(j, "voted") || Is(j, "votes") || Is(j, "passed") || Is(j, "approved") || Is(j, "rejected"))
                {
                    return false; // "voted 28-8": a tally of votes, two counts worth checking
                }

                contest |= In(j, Lexicon.ContestWords);
            }

            return contest || WholeValue(i + 2) <= WholeValue(i);
        }

        /// <summary>The street word's token when a house number at i starts an address of up to four capitalised words; null otherwise.</summary>
        public int? AddressEnd(int i)
        {
            var j = i + 1;
            if (IsDash(j) && Touches(j) && IsWholeNumber(j + 1) && Touches(j + 1))
            {
                j += 2;
            }

            for (var words = 0; words < 4 && j < _n; words++)
            {
                if (IsNumber(j) && IsWord(j + 1) && Touches(j + 1) && (Is(j + 1, "st") || Is(j + 1, "nd") || Is(j + 1, "rd") || Is(j + 1, "th")))
                {
                    j += 2; // "71st"
                    continue;
                }

                if (!IsWord(j) || !IsCapitalised(j) || Has(j, WordClass.Stop) || IsMonth(j))
                {
                    return null;
                }

                if (May(j, WordClass.StreetWord) && Lexicon.StreetWords.Contains(Str(j)) && words > 0 || (May(j, WordClass.StreetWord) && Lexicon.StreetWords.Contains(Str(j)) && IsWord(j + 1) && IsCapitalised(j + 1) && (Is(j, "Ave") || Is(j, "Rue"))))
                {
                    return j;
                }

                j++;
            }

            return null;
        }

        public int YearAfterDate(int dayToken)
        {
            if (IsSym(dayToken + 1, ',') && IsYearLike(dayToken + 2))
            {
                return dayToken + 2;
            }

            return IsYearLike(dayToken + 1) ? dayToken + 1 : dayToken;
        }

        public bool IsTimeSuffix(int i, out int end)
        {
            end = i;
            if (!IsWord(i) || _t[i].Length is > 3 and not 7)
            {
                return false; // every suffix below is a word of one to three letters, or "o'clock"
            }

            if (Is(i, "a") || Is(i, "p"))
            {
                // "a.m." / "p.m."
                if (IsSym(i + 1, '.') && Is(i + 2, "m"))
                {
                    end = IsSym(i + 3, '.') ? i + 3 : i + 2;
                    return true;
                }

                return false;
            }

            if (Is(i, "am") || Is(i, "pm") || Is(i, "GMT") || Is(i, "UTC") || Is(i, "EST") || Is(i, "EDT") || Is(i, "PST") || Is(i, "CET"))
            {
                return true;
            }

            if (Is(i, "o") && Tokenizer.IsApostrophe(_text[_t[i].End < _text.Length ? _t[i].End : _t[i].Start]) && Is(i + 2, "clock"))
            {
                end = i + 2;
                return true;
            }

            if (Is(i, "o'clock") || Is(i, "o\u2019clock"))
            {
                return true;
            }

            return false;
        }
    }
}
