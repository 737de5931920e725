using System;
using System.Collections.Generic;

namespace ClaimRecon.Articles.Identity
{
    /// <summary>
    /// The word tables quantity identity is read with: event verbs and the event each means, plan and so-far cues,
    /// nouns that mean the same thing, demonyms, and the function words a noun phrase stops at. Written by us, small on
    /// purpose; <see cref="QuantityReader"/> documents how they are used.
    /// </summary>
    internal static class IdentityWords
    {
        public const string Transfer = "transfer";
        public const string Hold = "hold";
        public const string Cost = "cost";
        public const string Length = "length";
        public const string Completed = "completed";
        public const string Nationality = "nationality";
        public const string Change = "change";
        public const string Level = "level";
        public const string Area = "area";

        /// <summary>Nouns after a figure that are its unit, not the thing measured ("190 points").</summary>
        public static readonly HashSet<string> UnitNouns = Set("point points pts bps basis notch notches percentage percent cent");

        /// <summary>Event verbs (and nouns) of counts of people or things, by the event they mean.</summary>
        public static readonly Dictionary<string, string> CountEvents = Table(
            (Transfer, "transfer transferred transferring transfers move moved moving moves relocate relocated relocating relocation receive received receiving receives deport deported transport transported transporting sent send sending brought bring bringing flown bused bussed handed intake evacuated arrived arrive arrives arriving crossed"),
            (Hold, "held hold holds detain detains housed house houses jailed imprisoned incarcerated custody kept interned"));

        public static readonly Dictionary<string, string> MoneyEvents = Table(
            (Cost, "cost costs costing spend spends spent spending budget price paid pays pay bill funding expense expenses"));

        public static readonly Dictionary<string, string> ShareEvents = Table(
            (Completed, "completed complete built finished done constructed contained containment"),
            (Nationality, "nationality nationals citizenship citizens"));

        public static readonly Dictionary<string, string> LengthEvents = Table(
            (Length, "stretching stretches stretch spanning spans span measuring measures long length extends extending runs running"));

        /// <summary>Words that make a figure a plan or expectation (a target) rather than what happened.</summary>
        public static readonly HashSet<string> PlanCues = Set("slated planned plan plans planning expected expects scheduled due will would intends intended intend aims aim target targets proposed envisaged");

        /// <summary>Words that make a count a running total so far.</summary>
        public static readonly HashSet<string> SoFarCues = Set("already far date have has had been");

        /// <summary>Period words that may stand after "per" or as a rate adverb.</summary>
        public static readonly HashSet<string> Periods = Set("day daily days week weekly weeks month monthly months year yearly annually annual years hour hourly hours");

        /// <summary>Words meaning "the figure" that refer back to a quantity already named.</summary>
        public static readonly HashSet<string> Anaphors = Set("figure number total tally toll count estimate");

        /// <summary>Nouns that mean the same thing, by the lemma they are compared as.</summary>
        public static readonly Dictionary<string, string> NounClasses = Table(
            ("detainee", "prisoner detainee inmate captive convict"),
            ("militant", "militant fighter terrorist jihadist insurgent"),
            ("person", "person individual resident civilian marcher protester protestor demonstrator participant attendee rallygoer striker picketer"),
            ("national", "national citizen"),
            ("wall", "wall barrier fence"),
            ("cost", "cost expense spending spent spend"),
            ("fire", "fire wildfire blaze bushfire inferno firestorm megafire firefight firefighting"));

        /// <summary>Words in a noun phrase that put the people counted in custody ("detained militants").</summary>
        public static readonly HashSet<string> CustodyAdjectives = Set("detained jailed imprisoned captured held incarcerated");

        public static readonly Dictionary<string, string> Places = PlaceTable();

        public static readonly HashSet<string> Months = Set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday");

