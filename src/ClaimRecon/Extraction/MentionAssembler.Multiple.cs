using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>Multiples around a figure: "fivefold", "3 times", "twice as many as the 120" (see <see cref="MentionAssembler"/>).</summary>
    internal sealed partial class MentionAssembler
    {
        private static readonly Unit Times = Unit.Opaque("times");

        /// <summary>
        /// A multiple: "fivefold" and "3 times" have the unit times; "a fivefold rise" is a change by that factor; "three
        /// times as many as the 120" is the figure 360, with the 120 it multiplies as <see cref="MentionDraft.Prior"/>.
        /// </summary>
        private void ReadMultiple(MentionDraft d)
        {
            if (d.Amount.IsMultiple)
            {
                d.Unit ??= Times;
                d.UnitText ??= Str(d.Amount.Last);
                var up = Is(d.P, "rise") || Is(d.P, "increase") || Is(d.P, "jump") || Is(d.P, "surge") || Is(d.P, "growth") || Is(d.P, "gain");
                var down = Is(d.P, "drop") || Is(d.P, "fall") || Is(d.P, "decline") || Is(d.P, "decrease") || Is(d.P, "reduction") || Is(d.P, "cut");
                if (up || down)
                {
                    d.Change = up ? ChangeDirection.Up : ChangeDirection.Down;
                    d.IsAmount = true;
                }

                return;
            }

            // "twice as many as" reads as "two times as many as": the adverb is the figure and its "times" at once
            var times = d.Amount.IsTimesWord ? d.Amount.Last : d.P;
            var next = times + 1;
            if (d.Unit is not null || d.Amount.IsVague || d.Amount.IsProportion || (!d.Amount.IsTimesWord && !Is(d.P, "times"))
                || Is(next, "a") || Is(next, "an") || Is(next, "per") || Is(next, "each") || Is(next, "every") || Has(next, WordClass.RateAdverb))
            {
                return; // "three times a day" is a count of times, read elsewhere as a rate
            }

            d.Unit = Times;
            d.UnitText = Str(times);
            d.Last = times;
            d.P = d.Last + 1;
            var k = next;
            if (Is(k, "as") && (Is(k + 1, "many") || Is(k + 1, "much")))
            {
                // "as many as", "as many visitors as"
                k += 2;
                for (var words = 0; words < 2 && IsWord(k) && !Is(k, "as") && !Has(k, WordClass.Stop); words++)
                {
                    k++;
                }

                if (!Is(k, "as"))
                {
                    return;
                }

                k++;
            }
            else if ((Is(k, "more") || Is(k, "higher") || Is(k, "larger") || Is(k, "greater") || Is(k, "bigger")) && Is(k + 1, "than"))
            {
                k += 2;
            }
            else if (Is(k, "as") && IsWord(k + 1) && !Has(k + 1, WordClass.Stop) && Is(k + 2, "as"))
            {
                k += 3; // "twice as high as", "three times as large as"
            }
            else
            {
                return;
            }

            k = Is(k, "the") ? k + 1 : k;
            var number = IsNumber(k) ? k : k + 1;
            var code = number == k + 1 && IsNumber(number) ? _units.CurrencyBefore(number, out _, out _) : null;
            if ((number == k || code is not null) && _numbers.ReadAmountAt(number, code is not null) is Amount other && !other.IsVague
                && TryMultiply(d.Low, other.Value, out var product))
            {
                d.Prior = other.Value;
                d.Low = product;
                d.RawLow = product;
                d.Last = other.Last;
                d.P = d.Last + 1;
                d.Unit = code is null ? null : UnitReader.CurrencyUnit(code);
                d.UnitText = code;
                if (d.Unit is null && _units.UnitAfter(d.P, true) is UnitInfo unit)
                {
                    d.Unit = unit.Unit;
                    d.UnitText = Span(unit.First, unit.Last);
                    d.Last = unit.Last;
                    d.P = d.Last + 1;
                }
            }
        }
    }
}
