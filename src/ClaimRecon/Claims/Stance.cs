namespace ClaimRecon.Claims
{
    /// <summary>What the speaking source does with the figure.</summary>
    public enum Stance
    {
        /// <summary>States the figure as fact ("more than 5,000 have been transferred"). This is the default value.</summary>
        Asserts = 0,

        /// <summary>Gives the figure as an estimate ("CENTCOM estimates the number at nearly 7,000").</summary>
        Estimates,

        /// <summary>Rejects the figure ("rejected circulating claims that 7,000 had been moved"): evidence against it.</summary>
        Denies,

        /// <summary>Passes on another's figure without endorsing it ("Turkish media reported ...").</summary>
        Relays,
    }
}
