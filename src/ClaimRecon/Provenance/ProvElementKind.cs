namespace ClaimRecon.Provenance
{
    /// <summary>The three kinds of PROV element.</summary>
    internal enum ProvElementKind
    {
        /// <summary>A thing: an article, a quotation, a claim, a merged range, a derived figure, a finding.</summary>
        Entity = 0,

        /// <summary>Something that bears responsibility: an outlet, an official, an organisation, ClaimRecon itself.</summary>
        Agent,

        /// <summary>Something that happened: a merge, a derivation, the detection run.</summary>
        Activity,
    }
}
