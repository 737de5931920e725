namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>The values the fuzzer plants: numbers at and past the edges of a decimal, and text that tries to be markup or a control sequence.</summary>
    internal static class HostileValues
    {
        /// <summary>Marker text that must never appear as markup in any output.</summary>
        public const string Tag = "x-fuzz";

        /// <summary>Number tokens, written as they appear in JSON or CSV (some are not JSON numbers at all).</summary>
        public static readonly string[] Numbers =
        {
            "1e400", "-1e400", "1e-400", "0.00000000000000000000000000000001", "79228162514264337593543950335",
            "79228162514264337593543950336", "-79228162514264337593543950335", "-79228162514264337593543950336",
            "1234567890123456789012345678901", "0.1234567890123456789012345678901", "-0", "0e0", "1E28", "5e-324",
            "0.0000000000000000000000000001", "100000000000000000000.00000001", "NaN", "Infinity", "-Infinity", "01",
            "1.", ".5", "+1", "0x10", "1e2147483648", "9223372036854775808", "-9223372036854775809", "2147483648",
            "1e28", "7.9e28", "1.0000000000000000000000000001", "3", "0", "-5000", "5000.5", "1_000",
        };

        /// <summary>Hostile text, as the characters themselves (the mutator escapes them for JSON or quotes them for CSV).</summary>
        public static readonly string[] Texts =
        {
            "</script><script>alert(1)</script>",
            "<" + Tag + " onload=alert(1)>",
            "\"><" + Tag + ">",
            "javascript:alert(1)",
            "data:text/html,<" + Tag + ">",
            "\u001b]0;PWNED\u0007",
            "\u001b[2J\u001b[31mred",
            "\u009b31m",
            "Alpha\r- injected\r| x | y |",
            "line\nbreak\n# heading",
            "\u2028sep\u2029",
            "abc\u202Edcb\u2066",
            "nul\u0000byte",
            "e\u0301\u0301\u0301",
            "\U0001F600 face",
            "\uFEFFbom",
            "*_`[x](javascript:y)`_*",
            "{{ '{{' }}%s%n",
            "\\\"'",
            "]]></x><![CDATA[",
            "&amp;&lt;" + Tag + "&gt;",
            "\u0085next\u000b\u000c",
            new string('w', 5000),
        };

        /// <summary>JSON string escapes that are not text: unpaired surrogates and their mirror images.</summary>
        public static readonly string[] BadEscapes = { "\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83dy" };

        /// <summary>Byte sequences that are not UTF-8.</summary>
        public static readonly byte[][] BadBytes =
        {
            new byte[] { 0xC0, 0x80 }, new byte[] { 0xFF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 },
            new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, new byte[] { 0x80 },
        };
    }
}
