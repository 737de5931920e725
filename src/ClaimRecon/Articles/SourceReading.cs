using ClaimRecon.Sources;

namespace ClaimRecon.Articles
{
    /// <summary>A source phrase read into a normalised speaker and the organisation it speaks for.</summary>
    internal sealed class SourceReading
    {
        public SourceReading(Source speaker, Source? organisation, string rule)
        {
            Speaker = speaker;
            Organisation = organisation;
            Rule = rule;
        }

        /// <summary>Gets who gave the words: a person, an anonymous official, a body, an outlet, a document, or unattributed claims.</summary>
        public Source Speaker { get; }

        /// <summary>Gets the organisation the speaker speaks for, if the phrase names one.</summary>
        public Source? Organisation { get; }

        /// <summary>Gets the name of the rule that read the phrase.</summary>
        public string Rule { get; }

        /// <summary>Gets or sets whether the phrase is the publishing outlet itself ("Kurdistan24's follow-up").</summary>
        public bool IsOutletItself { get; set; }

        /// <summary>Gets whether the speaker is news media: an outlet or a group of outlets ("Turkish media").</summary>
        public bool IsMedia { get; set; }

        /// <summary>Gets or sets whether the phrase names several speakers ("officials", "Turkish media").</summary>
        public bool Plural { get; set; }

        /// <summary>Gets whether the speaker is a person, named or by role.</summary>
        public bool IsPerson => Speaker.Kind is SourceKind.NamedPerson or SourceKind.AnonymousOfficial;

        /// <summary>Returns a copy that records another rule.</summary>
        public SourceReading Because(string rule) => new(Speaker, Organisation, rule) { IsOutletItself = IsOutletItself, IsMedia = IsMedia, Plural = Plural };
    }
}
