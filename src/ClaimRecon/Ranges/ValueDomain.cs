using System.Diagnostics.CodeAnalysis;

namespace ClaimRecon.Ranges
{
    /// <summary>The set of values a quantity can take, used to restrict and canonicalise ranges.</summary>
    /// <remarks>
    /// A count of people is a <see cref="NonNegativeInteger"/>: "more than 5,000" then canonicalises to "at least
    /// 5,001" (<see cref="NumericRange.ToCanonical(ValueDomain)"/>) and "fewer than 10" to [0, 9].
    /// </remarks>
    public enum ValueDomain
    {
        /// <summary>Any real number. Canonicalisation changes nothing. This is the default value.</summary>
        Real = 0,

        /// <summary>Real numbers of zero or more (sums of money, distances, durations).</summary>
        NonNegativeReal = 1,

        /// <summary>Whole numbers, positive or negative (changes in a count).</summary>
        [SuppressMessage("Naming", "CA1720", Justification = "The mathematical domain, named as the JSON format's \"integer\"; renaming would break the public API.")]
        Integer = 2,

        /// <summary>Whole numbers of zero or more (counts of people or things).</summary>
        NonNegativeInteger = 3,
    }
}
