using System;
using System.Collections.Generic;
using ClaimRecon.Ranges;

namespace ClaimRecon.Hedging
{
    /// <summary>Names of hedges in text: the identifiers used in JSON and the English phrases used in explanations.</summary>
    public static class HedgeText
    {
        private static readonly Dictionary<string, Hedge> ByName = BuildNames();

        /// <summary>Returns the JSON identifier of a hedge: "none", "moreThan", "between", ...</summary>
        /// <param name="hedge">The hedge.</param>
        /// <returns>The identifier (lower camel case).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="hedge"/> is not defined.</exception>
        public static string ToIdentifier(Hedge hedge) => hedge switch
        {
            Hedge.None => "none",
            Hedge.Exactly => "exactly",
            Hedge.MoreThan => "moreThan",
            Hedge.AtLeast => "atLeast",
            Hedge.FewerThan => "fewerThan",
            Hedge.AtMost => "atMost",
            Hedge.UpTo => "upTo",
            Hedge.Nearly => "nearly",
            Hedge.Almost => "almost",
            Hedge.About => "about",
            Hedge.Approximately => "approximately",
            Hedge.Roughly => "roughly",
            Hedge.Between => "between",
            Hedge.Range => "range",
            Hedge.Vague => "vague",
            _ => throw new ArgumentOutOfRangeException(nameof(hedge), hedge, $"hedge = {(int)hedge} is not a defined Hedge."),
        };

        /// <summary>Returns the English words of a hedge: "more than", "nearly", "" for <see cref="Hedge.None"/>.</summary>
        /// <param name="hedge">The hedge.</param>
        /// <returns>The phrase.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="hedge"/> is not defined.</exception>
        public static string ToPhrase(Hedge hedge) => hedge switch
        {
            Hedge.None => string.Empty,
            Hedge.MoreThan => "more than",
            Hedge.AtLeast => "at least",
            Hedge.FewerThan => "fewer than",
            Hedge.AtMost => "at most",
            Hedge.UpTo => "up to",
            _ => ToIdentifier(hedge),
        };

        /// <summary>Reads a hedge from its identifier ("moreThan") or its phrase ("more than"), ignoring case.</summary>
        /// <param name="text">The text.</param>
        /// <param name="hedge">The hedge, on success.</param>
        /// <returns><see langword="true"/> when the text names a hedge.</returns>
        public static bool TryParse(string? text, out Hedge hedge)
        {
            hedge = Hedge.None;
            return text is not null && ByName.TryGetValue(text.Trim(), out hedge);
        }

        /// <summary>Reads a hedge from its identifier or phrase.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The hedge.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text names no hedge; the message quotes it and lists the known names.</exception>
        public static Hedge Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return TryParse(text, out var hedge) ? hedge : throw new FormatException(UnknownMessage(text));
        }

        internal static string UnknownMessage(string text) =>
            $"\"{text}\" is not a known hedge; expected one of: {string.Join(", ", KnownIdentifiers())}";

        internal static string Describe(HedgedFigure figure)
        {
            if (figure.StatedRange is { } range)
            {
                return figure.Hedge == Hedge.Vague ? "vague " + range : range.ToString();
            }

            if (figure.Hedge == Hedge.Between)
            {
                return $"between {NumberText.Format(figure.Value)} and {NumberText.Format(figure.UpperValue!.Value)}";
            }

            var phrase = ToPhrase(figure.Hedge);
            return phrase.Length == 0 ? NumberText.Format(figure.Value) : phrase + " " + NumberText.Format(figure.Value);
        }

        private static IEnumerable<string> KnownIdentifiers()
        {
            foreach (Hedge hedge in Enum.GetValues(typeof(Hedge)))
            {
                yield return ToIdentifier(hedge);
            }
        }

        private static Dictionary<string, Hedge> BuildNames()
        {
            var names = new Dictionary<string, Hedge>(StringComparer.OrdinalIgnoreCase);
            foreach (Hedge hedge in Enum.GetValues(typeof(Hedge)))
            {
                names[ToIdentifier(hedge)] = hedge;
                var phrase = ToPhrase(hedge);
                if (phrase.Length > 0)
                {
                    names[phrase] = hedge;
                }
            }

            return names;
        }
    }
}
