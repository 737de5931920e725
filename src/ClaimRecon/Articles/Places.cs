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

        public static bool IsPlace(string name) => Names.Contains(name.Trim());
    }
}
