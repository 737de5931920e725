using ClaimRecon.Claims;

namespace ClaimRecon.Articles
{
    /// <summary>
    /// An attribution as the finder read it, before its source is resolved: token ranges (end excluded, -1 when absent)
    /// and the content's character span. Built and filled in by one reader on one thread; never shared.
    /// </summary>
    internal sealed class Found
    {
        private SourceReading? _reading;

        public Found(CueKind kind, int cueFirst, int cueEnd, Stance verbStance, string rule)
        {
            Kind = kind;
            CueFirst = cueFirst;
            CueEnd = cueEnd;
            VerbStance = verbStance;
            Rule = rule;
        }

        public CueKind Kind { get; set; }

        public int CueFirst { get; }

        public int CueEnd { get; set; }

        public Stance VerbStance { get; }

        /// <summary>Gets or sets the name of the rule that found the source span.</summary>
        public string Rule { get; set; }

        public int SourceFirst { get; set; } = -1;

        public int SourceEnd { get; set; } = -1;

        /// <summary>Gets or sets the hearer of "told X", which may be an outlet that then relays the figure.</summary>
        public int RecipientFirst { get; set; } = -1;

        public int RecipientEnd { get; set; } = -1;

        /// <summary>Gets or sets the noun phrase a relative pronoun source ("who", "which") stands for.</summary>
        public int AntecedentFirst { get; set; } = -1;

        public int AntecedentEnd { get; set; } = -1;

        /// <summary>Gets or sets a time phrase attached to the cue ("on Saturday announced", "said in late January").</summary>
        public int SaidTimeFirst { get; set; } = -1;

        public int SaidTimeEnd { get; set; } = -1;

        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        /// <summary>Gets or sets whether the content ends at the sentence's end (so a later cue in the sentence may cut it).</summary>
        public bool ContentRunsOn { get; set; }

        /// <summary>Gets or sets the statement whose subject a participle ("..., adding that") takes.</summary>
        public Found? SubjectOf { get; set; }

        public int Sentence { get; set; }

        public int Paragraph { get; set; }

        public bool HasSource => SourceFirst >= 0;

        /// <summary>Gets or sets whether <see cref="Denial"/> has been looked for (it is looked for once).</summary>
        public bool DenialChecked { get; set; }

        /// <summary>Gets or sets the denial word of the content ("inaccurate"), once looked for; null when there is none.</summary>
        public TextSpan? Denial { get; set; }

        /// <summary>Gets or sets the source read for this statement; reading it before it is set throws (a statement is read before use).</summary>
        public SourceReading Reading
        {
            get => _reading ?? throw new System.InvalidOperationException("The statement's source has not been read yet.");
            set => _reading = value;
        }

        /// <summary>Gets whether <see cref="Reading"/> has been set.</summary>
        public bool IsRead => _reading is not null;

        /// <summary>Gets or sets the outlet that heard "told X" and relays the figure; null when the hearer is none.</summary>
        public SourceReading? Recipient { get; set; }

        public bool ContentHolds(int offset) => offset >= ContentStart && offset < ContentEnd;
    }
}
