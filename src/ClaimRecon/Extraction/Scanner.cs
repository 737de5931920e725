using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>
    /// One left-to-right pass over the tokens of one text. Each number or number word is first checked by the traps
    /// (<see cref="NumberTraps"/>: years, dates, identifiers, ...), then read as a figure (<see cref="NumberReader"/>), then
    /// built into a mention (<see cref="MentionAssembler"/>), which asks the unit, hedge, range, rate and change stages in
    /// turn. All stages share one <see cref="TokenCursor"/>. Not thread-safe; one instance per call.
    /// </summary>
    internal sealed class Scanner : ScannerStage
    {
        private readonly HedgeReader _hedges;
        private readonly UnitReader _units;
        private readonly NumberTraps _traps;
        private readonly NumberReader _numbers;
        private readonly MentionAssembler _assembler;
        private readonly ProportionReader _proportions;

        public Scanner(string text)
            : this(new TokenCursor(text))
        {
        }

        private Scanner(TokenCursor cursor)
            : base(cursor)
        {
            _hedges = new HedgeReader(cursor);
            _units = new UnitReader(cursor, _hedges);
            _traps = new NumberTraps(cursor, _units, _hedges, new PhoneTrap(cursor, _units));
            _numbers = new NumberReader(cursor, _traps, _units);
            _assembler = new MentionAssembler(cursor, _units, _hedges, _numbers);
            _proportions = new ProportionReader(cursor);
        }

        public IReadOnlyList<NumericMention> Mentions => Cursor.Mentions;

        public IReadOnlyList<RejectedNumber> Rejections => Cursor.Rejections;

        /// <summary>Gives the token table back to its pool; the scanner may not run again.</summary>
        public void Release() => Cursor.Release();

        public void Run()
        {
            var i = 0;
            while (i < _n)
            {
                var t = _t[i];
                int next;
                if (t.Kind == TokenKind.Number)
                {
                    next = HandleNumber(i);
                }
                else if (t.Kind == TokenKind.Word && t.Length >= 3 && WordClasses.MayBeCore(_text, t.Start, t.Length) && Has(i, WordClass.Core))
                {
                    next = HandleWord(i);
                }
                else
                {
                    next = i + 1;
                }

                i = Math.Max(next, i + 1);
            }
        }

        private int HandleNumber(int i)
        {
            var trap = _traps.NumberTrap(i, out var first, out var last);
            if (trap is RejectionReason reason)
            {
                Reject(Math.Max(first, Floor), last, reason);
                return last + 1;
            }

            if ((_proportions.ReadRatio(i) ?? _proportions.ReadFold(i)) is Amount proportion)
            {
                return _assembler.Complete(proportion); // "1 in 4", "3-fold"
            }

            var amount = _numbers.ReadDigits(i, _units.CurrencyBefore(i, out _, out _) is not null);
            if (amount is null)
            {
                // its scale takes it past what a decimal holds, or its power of ten below the smallest ("1.6×10−35")
                var end = PowerOfTen(i + 1, out _, out var powerLast) ? powerLast : GlueEnd(i);
                Reject(i, end, RejectionReason.TooLarge);
                return end + 1;
            }

            return _assembler.Complete(amount.Value);
        }

        private int HandleWord(int i)
        {
            if ((_proportions.ReadFraction(i) ?? _proportions.ReadRatio(i) ?? _proportions.ReadFold(i) ?? _proportions.ReadTimesWord(i)) is Amount proportion)
            {
                return _assembler.Complete(proportion); // "a third of", "one in four", "fivefold", "twice as many as"
            }

            if (May(i, WordClass.OrdinalWord) && In(i, Lexicon.OrdinalWords))
            {
                Reject(i, i, RejectionReason.Ordinal);
                return i + 1;
            }

            if (Is(i, "one"))
            {
                if (Is(i + 1, "of"))
                {
                    var last = Is(i + 2, "the") || Is(i + 2, "its") || Is(i + 2, "their") || Is(i + 2, "his") || Is(i + 2, "her") || Is(i + 2, "our") || Is(i + 2, "them") || Is(i + 2, "us") ? i + 2 : i + 1;
                    Reject(i, last, RejectionReason.PronounOne);
                    return last + 1;
                }

                if (Is(i - 1, "no") || Is(i - 1, "the") || Is(i - 1, "any") || Is(i - 1, "every") || Is(i - 1, "each") || Is(i - 1, "this")
                    || Is(i - 1, "that") || Is(i - 1, "which") || Is(i + 1, "another") || Is(i - 1, "someone") || Is(i + 1, "day") && IsCapitalised(i))
                {
                    var first = Is(i - 1, "no") || Is(i - 1, "the") || Is(i - 1, "any") || Is(i - 1, "every") || Is(i - 1, "each") || Is(i - 1, "this") || Is(i - 1, "that") || Is(i - 1, "which") ? i - 1 : i;
                    var last = Is(i + 1, "another") ? i + 1 : i;
                    Reject(Math.Max(first, Floor), last, RejectionReason.PronounOne);
                    return last + 1;
                }

                if (IsDash(i + 1) && Touches(i + 1) && IsWord(i + 2) && (Is(i + 2, "third") || Is(i + 2, "quarter") || Is(i + 2, "half") || Is(i + 2, "fifth") || Is(i + 2, "off") || Is(i + 2, "sided") || Is(i + 2, "time") || Is(i + 2, "way") || Is(i + 2, "on")))
                {
                    return i + 3;
                }
            }

            var vague = _numbers.ReadVague(i);
            if (vague is not null)
            {
                return _assembler.Complete(vague.Value);
            }

            if (Is(i, "tens") || Is(i, "few") || Is(i, "several") || Is(i, "dozens") || (May(i, WordClass.VagueScale) && Lexicon.VagueScales.ContainsKey(Str(i))))
            {
                return i + 1;
            }

            var amount = _numbers.ReadWords(i);
            if (amount is not Amount words)
            {
                return i + 1;
            }

            // "twenty-fifth", "one hundred twenty second", "three trillionth": ordinals written in words.
            var after = IsDash(words.Last + 1) && Touches(words.Last + 1) ? words.Last + 2 : words.Last + 1;
            if ((May(after, WordClass.OrdinalWord) && In(after, Lexicon.OrdinalWords)) || (Is(after, "second") && words.Value % 100m >= 20m && words.Value % 10m == 0m) || (May(after, WordClass.OrdinalWord) && Str(after).EndsWith("th", StringComparison.OrdinalIgnoreCase) && Lexicon.OrdinalWords.Contains(Str(after))))
            {
                Reject(Math.Max(words.First, Floor), after, RejectionReason.Ordinal);
                return after + 1;
            }

            // "a six-speed gearbox", "a four-door car": a kind of thing, not an amount
            if (IsDash(words.Last + 1) && Touches(words.Last + 1) && Touches(words.Last + 2) && In(words.Last + 2, Lexicon.DescriptorNouns) && words.ScaleText is null)
            {
                Reject(Math.Max(words.First, Floor), words.Last + 2, RejectionReason.SetPhrase);
                return words.Last + 3;
            }

            // "one" with nothing counted after it is a pronoun: "the next one", "the last one."
            if (Is(i, "one") && words.First == i && words.Last == i && _hedges.HedgeEndingAt(i - 1) is null
                && ((!IsWord(i + 1) && !IsSym(i + 1, '%') && !IsDash(i + 1) && !IsNumber(i + 1)) || In(i - 1, Lexicon.OneDeterminers) || Is(i + 1, "who") || Is(i + 1, "that") || Is(i + 1, "which")))
            {
                Reject(i, i, RejectionReason.PronounOne);
                return i + 1;
            }

            return _assembler.Complete(words);
        }
    }
}
