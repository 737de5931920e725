using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Rate denominators ("per prisoner per day", "a month", "/day", "daily"), counted nouns, and rates said earlier in the sentence ("the daily cost of each prisoner").</summary>
    internal sealed class RateReader : ScannerStage
    {
        /// <summary>Participles that name people counted ("over 200 wounded in the attack"), not a verb after the figure.</summary>
        private static readonly HashSet<string> PeopleByState = new(StringComparer.OrdinalIgnoreCase)
        {
            "wounded", "injured", "killed", "displaced", "unemployed", "insured", "uninsured", "disabled", "infected", "vaccinated",
            "detained", "arrested", "dead",
        };

        /// <summary>The states of <see cref="PeopleByState"/> only people's bodies are in, so a count named by one alone counts persons ("31 dead", "over 200 wounded"; not "30 infected" geese).</summary>
        private static readonly HashSet<string> BodyStates = new(StringComparer.OrdinalIgnoreCase) { "dead", "wounded", "injured", "killed" };

        /// <summary>
        /// Irregular past tenses that are no noun: a figure's verb when right after it and before a stop word, a capital or no
        /// word ("the 7 met on Monday", "Watch 5 sold out"), as "-ed" words are; before a noun they describe it ("40 paid staff",
        /// "40 spent fuel rods").
        /// </summary>
        private static readonly WordSet PastVerbs = new(new[]
        {
            "sold", "met", "fled", "went", "came", "took", "gave", "made", "paid", "kept", "ran", "began", "bought", "brought",
            "fought", "spent", "sent", "told", "said", "knew", "saw", "stood", "sat", "held", "became", "chose", "drove", "flew",
        });

        private readonly UnitReader _units;

        public RateReader(TokenCursor cursor, UnitReader units)
            : base(cursor)
        {
            _units = units;
        }

        /// <summary>Reads the rate denominators and the counted noun after the draft's figures, and divides the unit by the denominators.</summary>
        public void Read(MentionDraft d)
        {
            ReadDenominators(d);
            ReadCountedNoun(d);
        }

        /// <summary>Reads the rate denominators after the draft's figure ("per gallon", "a month"), leaving the unit undivided.</summary>
        public void ReadDenominators(MentionDraft d)
        {
            // Rates: "per prisoner per day", "a month", "/day", "daily".
            while (MayOpenDenominator(d.P))
            {
                // "$6,700 for each displaced person", "40 hours for every worker": "for" before "each" or "every" opens the
                // same denominator as "each" alone.
                if (Is(d.P, "for") && (Is(d.P + 1, "each") || Is(d.P + 1, "every")) && !Is(d.P + 2, "of") && NounEnd(d.P + 2, 3) >= d.P + 2)
                {
                    d.P++;
                }

                if ((Is(d.P, "per") || Is(d.P, "each") || Is(d.P, "every") || (IsSym(d.P, '/') && Touches(d.P) && Touches(d.P + 1))) && !Is(d.P + 1, "cent"))
                {
                    var nounFirst = d.P + 1;
                    var nounLast = NounEnd(nounFirst, 3);
                    if (nounLast < nounFirst)
                    {
                        break;
                    }

                    var head = Str(nounLast);
                    d.Per.Add(Span(nounFirst, nounLast));
                    d.PerUnits.Add(RateReader.DenominatorUnit(head));
                    d.Last = nounLast;
                    d.P = d.Last + 1;
                    continue;
                }

                if (IsArticlePeriod(d.P))
                {
                    d.Per.Add(Str(d.P + 1));
                    d.PerUnits.Add(RateReader.DenominatorUnit(Str(d.P + 1)));
                    d.Last = d.P + 1;
                    d.P = d.Last + 1;
                    continue;
                }

                if (IsArticlePricedThing(d))
                {
                    // "$82 a barrel", "45 cents a share", "£1.52 a litre": a price per one of what follows
                    d.Per.Add(Str(d.P + 1));
                    d.PerUnits.Add(RateReader.DenominatorUnit(Str(d.P + 1)));
                    d.Last = d.P + 1;
                    d.P = d.Last + 1;
                    continue;
                }

                if (May(d.P, WordClass.RateAdverb) && Lexicon.RateAdverbs.TryGetValue(Str(d.P), out var adverb) && d.Unit is not null && d.Per.Count == 0)
                {
                    d.Per.Add(Str(d.P));
                    d.PerUnits.Add(Lexicon.ParseUnit(adverb));
                    d.Last = d.P;
                    d.P = d.Last + 1;
                    continue;
                }

                break;
            }
        }

        /// <summary>
        /// Whether token k may open a rate denominator: "/", or one of the words the loop of <see cref="ReadDenominators"/>
        /// asks for ("for", "per", "each", "every", "a", "an", all of five letters or fewer) or a rate adverb ("daily").
        /// Most tokens after a figure are neither, and are answered here without asking each word in turn.
        /// </summary>
        private bool MayOpenDenominator(int k) => IsWord(k) ? _t[k].Length <= 5 || May(k, WordClass.RateAdverb) : IsSym(k, '/');

        private void ReadCountedNoun(MentionDraft d)
        {
            // The counted noun.
            if (d.Unit is null || d.Amount.IsVague)
            {
                var nounFirst = d.P;
                if (Is(d.P, "of") && (d.Amount.IsVague || d.Amount.ScaleText is not null || d.Amount.IsProportion))
                {
                    nounFirst = d.P + 1;
                }

                if (d.Amount.IsProportion && (Is(nounFirst, "the") || Is(nounFirst, "its") || Is(nounFirst, "their")))
                {
                    nounFirst++; // "half the flats", "a third of its staff"
                }

                if (d.Amount.IsVague && d.Unit is null && _units.UnitAfter(nounFirst, true) is UnitInfo vagueUnit)
                {
                    d.Unit = vagueUnit.Unit;
                    d.UnitText = Span(vagueUnit.First, vagueUnit.Last);
                }
                else
                {
                    var nounLast = NounEnd(nounFirst, 3);
                    if (nounLast < nounFirst && !d.Amount.IsVague && !d.Amount.IsProportion && d.Per.Count == 0 && Is(d.P, "of") && (Is(d.P + 1, "the") || Is(d.P + 1, "its") || Is(d.P + 1, "their"))
                        && IsWholeNumber(d.P + 2) && !(IsWord(d.P + 3) && Touches(d.P + 3)) && NounEnd(d.P + 3, 3) is var partOf && partOf >= d.P + 3)
                    {
                        nounFirst = d.P + 3; // "won 45 of the 120 seats", "12 of its 40 branches": a part of a counted whole counts what the whole counts
                        nounLast = partOf;
                    }

                    if (nounLast < nounFirst && !d.Amount.IsVague && !d.Amount.IsProportion && (Is(d.P, "were") || Is(d.P, "are")) && IsPredicateNoun(d.P + 1))
                    {
                        nounFirst = nounLast = d.P + 1; // "250 were adults and 150 were children": what the count counts
                    }

                    if (nounLast >= nounFirst)
                    {
                        d.Noun = Span(nounFirst, nounLast);
                        // "about 20 new cases a week", "40 boats a day", "45,000 vehicles daily": a count per period, written after its noun.
                        var period = d.Per.Count != 0 ? -1 : IsArticlePeriod(nounLast + 1) ? nounLast + 2
                            : May(nounLast + 1, WordClass.RateAdverb) && Lexicon.RateAdverbs.ContainsKey(Str(nounLast + 1)) ? nounLast + 1 : -1;
                        if (period >= 0)
                        {
                            d.Per.Add(Str(period));
                            d.PerUnits.Add(DenominatorUnit(Str(period)));
                        }

                        // A part of a group of people ("half of the voters", "one in four applicants") is a share of
                        // them, not a number of persons.
                        if (d.Unit is null && !d.Amount.IsProportion && ((May(nounLast, WordClass.PersonNoun) && Lexicon.PersonNouns.Contains(Str(nounLast)))
                            || (nounFirst == nounLast && In(nounLast, BodyStates))))
                        {
                            d.Unit = Unit.Person;
                        }
                    }
                }
            }

            // A cost said to be daily or for each person earlier in the sentence: "the daily cost of each prisoner is $10".
            if (d.Unit is not null && d.Currency is not null)
            {
                ContextRate(d.First, d.Per, d.PerUnits);
            }

            if (d.Unit is not null)
            {
                foreach (var denominator in d.PerUnits)
                {
                    d.Unit = Cursor.Per(d.Unit, denominator);
                }
            }
        }

        /// <summary>Whether token k is "a" or "an" before a rate period that no time adverb follows ("a day", not "a day earlier").</summary>
        private bool IsArticlePeriod(int k) =>
            (Is(k, "a") || Is(k, "an")) && May(k + 1, WordClass.RatePeriod) && Lexicon.RatePeriods.ContainsKey(Str(k + 1)) && !IsTimeAdverb(k + 2);

        /// <summary>
        /// Whether "a" or "an" at the draft's next token opens a price's denominator: an amount of money followed by "a" and
        /// one of <see cref="PricedThings"/> ("$82 a barrel", "45 cents a share"). Only money, and only things sold or paid
        /// by the one: "300 people a barrel" is no rate, "$40m a record" is no price.
        /// </summary>
        private bool IsArticlePricedThing(MentionDraft d) =>
            (Is(d.P, "a") || Is(d.P, "an")) && In(d.P + 1, PricedThings) && !(IsWord(d.P + 2) && Is(d.P + 2, "of")) && IsMoney(d);

        /// <summary>Whether the draft is an amount of money: a currency before it, a unit of the money dimension (as <see cref="Unit.Currency"/> makes), or a minor unit ("cents", "pence").</summary>
        private static bool IsMoney(MentionDraft d) =>
            d.Currency is not null || (d.Unit is { } unit && (unit.Symbol is "{cent}" or "{penny}" || unit.Dimension.Exponents.Any(e => e.Key.StartsWith("money:", StringComparison.Ordinal))));

        /// <summary>What a price is quoted for one of, after "a" or "an" (see <see cref="IsArticlePricedThing"/>).</summary>
        private static readonly HashSet<string> PricedThings = new(StringComparer.OrdinalIgnoreCase)
        {
            "barrel", "share", "gallon", "litre", "liter", "pint", "tonne", "ton", "ounce", "kilo", "kilogram", "kilogramme", "head",
            "person", "ticket", "seat", "dose", "pill", "bottle", "meal", "unit", "piece", "room", "bed", "visit", "vote", "passenger",
            "student", "pupil", "patient", "prisoner", "inmate", "detainee", "household", "family", "mile", "kilometre", "kilometer",
            "loaf", "pack", "packet", "carton", "bag", "box", "can", "cup", "pair", "copy", "acre", "hectare",
        };

        /// <summary>The unit a rate's denominator names: a period ("day", or an adverb, "daily"), a person noun, a unit word, else an opaque unit of the noun.</summary>
        public static Unit DenominatorUnit(string head)
        {
            if (Lexicon.RateAdverbs.TryGetValue(head, out var adverbPeriod))
            {
                return Lexicon.ParseUnit(adverbPeriod);
            }

            if (Lexicon.RatePeriods.TryGetValue(head, out var period))
            {
                return Lexicon.ParseUnit(period);
            }

            if (Lexicon.PersonNouns.Contains(head))
            {
                return Unit.Person;
            }

            if (Lexicon.UnitWords.TryGetValue(head, out var symbol))
            {
                return Lexicon.ParseUnit(symbol);
            }

            var name = head.ToLowerInvariant();
            if (name.EndsWith("s", StringComparison.Ordinal) && name.Length > 3 && !name.EndsWith("ss", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 1);
            }

            return Unit.Opaque(name);
        }

        /// <summary>The last token of a noun phrase of up to <paramref name="max"/> words starting at <paramref name="k"/>; k - 1 when there is none.</summary>
        public int NounEnd(int k, int max)
        {
            var end = k - 1;
            var lastLower = k - 1;
            for (var j = k; j < _n && j < k + max; j++)
            {
                if (!IsWord(j) || (!_t[j].SpaceBefore && (j > k || IsNumber(j - 1))) || Has(j, WordClass.Stop | WordClass.SmallNumber | WordClass.RateAdverb | WordClass.Up | WordClass.Down) || IsMonth(j))
                {
                    break;
                }

                if (j == k && ((EndsWithEd(j) && (!IsWord(j + 1) || (Has(j + 1, WordClass.Stop) && _t[j].Length > 4 && !PeopleByState.Contains(Str(j)))))
                    || (PastVerbs.Contains(_text, _t[j].Start, _t[j].Length) && (!IsWord(j + 1) || Has(j + 1, WordClass.Stop) || IsCapitalised(j + 1)))))
                {
                    break; // "iPhone 17 launched.", "the 300 shipped in May": a verb, not a counted noun
                }

                end = j;
                if (!IsCapitalised(j))
                {
                    lastLower = j;
                    if ((EndsWithS(j) && !(Has(j, WordClass.SingularInS) && IsWord(j + 1) && !Has(j + 1, WordClass.Stop))) || (May(j, WordClass.PersonNoun) && Lexicon.PersonNouns.Contains(Str(j))) || (May(j, WordClass.RatePeriod) && Lexicon.RatePeriods.ContainsKey(Str(j))))
                    {
                        break; // a plural or a known noun ends the phrase: "5,000 ISIS prisoners have"
                    }
                }
            }

            return lastLower;
        }

        /// <summary>
        /// Whether a word naming a cost ("cost", "fee") comes before token <paramref name="first"/> in the part of the
        /// sentence <see cref="ContextRate"/> reads (back to a number, a clause end or 14 tokens): the one thing that lets
        /// it add a rate, asked first so figures with no cost before them skip the rest.
        /// </summary>
        private bool CostBefore(int first)
        {
            for (var j = first - 1; j >= Floor && j >= first - 14 && j >= 0; j--)
            {
                if (EndsContext(j))
                {
                    return false;
                }

                if (Has(j, WordClass.Cost))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether token j ends the part of the sentence a rate said before a figure is read from: a number or a clause end.</summary>
        private bool EndsContext(int j) =>
            IsNumber(j) || IsSym(j, ';') || IsSym(j, '?') || IsSym(j, '!') || (IsSym(j, '.') && !IsWord(j - 1)) || (IsSym(j, '.') && IsWord(j - 1) && _t[j - 1].Length > 3);

        /// <summary>
        /// Whether token j is a plural noun that alone ends its clause after "were"/"are" ("adults." "children and"):
        /// lower case, a known person noun or ending in "s" but not "ss" or "ous" ("homeless", "serious" are adjectives).
        /// </summary>
        private bool IsPredicateNoun(int j)
        {
            if (!IsWord(j) || IsCapitalised(j) || Has(j, WordClass.Stop))
            {
                return false;
            }

            var word = Str(j);
            var plural = (May(j, WordClass.PersonNoun) && Lexicon.PersonNouns.Contains(word))
                || (EndsWithS(j) && word.Length > 3 && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ous", StringComparison.OrdinalIgnoreCase));
            var next = j + 1;
            return plural && (EndsClause(next) || IsSym(next, ':') || IsSym(next, ')') || Is(next, "and") || Is(next, "or") || Is(next, "but") || Is(next, "while"));
        }

        /// <summary>Whether word token j ends in "ed" (as <c>EndsWith("ed", Ordinal)</c>, without cutting a string).</summary>
        private bool EndsWithEd(int j) => _t[j].Length >= 2 && _text[_t[j].End - 2] == 'e' && _text[_t[j].End - 1] == 'd';

        /// <summary>Whether word token j ends in "s" or "S" (as <c>EndsWith("s", OrdinalIgnoreCase)</c>, without cutting a string for ASCII endings).</summary>
        private bool EndsWithS(int j)
        {
            var last = _text[_t[j].End - 1];
            return last == 's' || last == 'S' || (last > '\u007F' && Str(j).EndsWith("s", StringComparison.OrdinalIgnoreCase));
        }

        public void ContextRate(int first, List<string> per, List<Unit> perUnits)
        {
            if (!CostBefore(first))
            {
                return; // nothing in the sentence is a cost, so no rate said earlier applies to the figure
            }

            string? period = null;
            string? periodWord = null;
            string? each = null;
            var sawCost = false;
            for (var j = first - 1; j >= Floor && j >= first - 14 && j >= 0; j--)
            {
                if (EndsContext(j))
                {
                    break;
                }

                if (Has(j, WordClass.Cost))
                {
                    sawCost = true;
                }

                if (May(j, WordClass.RateAdverb) && Lexicon.RateAdverbs.TryGetValue(Str(j), out var p) && period is null)
                {
                    period = p;
                    periodWord = Str(j);
                }

                if ((Is(j, "each") || Is(j, "per")) && each is null)
                {
                    var end = NounEnd(j + 1, 3);
                    while (end > j + 1 && Has(end, WordClass.Cost))
                    {
                        end--; // "each pupil costs": the noun ends before the verb
                    }

                    if (end > j)
                    {
                        each = Str(end);
                    }
                }
            }

            if (!sawCost)
            {
                return;
            }

            // A rate written after the figure wins; the sentence only adds what it does not say ("Each inmate costs $8 a day").
            var writtenPeriods = 0;
            foreach (var word in per)
            {
                writtenPeriods += Lexicon.RatePeriods.ContainsKey(word) || Lexicon.RateAdverbs.ContainsKey(word) ? 1 : 0;
            }

            if (each is not null && per.Count == writtenPeriods)
            {
                per.Insert(0, each);
                perUnits.Insert(0, DenominatorUnit(each));
            }

            if (period is not null && writtenPeriods == 0)
            {
                per.Add(periodWord!);
                perUnits.Add(Lexicon.ParseUnit(period));
            }
        }
    }
}
