namespace ClaimRecon.Extraction
{
    /// <summary>Why a number in the text was not read as a quantity.</summary>
    public enum RejectionReason
    {
        /// <summary>A calendar year ("in 2015", "the 2015 Ankara bombing"), or a decade ("the 1990s").</summary>
        Year = 0,

        /// <summary>A date: a day of a month ("Feb. 7", "7 February"), or a numeric date ("5/17/2018", "2026-02-07").</summary>
        Date,

        /// <summary>A time of day ("11 a.m.", "14:30").</summary>
        TimeOfDay,

        /// <summary>An ordinal ("21st", "third"): a position, not a count.</summary>
        Ordinal,

        /// <summary>A telephone number ("555-123-4567", "+44 20 7946 0958").</summary>
        PhoneNumber,

        /// <summary>An identifier: a resolution, article, flight or model number, or digits inside a code ("COVID-19", "m3vx13").</summary>
        Identifier,

        /// <summary>A fixed phrase written with numbers ("24/7", "9/11", "50/50").</summary>
        SetPhrase,

        /// <summary>A fiscal or season year ("2022-23", "FY2024").</summary>
        FiscalYear,

        /// <summary>"one" as a pronoun or partitive ("one of the", "no one", "the one").</summary>
        PronounOne,

        /// <summary>A number too long or too large to be a quantity: more digits than a <see cref="decimal"/> holds, or a scale that takes it past the largest decimal ("99999999999999999tn").</summary>
        TooLarge,

        /// <summary>
        /// A score or tally: two whole numbers joined by a dash where a range cannot be meant ("ended 2-2", "a 9-2 lead") or
        /// after a word of a contest ("beat them 2-3"). It is a pair, not one quantity. A vote ("voted 28-8") is read as two counts.
        /// </summary>
        Score,
    }
}
