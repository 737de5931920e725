using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// Countries, capitals and regions that news uses for their governments ("Iraq announced", "Ankara and Washington
    /// have pledged"). A short list of our own, so a lone capitalised name is read as a government rather than a person.
    /// </summary>
    internal static class Places
    {
        private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
        {
            "iraq", "syria", "turkey", "türkiye", "turkiye", "iran", "israel", "united states", "us", "u.s.", "america", "russia", "china", "ukraine",
            "britain", "uk", "u.k.", "united kingdom", "france", "germany", "saudi arabia", "jordan", "lebanon", "egypt", "kuwait", "qatar", "yemen",
            "afghanistan", "pakistan", "india", "japan", "canada", "mexico", "brazil", "italy", "spain", "poland", "greece", "libya", "sudan",
            "baghdad", "damascus", "ankara", "washington", "tehran", "moscow", "beijing", "kyiv", "kiev", "london", "paris", "berlin", "riyadh",
            "erbil", "cairo", "amman", "beirut", "doha", "brussels", "kurdistan region", "kurdistan", "the kremlin", "kremlin", "white house",
            "the white house", "pentagon", "the pentagon", "european union", "eu", "nato", "un", "u.n.", "united nations",
        };

        /// <summary>Country adjectives and the country each names, for "the Iraqi parliament" (a body of Iraq's government).</summary>
        private static readonly Dictionary<string, string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Iraqi"] = "Iraq", ["Syrian"] = "Syria", ["Turkish"] = "Turkey", ["Iranian"] = "Iran", ["Israeli"] = "Israel",
            ["American"] = "United States", ["Russian"] = "Russia", ["Chinese"] = "China", ["Ukrainian"] = "Ukraine",
            ["British"] = "Britain", ["French"] = "France", ["German"] = "Germany", ["Saudi"] = "Saudi Arabia", ["Jordanian"] = "Jordan",
            ["Lebanese"] = "Lebanon", ["Egyptian"] = "Egypt", ["Kuwaiti"] = "Kuwait", ["Qatari"] = "Qatar", ["Yemeni"] = "Yemen",
            ["Afghan"] = "Afghanistan", ["Pakistani"] = "Pakistan", ["Indian"] = "India", ["Japanese"] = "Japan", ["Canadian"] = "Canada",
            ["Mexican"] = "Mexico", ["Brazilian"] = "Brazil", ["Italian"] = "Italy", ["Spanish"] = "Spain", ["Polish"] = "Poland",
            ["Greek"] = "Greece", ["Libyan"] = "Libya", ["Sudanese"] = "Sudan",
        };

        public static bool IsPlace(string name) => Names.Contains(name.Trim());

        /// <summary>The country a country adjective names ("Iraqi" → "Iraq"), or null.</summary>
        public static string? CountryOfAdjective(string word) => Adjectives.TryGetValue(word, out var country) ? country : null;
    }
}
