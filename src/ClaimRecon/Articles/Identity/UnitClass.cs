using System;
using ClaimRecon.Extraction;
using ClaimRecon.Units;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>What a mention's unit says about the quantity's kind of value.</summary>
    internal enum UnitClass
    {
        Count,
        Money,
        Percent,
        Length,
        Other,
    }

    internal static class UnitClasses
    {
        public static UnitClass Of(NumericMention mention)
        {
            var unit = mention.Unit;
            if (unit is null && mention.IsProportion)
            {
                return UnitClass.Percent; // "half of the staff", "one in four applicants": a share, written as a fraction
            }

            if (unit is null)
            {
                return mention.CountedNoun is null ? UnitClass.Other : UnitClass.Count;
            }

            if (unit.Symbol == "%" || unit.Symbol == "pp")
            {
                return UnitClass.Percent;
            }

            var money = false;
            var length = 0;
            var person = 0;
            var others = 0;
            foreach (var e in unit.Dimension.Exponents)
            {
                if (e.Key.StartsWith("money:", StringComparison.Ordinal) && e.Value == 1)
                {
                    money = true;
                }
                else if (e.Key == "length")
                {
                    length = e.Value;
                }
                else if (e.Key == "person")
                {
                    person = e.Value;
                }
                else if (e.Value > 0)
                {
                    others++;
                }
            }

            if (money)
            {
                return UnitClass.Money;
            }

            if (length == 1 && person == 0 && others == 0)
            {
                return UnitClass.Length;
            }

            return person == 1 && others == 0 && length == 0 ? UnitClass.Count : UnitClass.Other;
        }

        /// <summary>Gets the per-parts of a unit's symbol, persons first ("USD/day/person" gives "per-person-per-day").</summary>
        public static string PerParts(Unit unit)
        {
            var parts = unit.Symbol.Split('/');
            var text = string.Empty;
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 1; i < parts.Length; i++)
                {
                    var isPerson = parts[i] == "person";
                    if (isPerson == (pass == 0))
                    {
                        text += "-per-" + parts[i];
                    }
                }
            }

            return text;
        }

        public static bool HasPeriod(Unit unit)
        {
            foreach (var e in unit.Dimension.Exponents)
            {
                if (e.Key == "time" && e.Value < 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
