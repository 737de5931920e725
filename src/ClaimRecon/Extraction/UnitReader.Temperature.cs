using System;
using System.Collections.Generic;

namespace ClaimRecon.Extraction
{
    /// <summary>Temperatures after a figure: "39°C", "39 °F", "12°", "12 degrees C" and, where the sentence speaks of temperature, "41.2C" and "95F".</summary>
    internal sealed partial class UnitReader
    {
        /// <summary>
        /// Words that make a capital C or F glued to a figure a temperature scale: "Temperatures hit 41C", "highs of 95F".
        /// Without one (or a decimal point or a minus sign on the figure), "12C" and "4F" stay what they more often are in
        /// news: a seat, a flat, a form.
        /// </summary>
        private static readonly HashSet<string> TemperatureWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "temperature", "temperatures", "temp", "temps", "high", "highs", "low", "lows", "heat", "heatwave", "hot", "hotter",
            "hottest", "warm", "warmer", "warmest", "warming", "cold", "colder", "coldest", "cool", "cooler", "freezing", "frost",
            "chill", "degrees", "degree", "thermometer", "thermometers", "mercury", "celsius", "fahrenheit", "forecast",
            "forecasters", "weather", "overnight",
        };

        /// <summary>How many tokens before a glued scale letter <see cref="IsGluedTemperature"/> looks for a temperature word (after it, a few).</summary>
        private const int TemperatureWindow = 12;

        /// <summary>
        /// Whether word token k, a capital C or F glued to the figure before it, is a temperature scale: the figure has a
        /// decimal point ("41.2C") or a sign ("-12C", "minus 5C"), or a word of temperature stands near it ("highs of 95F").
        /// </summary>
        public bool IsGluedTemperature(int k)
        {
            if (!IsWord(k) || _t[k].Length != 1 || !Touches(k) || !IsNumber(k - 1) || (IsWord(k + 1) && Touches(k + 1)) || (IsNumber(k + 1) && Touches(k + 1)))
            {
                return false;
            }

            var c = _text[_t[k].Start];
            if (c != 'C' && c != 'F')
            {
                return false;
            }

            if (_t[k - 1].HasFraction || (IsDash(k - 2) && Touches(k - 1)) || IsSym(k - 2, '\u2212') || Is(k - 2, "minus"))
            {
                return true;
            }

            var from = Math.Max(0, k - 1 - TemperatureWindow);
            var to = Math.Min(_n - 1, k + 4);
            for (var j = from; j <= to; j++)
            {
                if (j != k && In(j, TemperatureWords))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A temperature unit starting at token k after a figure: a degree sign with or without its scale ("°C", "° F",
        /// "°"), "degrees C"/"degrees F", or a glued scale letter that <see cref="IsGluedTemperature"/> accepts; null otherwise.
        /// </summary>
        private UnitInfo? TemperatureAt(int k)
        {
            if (IsSym(k, '\u00B0'))
            {
                if (IsScaleLetter(k + 1) && Touches(k + 1))
                {
                    return new UnitInfo(Lexicon.ParseUnit(ScaleSymbol(k + 1)), k, k + 1, null);
                }

                return new UnitInfo(Lexicon.ParseUnit("{degree}"), k, k, null);
            }

            if ((Is(k, "degrees") || Is(k, "degree")) && IsScaleLetter(k + 1) && !Touches(k + 1))
            {
                return new UnitInfo(Lexicon.ParseUnit(ScaleSymbol(k + 1)), k, k + 1, null);
            }

            return IsGluedTemperature(k) ? new UnitInfo(Lexicon.ParseUnit(ScaleSymbol(k)), k, k, null) : null;
        }

        /// <summary>Whether token k is a lone capital C or F that ends its word ("C." ends a sentence; "CEO" and "C-SPAN" are no scale).</summary>
        private bool IsScaleLetter(int k) =>
            IsWord(k) && _t[k].Length == 1 && _text[_t[k].Start] is 'C' or 'F' && !(IsWord(k + 1) && Touches(k + 1)) && !(IsDash(k + 1) && Touches(k + 1));

        private string ScaleSymbol(int k) => _text[_t[k].Start] == 'F' ? "{degF}" : "{degC}";
    }
}
