namespace ClaimRecon.Articles
{
    /// <summary>The kind of words that tied a figure to its source.</summary>
    public enum CueKind
    {
        /// <summary>No cue: the outlet itself gives the figure. This is the default value.</summary>
        None = 0,

        /// <summary>A reporting verb with its subject: said, says, told, added, stated, announced, confirmed, estimated, denied, ("officials said", "said the minister").</summary>
        ReportingVerb,

        /// <summary>"according to X", "based on X".</summary>
        AccordingTo,

        /// <summary>"citing X", "quoting X", "quoted by X".</summary>
        Citing,

        /// <summary>Figures or data from a source: "data from X", "figures from X", "X's data show".</summary>
        DataFrom,

        /// <summary>A statement, report or poll as a document: "in a statement", "a statement from X", "in the latest poll".</summary>
        Statement,

        /// <summary>An agentless passive: "it was reported", "is estimated at".</summary>
        Passive,

        /// <summary>A quotation whose speaker follows it ("“...,” said X", "“...,” he continued").</summary>
        QuoteSpeakerAfter,

        /// <summary>A headline naming its source before a colon ("Source to Outlet: ...").</summary>
        Headline,
    }
}
