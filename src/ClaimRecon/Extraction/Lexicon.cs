using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Units;

namespace ClaimRecon.Extraction
{
    /// <summary>The words the scanner knows. Every table is read-only after construction.</summary>
    internal static class Lexicon
    {
        /// <summary>Hedge phrases written before a number, longest first so "no more than" wins over "more than".</summary>
        public static readonly (string[] Words, Hedge Hedge)[] HedgesBefore = BuildHedges();

        /// <summary>The hedge phrases indexed by their last word, longest first within each entry.</summary>
        public static readonly Dictionary<string, (string[] Words, Hedge Hedge)[]> HedgesByLastWord =
            HedgesBefore.GroupBy(h => h.Words[h.Words.Length - 1], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

        public static readonly Dictionary<string, decimal> SmallNumbers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
            ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
            ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
            ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        };

        /// <summary>Scale words and the factor each stands for.</summary>
        public static readonly Dictionary<string, decimal> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
            ["trillion"] = 1_000_000_000_000m, ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
            ["mln"] = 1_000_000m, ["mn"] = 1_000_000m, ["bln"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
            ["trn"] = 1_000_000_000_000m, ["dozen"] = 12m, ["mil"] = 1_000_000m,
        };

        /// <summary>Single-letter scales, only when written against the digits ("5k", "$2.1m", "$3B").</summary>
        public static readonly Dictionary<string, decimal> AttachedScales = new(StringComparer.Ordinal)
        {
            ["k"] = 1_000m, ["K"] = 1_000m, ["m"] = 1_000_000m, ["M"] = 1_000_000m, ["b"] = 1_000_000_000m, ["B"] = 1_000_000_000m,
            ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m, ["tn"] = 1_000_000_000_000m, ["mln"] = 1_000_000m, ["bln"] = 1_000_000_000m,
            ["T"] = 1_000_000_000_000m, ["mil"] = 1_000_000m,
        };

        /// <summary>Plural scale words read as vague amounts: "hundreds" is [200, 1000).</summary>
        public static readonly Dictionary<string, decimal> VagueScales = new(StringComparer.OrdinalIgnoreCase)
        {
            ["hundreds"] = 100m, ["thousands"] = 1_000m, ["millions"] = 1_000_000m, ["billions"] = 1_000_000_000m, ["trillions"] = 1_000_000_000_000m,
        };

        /// <summary>Currency symbols written before a number.</summary>
        public static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.Ordinal)
        {
            ["$"] = "USD", ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\u20B9"] = "INR", ["\u20A9"] = "KRW",
            ["\u20BA"] = "TRY", ["\u20BD"] = "RUB", ["\u20AA"] = "ILS",
            ["\u20A1"] = "CRC", ["\u20BE"] = "GEL", ["\u20AD"] = "LAK", ["\u20AB"] = "VND", ["\u20A6"] = "NGN", ["\u20B1"] = "PHP",
            ["\u20B4"] = "UAH", ["\u20B8"] = "KZT", ["\u20BF"] = "XBT",
        };

