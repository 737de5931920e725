namespace ClaimRecon.Sources
{
    /// <summary>What kind of agent a source is.</summary>
    public enum SourceKind
    {
        /// <summary>A news outlet that publishes reports (Kurdistan24). This is the default value.</summary>
        NewsOutlet = 0,

        /// <summary>A government or military body speaking as an institution (Iraq's Security Media Cell, CENTCOM).</summary>
        OfficialBody,

        /// <summary>A person named in the report (Lt. Gen. Saad Maan).</summary>
        NamedPerson,

        /// <summary>An official not named, described by role ("a senior security source in the Joint Operations Command").</summary>
        AnonymousOfficial,

        /// <summary>A figure with no traceable speaker ("circulating claims", "rumours").</summary>
        Unattributed,

        /// <summary>Any other organisation (a company, an NGO, a group of outlets such as "Turkish media").</summary>
        Organization,

        /// <summary>A document that carries figures for its issuer: a statement, a report, a data release ("figures from CENTCOM").</summary>
        Document,
    }
}
