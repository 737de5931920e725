namespace ClaimRecon.Cli.Tests.Support
{
    /// <summary>Small CSV inputs.</summary>
    public static class CsvSamples
    {
        /// <summary>The header of <see cref="Denial"/>.</summary>
        public const string Header = "id,quantity,unit,kind,domain,hedge,value,upperValue,wording,stance,attribution,statedAt,describes,quote,url";

        /// <summary>A JOC source gives 5,000–6,000 and denies a circulating 7,000: one denial.</summary>
        public const string Denial =
            "# The seed story's transfer count, in CSV\n"
            + "#source,k24,Kurdistan24,newsOutlet\n"
            + "#source,joc,Joint Operations Command,officialBody\n"
            + Header + "\n"
            + "c1,detainees/transferred,person,cumulative,nonNegativeInteger,between,5000,6000,\"between 5,000 and 6,000\",asserts,k24>cites:joc-source>speaksFor:joc,2026-02-10,2026-02-10,,https://example.org/a\n"
            + "c2,detainees/transferred,,,,,7000,,\"7,000\",asserts,k24>cites:rumours,2026-02-10,2026-02-10,,\n"
            + "c3,detainees/transferred,,,,,7000,,\"7,000\",denies,k24>cites:joc-source>speaksFor:joc,2026-02-10,2026-02-10,\"\"\"7,000\"\" is not true\",https://example.org/a\n";

        /// <summary>Two sources that agree: no findings.</summary>
        public const string Agreement =
            "id,quantity,unit,hedge,value,attribution,describes\n"
            + "a1,town/population,person,about,1000,paper-a,2026-01-01\n"
            + "a2,town/population,,moreThan,950,paper-b>cites:mayor,2026-01-01\n";
    }
}