        /// <summary>Letters written before "$" that choose the dollar ("US$", "C$", "HK$").</summary>
        public static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.OrdinalIgnoreCase)
        {
            ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["Can"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD",
            ["NZ"] = "NZD", ["S"] = "SGD", ["SG"] = "SGD", ["R"] = "BRL", ["MX"] = "MXN", ["NT"] = "TWD",
            ["Mex"] = "MXN", ["MXN"] = "MXN", ["AUD"] = "AUD", ["CAD"] = "CAD", ["NZD"] = "NZD", ["HKD"] = "HKD", ["SGD"] = "SGD", ["USD"] = "USD",
        };

        /// <summary>Currency words written after a number, with an optional qualifier before them ("Australian dollars").</summary>
        public static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["sterling"] = "GBP",
            ["yen"] = "JPY", ["yuan"] = "CNY", ["kuai"] = "CNY", ["peseta"] = "ESP", ["pesetas"] = "ESP", ["markka"] = "FIM", ["markkaa"] = "FIM", ["guilder"] = "NLG", ["guilders"] = "NLG", ["\u5143"] = "CNY", ["renminbi"] = "CNY", ["rmb"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR",
            ["dinar"] = "IQD", ["dinars"] = "IQD", ["lira"] = "TRY", ["liras"] = "TRY", ["lire"] = "TRY", ["rouble"] = "RUB", ["roubles"] = "RUB",
            ["ruble"] = "RUB", ["rubles"] = "RUB", ["riyal"] = "SAR", ["riyals"] = "SAR", ["rand"] = "ZAR", ["franc"] = "CHF", ["francs"] = "CHF",
            ["peso"] = "MXN", ["pesos"] = "MXN", ["shekel"] = "ILS", ["shekels"] = "ILS", ["won"] = "KRW", ["baht"] = "THB", ["zloty"] = "PLN",
            ["naira"] = "NGN", ["rupiah"] = "IDR", ["real"] = "BRL", ["reais"] = "BRL", ["dirham"] = "AED", ["dirhams"] = "AED",
            ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK", ["kroner"] = "NOK", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH",
            ["forint"] = "HUF", ["ringgit"] = "MYR", ["bitcoin"] = "XBT", ["bitcoins"] = "XBT",
        };

        /// <summary>Qualifiers of "dollar", "pound", "rupee", "dinar" and the like that change the currency.</summary>
        public static readonly Dictionary<string, string> CurrencyQualifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["australian"] = "AUD", ["canadian"] = "CAD", ["singapore"] = "SGD", ["taiwan"] = "TWD", ["hongkong"] = "HKD", ["kong"] = "HKD",
            ["zealand"] = "NZD", ["us"] = "USD", ["american"] = "USD", ["pakistani"] = "PKR", ["indian"] = "INR", ["iraqi"] = "IQD",
            ["jordanian"] = "JOD", ["kuwaiti"] = "KWD", ["swiss"] = "CHF", ["mexican"] = "MXN", ["argentine"] = "ARS", ["argentinian"] = "ARS",
            ["brazilian"] = "BRL", ["egyptian"] = "EGP", ["british"] = "GBP", ["turkish"] = "TRY", ["russian"] = "RUB", ["saudi"] = "SAR",
            ["syrian"] = "SYP", ["lebanese"] = "LBP", ["iranian"] = "IRR", ["qatari"] = "QAR", ["swedish"] = "SEK", ["norwegian"] = "NOK",
            ["danish"] = "DKK", ["south"] = "ZAR", ["chinese"] = "CNY", ["japanese"] = "JPY", ["korean"] = "KRW", ["philippine"] = "PHP",
            ["nigerian"] = "NGN", ["israeli"] = "ILS", ["polish"] = "PLN", ["czech"] = "CZK", ["hungarian"] = "HUF", ["ukrainian"] = "UAH",
            ["emirati"] = "AED", ["thai"] = "THB", ["indonesian"] = "IDR",
            ["finnish"] = "FIM", ["dutch"] = "NLG", ["spanish"] = "ESP", ["malaysian"] = "MYR", ["vietnamese"] = "VND", ["kenyan"] = "KES",
        };

        /// <summary>ISO 4217 codes the unit catalogue knows, so "USD 5" and "5 EUR" are read; also bitcoin's XBT and BTC, which ISO 4217 does not assign (both read as XBT).</summary>
        public static readonly HashSet<string> IsoCodes = new(AtomicUnit.CurrencyCodes.Concat(new[] { "BTC" }), StringComparer.OrdinalIgnoreCase);

        /// <summary>Units written after a number, as the symbol the unit catalogue knows or an opaque name in braces.</summary>
        public static readonly Dictionary<string, string> UnitWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km", ["kms"] = "km",
            ["m"] = "m", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m",
            ["mile"] = "mi", ["miles"] = "mi", ["mi"] = "mi", ["gal"] = "{gal}", ["celsius"] = "{degC}", ["fahrenheit"] = "{degF}", ["satoshi"] = "sat", ["satoshis"] = "sat",
            ["second"] = "s", ["seconds"] = "s", ["hour"] = "h", ["hours"] = "h", ["hrs"] = "h",
            ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week", ["month"] = "month", ["months"] = "month",
            ["year"] = "year", ["years"] = "year",
            ["minute"] = "{minute}", ["minutes"] = "{minute}", ["mins"] = "{minute}",
            ["cm"] = "{cm}", ["centimetres"] = "{cm}", ["centimeters"] = "{cm}", ["mm"] = "{mm}", ["millimetres"] = "{mm}", ["millimeters"] = "{mm}",
            ["ft"] = "{ft}", ["feet"] = "{ft}", ["foot"] = "{ft}", ["inch"] = "{in}", ["inches"] = "{in}", ["yard"] = "{yd}", ["yards"] = "{yd}",
            ["kg"] = "{kg}", ["kgs"] = "{kg}", ["kilogram"] = "{kg}", ["kilograms"] = "{kg}", ["kilo"] = "{kg}", ["kilos"] = "{kg}",
            ["g"] = "{g}", ["gram"] = "{g}", ["grams"] = "{g}", ["mg"] = "{mg}", ["milligrams"] = "{mg}",
            ["tonne"] = "{t}", ["tonnes"] = "{t}", ["ton"] = "{t}", ["tons"] = "{t}",
            ["lb"] = "{lb}", ["lbs"] = "{lb}", ["pound"] = "{lb}", ["pounds"] = "{lb}", ["ounce"] = "{oz}", ["ounces"] = "{oz}", ["oz"] = "{oz}",
            ["litre"] = "{L}", ["litres"] = "{L}", ["liter"] = "{L}", ["liters"] = "{L}", ["gallon"] = "{gal}", ["gallons"] = "{gal}",
            ["barrel"] = "{barrel}", ["barrels"] = "{barrel}", ["bpd"] = "{barrel}/day",
            ["acre"] = "{acre}", ["acres"] = "{acre}", ["hectare"] = "{ha}", ["hectares"] = "{ha}",
            ["mph"] = "{mph}", ["kph"] = "{km/h}", ["degrees"] = "{degree}", ["degree"] = "{degree}", ["deg"] = "{degree}", ["degF"] = "{degF}", ["degC"] = "{degC}",
            ["mw"] = "{MW}", ["megawatts"] = "{MW}", ["gw"] = "{GW}", ["gigawatts"] = "{GW}", ["kw"] = "{kW}", ["kwh"] = "{kWh}",
            ["gb"] = "{GB}", ["tb"] = "{TB}", ["mb"] = "{MB}", ["rpm"] = "{rpm}", ["cents"] = "{cent}", ["cent"] = "{cent}", ["hp"] = "{hp}", ["bhp"] = "{hp}", ["horsepower"] = "{hp}", ["hz"] = "{Hz}", ["khz"] = "{kHz}", ["mhz"] = "{MHz}", ["ghz"] = "{GHz}",
            ["w"] = "{W}", ["watts"] = "{W}", ["mbps"] = "{Mbps}", ["gbps"] = "{Gbps}", ["gpa"] = "{GPa}", ["gigapascals"] = "{GPa}", ["min"] = "{minute}",
            ["l"] = "{L}", ["ml"] = "{mL}", ["sec"] = "s", ["secs"] = "s", ["pence"] = "{penny}", ["penny"] = "{penny}", ["p"] = "{penny}",
            ["mpa"] = "{MPa}", ["megapascals"] = "{MPa}", ["ksi"] = "{ksi}", ["psi"] = "{psi}", ["ps"] = "{PS}", ["mpg"] = "mi/{gal}",
        };

        /// <summary>Nouns counted as people, so "5,000 prisoners" has the unit person.</summary>
        public static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "people", "persons", "person", "prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates", "militant", "militants",
            "fighter", "fighters", "soldier", "soldiers", "troops", "civilian", "civilians", "refugee", "refugees", "migrant", "migrants",
            "resident", "residents", "citizen", "citizens", "worker", "workers", "employee", "employees", "student", "students",
            "child", "children", "adult", "adults", "patient", "patients", "victim", "victims", "terrorist", "terrorists", "national", "nationals",
            "member", "members", "voter", "voters", "officer", "officers", "individual", "individuals", "men", "women", "suspect", "suspects",
            "capita", "head", "protester", "protesters", "protestors", "passenger", "passengers", "customer", "customers", "user", "users",
            "staff", "personnel", "demonstrator", "demonstrators", "marcher", "marchers", "striker", "strikers", "teacher", "teachers",
            "nurse", "nurses", "doctor", "doctors", "pupil", "pupils", "tourist", "tourists", "visitor", "visitors", "spectator", "spectators",
            "supporter", "supporters", "fan", "fans", "volunteer", "volunteers", "evacuee", "evacuees", "pilgrim", "pilgrims", "delegate", "delegates",
            "participant", "participants", "respondent", "respondents", "applicant", "applicants", "attendee", "attendees", "journalist",
            "journalists", "crew", "police", "policemen", "firefighters", "farmer", "farmers", "miner", "miners", "driver", "drivers",
        };

        /// <summary>Words that end a counted noun.</summary>
        public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "by", "with", "and", "or", "but", "have", "has", "had", "was",
            "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "that", "which",
            "who", "whom", "as", "than", "this", "these", "those", "it", "its", "their", "his", "her", "our", "your", "my", "per", "each",
            "every", "more", "less", "fewer", "over", "under", "about", "into", "since", "during", "after", "before", "while", "when",
            "where", "if", "so", "not", "no", "also", "only", "just", "said", "says", "say", "there", "here", "up", "down", "out", "off",
            "then", "than", "because", "between", "among", "against", "through", "across", "around", "until", "till", "whose", "what",
            "last", "next", "ago", "later", "earlier", "plus", "minus", "times", "do", "did", "does", "all", "both", "either", "neither",
            "again", "yet", "still", "already", "now", "today", "yesterday", "tomorrow", "such", "some", "any", "other", "another", "respectively",
        };

        /// <summary>Nouns after "N-" that make the count a kind of thing ("a six-speed gearbox", "a four-door car"), not an amount.</summary>
        public static readonly HashSet<string> DescriptorNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "speed", "cylinder", "door", "bed", "bedroom", "seater", "star", "time", "way", "valve", "stroke",
        };

        /// <summary>Words after a model number that make the number part of the name ("the 737 Max", "iPhone 11 Pro").</summary>
        public static readonly HashSet<string> ModelSuffixes = new(StringComparer.Ordinal)
        {
            "Max", "MAX", "Pro", "Plus", "Mini", "Ultra", "Dreamliner", "Neo", "XL",
        };

        /// <summary>Words of a contest before a score ("beat them 2-3", "a 2-3 loss" is read after the score).</summary>
        public static readonly HashSet<string> ContestWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "beat", "beats", "beating", "won", "win", "wins", "lost", "lose", "loses", "lead", "led", "leads", "trail", "trailed", "trailing",
            "defeated", "defeat", "victory", "tied", "tie", "drew", "draw", "score", "scored", "ended", "edged",
        };

        /// <summary>Adjectives of size written after a length glued to its figure ("a 2m-tall statue").</summary>
        public static readonly HashSet<string> DimensionAdjectives = new(StringComparer.OrdinalIgnoreCase)
        {
            "tall", "high", "wide", "long", "deep", "thick", "across", "diameter", "length", "wingspan",
        };

        /// <summary>Month names and abbreviations (capitalised in the text) that make an adjacent day number a date.</summary>
        public static readonly HashSet<string> Months = new(StringComparer.Ordinal)
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        };

        /// <summary>Words before a number that make it an identifier ("Resolution 2254", "Flight 370").</summary>
        public static readonly HashSet<string> IdentifierNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "resolution", "article", "section", "chapter", "no", "nos", "number", "room", "flight", "route", "highway", "interstate", "page",
            "pages", "vol", "volume", "case", "model", "version", "row", "seat", "gate", "platform", "apollo", "boeing", "airbus", "ward",
            "district", "precinct", "bill", "paragraph", "clause", "item", "decree", "code", "bus", "channel", "episode", "season", "phase",
            "amendment", "title", "act", "level", "grade", "class", "category", "type", "iphone", "windows", "galaxy", "unit", "lot",
            "block", "building", "floor", "suite", "apartment", "apt", "box", "pier", "terminal", "zone", "sector", "battalion", "brigade",
            "division", "regiment", "squadron", "corps", "fleet", "army", "covid", "ps", "xbox", "usc", "cfr", "pg", "chap", "sec", "art",
            "tier", "stage", "week", "day", "game", "match", "round", "lane", "street", "avenue", "road", "exit", "line", "track",
        };

        /// <summary>Identifier nouns that mark an identifier even in lower case ("resolution 2254", "card number 1234").</summary>
        public static readonly HashSet<string> LowercaseIdentifierNouns = new(StringComparer.Ordinal)
        {
            "number", "resolution", "article", "section", "chapter", "flight", "route", "room", "page", "model", "version", "row", "no",
            "category", "iPhone",
        };

        /// <summary>Stock index names written before their number ("Stoxx 600", "Nasdaq 100"); "S&amp;P 500" is matched on its letters.</summary>
        public static readonly HashSet<string> IndexNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "sp", "stoxx", "nasdaq", "ftse", "russell", "nikkei", "asx", "dax", "cac", "msci", "kospi", "sensex", "nifty", "topix", "ibex",
        };

        /// <summary>Street words that end an address after a house number ("49 Elm Tree Road", "9 E 71st St").</summary>
        public static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal)
        {
            "St", "Street", "Rd", "Road", "Ave", "Avenue", "Way", "Blvd", "Boulevard", "Lane", "Ln", "Drive", "Dr", "Place", "Pl", "Court",
            "Ct", "Terrace", "Crescent", "Parkway", "Square", "Close",
        };

        /// <summary>Time-zone abbreviations written after a clock time ("0401 GMT").</summary>
        public static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
        {
            "GMT", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT",
        };

        /// <summary>Words before "one" that make it a pronoun ("the next one", "no one").</summary>
        public static readonly HashSet<string> OneDeterminers = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "this", "that", "which", "any", "every", "each", "no", "next", "last", "previous", "first", "current", "right", "other",
            "only", "same", "new", "old", "little", "big", "single", "another", "someone", "everyone", "anyone", "one", "a", "good", "bad",
        };

        public static readonly HashSet<string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
            "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
        };

        /// <summary>Numbers written with a slash that name a thing, not a ratio or a quantity.</summary>
        public static readonly HashSet<string> SlashPhrases = new(StringComparer.Ordinal)
        {
            "24/7", "9/11", "7/7", "50/50", "20/20", "365/24", "24/365", "4/20", "3/11", "7/10", "1/6",
        };

        public static readonly Dictionary<string, string> RatePeriods = new(StringComparer.OrdinalIgnoreCase)
        {
            ["day"] = "day", ["days"] = "day", ["week"] = "week", ["month"] = "month", ["year"] = "year", ["annum"] = "year",
            ["hour"] = "h", ["second"] = "s", ["night"] = "day",
        };

        public static readonly Dictionary<string, string> RateAdverbs = new(StringComparer.OrdinalIgnoreCase)
        {
            ["daily"] = "day", ["weekly"] = "week", ["monthly"] = "month", ["annually"] = "year", ["yearly"] = "year", ["hourly"] = "h",
        };

        public static readonly HashSet<string> CostWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "cost", "costs", "expense", "expenses", "spending", "budget", "bill", "wage", "wages", "salary", "salaries", "price",
            "fee", "fees", "allowance", "income", "revenue", "revenues", "pay", "payment", "payments", "rent", "stipend", "ration", "rations",
        };

        public static readonly HashSet<string> UpWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow", "grows",
            "growing", "grown", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "soared", "soar", "soars", "surged",
            "surge", "surges", "gained", "gain", "gains", "gaining", "up", "advanced", "advancing", "rallied", "boosted", "raised", "hiked", "spiked",
            "swelled", "increment", "widened", "expanded", "upward", "upwards", "doubled", "tripled", "trebled", "quadrupled",
        };

        /// <summary>Verbs that make "up" part of a phrasal verb, not a rise ("gave up 517 yards", "set up 20 camps").</summary>
        public static readonly HashSet<string> PhrasalUp = new(StringComparer.OrdinalIgnoreCase)
        {
            "gave", "give", "gives", "giving", "given", "set", "sets", "put", "puts", "made", "make", "makes", "took", "take", "takes",
            "picked", "pick", "racked", "rack", "ended", "end", "ends", "summed", "built", "build", "opened", "open", "signed", "sign",
            "shored", "backed", "teamed", "lined", "drummed", "turned", "showed", "cleaned", "locked", "held", "hold",
        };

        /// <summary>
        /// Nouns ending in "s" that are no plural, so they do not end a counted noun the way a plural does: "253 measles
        /// cases" counts cases, "40 news crews" crews. Diseases named in the plural form and a few common others.
        /// </summary>
        public static readonly HashSet<string> SingularsInS = new(StringComparer.OrdinalIgnoreCase)
        {
            "measles", "mumps", "rabies", "diabetes", "herpes", "scabies", "rickets", "shingles", "news", "series", "species", "physics",
            "economics", "politics", "athletics", "gymnastics", "aerobics", "mathematics", "logistics",
        };

        /// <summary>Words allowed between a verb of change and its figure ("rose by about", "fell sharply to").</summary>
        public static readonly HashSet<string> ChangeFillers = new(StringComparer.OrdinalIgnoreCase)
        {
            "by", "a", "an", "further", "sharply", "slightly", "another", "only", "just", "steadily", "also", "again", "some", "nearly",
            "almost", "about", "roughly", "around", "more", "than", "over", "least", "at", "approximately", "has", "have", "had", "been",
            "as", "much", "many", "dramatically", "significantly",
        };

        public static readonly HashSet<string> DownWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline", "declines",
            "declining", "decreased", "decrease", "decreases", "slid", "slide", "slides", "slipped", "plunged", "plunge", "plummeted",
            "plummeting", "plummets", "plunging", "sank", "sunk", "tumbled", "lost", "loses", "lose", "shed", "down", "cut", "cuts", "reduced", "shrank", "shrunk", "dipped",
            "eased", "retreated", "slumped", "narrowed", "contracted", "downward", "downwards", "halved",
        };

        /// <summary>Every unit the tables name, parsed once (units are immutable).</summary>
        private static readonly Dictionary<string, Unit> Units = BuildUnits();

        public static Unit ParseUnit(string symbol) => Units.TryGetValue(symbol, out var unit) ? unit : Unit.Parse(symbol);

        private static Dictionary<string, Unit> BuildUnits()
        {
            var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
            foreach (var symbol in UnitWords.Values.Concat(RatePeriods.Values).Concat(RateAdverbs.Values).Concat(IsoCodes).Distinct(StringComparer.Ordinal))
            {
                units[symbol] = Unit.Parse(symbol);
            }

            return units;
        }

        private static (string[] Words, Hedge Hedge)[] BuildHedges()
        {
            var list = new List<(string[], Hedge)>();

            void Add(Hedge hedge, params string[] phrases)
            {
                foreach (var phrase in phrases)
                {
                    list.Add((phrase.Split(' '), hedge));
                }
            }

            Add(Hedge.AtMost, "less than or equal to", "fewer than or equal to", "smaller or equal than", "lower or equal than", "less or equal than",
                "smaller than or equal to", "lower than or equal to", "equal to or less than", "equal to or fewer than", "equal to or lower than",
                "equal to or smaller than", "less or equal to", "below or equal to");
            Add(Hedge.AtLeast, "greater than or equal to", "more than or equal to", "higher or equal than", "bigger or equal than", "larger or equal than",
                "greater or equal than", "more or equal than", "equal to or more than", "equal to or greater than", "equal to or higher than",
                "equal to or larger than", "equal to or bigger than", "at least or equal to", "greater or equal to", "above or equal to", "larger than or equal to",
                "bigger than or equal to", "higher than or equal to");
            Add(Hedge.MoreThan, "over the age of", "larger than", "bigger than", "higher than", "exceeded", "exceeds", "more than", "over", "above", "in excess of", "upwards of", "upward of", "exceeding", "just over",
                "well over", "well above", "greater than", "north of", "just above", "over than", "more then", "beyond", "excess of");
            Add(Hedge.AtLeast, "at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "minimum of", "at a minimum");
            Add(Hedge.UpTo, "up to", "as many as", "as much as", "as high as", "as long as");
            Add(Hedge.AtMost, "within", "at most", "no more than", "not more than", "a maximum of", "maximum of", "not exceeding", "no greater than", "at a maximum");
            Add(Hedge.FewerThan, "under the age of", "smaller than", "under", "fewer than", "less than", "below", "well under", "well below", "lower than", "short of");
            Add(Hedge.Nearly, "nearly", "just under", "just below", "close to", "just shy of", "shy of", "nearing", "approaching", "not quite");
            Add(Hedge.Almost, "almost");
            Add(Hedge.About, "about", "around", "some", "an estimated", "estimated", "circa", "or so", "in the region of", "on the order of", "round about", "give or take");
            Add(Hedge.Approximately, "approximately", "approx", "an approximate", "approx.");
            Add(Hedge.Roughly, "roughly", "rough");
            Add(Hedge.Exactly, "exactly", "precisely", "a total of", "a full");
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
            return list.ToArray();
        }
    }
}