        /// <summary>Words a noun phrase never contains: articles, pronouns, prepositions, auxiliaries, conjunctions, adverbs of degree.</summary>
        public static readonly HashSet<string> Function = Set(
            "a an the this that these those its their his her our your my some any each every all both no not nor and or but if then than as at by for from in into of on onto to toward towards with within without over under about above below between among through during since until via per " +
            "is are was were be been being am has have had do does did will would shall should can could may might must " +
            "it they he she we you i who whom whose which what where when why how there here so such also only just even still yet already " +
            "more most less fewer least nearly almost approximately roughly around some about up down out off than said says told according reported");

        public static readonly HashSet<string> Scales = Set("thousand thousands million millions billion billions trillion hundred hundreds dozen dozens percent per cent k m bn mn");

        /// <summary>Nouns ending in "s" whose plural adds "es" ("buses", "bonuses", "viruses", "gases").</summary>
        private static readonly HashSet<string> EsAfterS = Set("bus bonus virus campus census status surplus corpus circus fungus stimulus apparatus prospectus consensus syllabus gas lens atlas canvas alias bias");

        public static string Lemma(string lower)
        {
            switch (lower)
            {
                case "people": return "person";
                case "men": return "man";
                case "women": return "woman";
                case "children": return "child";
                case "data": return "data";
                case "news": return "news";
                case "series": return "series";
            }

            if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
            {
                return lower.Substring(0, lower.Length - 3) + "y";
            }

            if (lower.Length > 4 && lower.EndsWith("ses", StringComparison.Ordinal) && EsAfterS.Contains(lower.Substring(0, lower.Length - 2)))
            {
                return lower.Substring(0, lower.Length - 2); // "buses", "bonuses", "gases": bus, bonus, gas (not "houses": house)
            }

            if (lower.Length > 4 && (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal)))
            {
                return lower.Substring(0, lower.Length - 2);
            }

            if (lower.Length > 3 && lower[lower.Length - 1] == 's' && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
            {
                return lower.Substring(0, lower.Length - 1);
            }

            return lower;
        }

        /// <summary>Gets the class lemma of a noun: its lemma, or the lemma its class is compared as.</summary>
        public static string ClassOf(string lemma) => NounClasses.TryGetValue(lemma, out var c) ? c : lemma;

        /// <summary>Gets the place a capitalised word or demonym names ("Syrian" gives syria), or null.</summary>
        public static string? Place(string text)
        {
            var lower = text.ToLowerInvariant();
            if (Places.TryGetValue(lower, out var place))
            {
                return place;
            }

            return null;
        }

        private static Dictionary<string, string> PlaceTable()
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            void Add(string place, string forms)
            {
                foreach (var f in forms.Split(' '))
                {
                    table[f] = place;
                }
            }

            Add("syria", "syria syrian syrians");
            Add("iraq", "iraq iraqi iraqis");
            Add("turkey", "turkey türkiye turkiye turkish turks");
            Add("us", "us u.s usa american americans");
            Add("iran", "iran iranian");
            Add("lebanon", "lebanon lebanese");
            Add("jordan", "jordan jordanian");
            Add("russia", "russia russian russians");
            Add("ukraine", "ukraine ukrainian ukrainians");
            Add("china", "china chinese");
            Add("france", "france french");
            Add("germany", "germany german germans");
            Add("britain", "britain british uk");
            Add("mexico", "mexico mexican mexicans");
            Add("israel", "israel israeli israelis");
            Add("gaza", "gaza gazan");
            Add("egypt", "egypt egyptian");
            Add("kurdistan", "kurdistan kurdish");
            Add("europe", "europe european");
            Add("afghanistan", "afghanistan afghan afghans");
            Add("pakistan", "pakistan pakistani");
            Add("india", "india indian");
            Add("canada", "canada canadian");
            return table;
        }

        private static Dictionary<string, string> Table(params (string Meaning, string Words)[] rows)
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (meaning, words) in rows)
            {
                foreach (var w in words.Split(' '))
                {
                    table[w] = meaning;
                }
            }

            return table;
        }

        private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
    }
}
