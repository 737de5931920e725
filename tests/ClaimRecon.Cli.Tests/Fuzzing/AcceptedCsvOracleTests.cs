using System.IO;
using System.Text;
using ClaimRecon.Claims;
using ClaimRecon.Serialization;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Cli.Tests.Fuzzing
{
    /// <summary>The fuzz run's CSV oracle catches what it is there to catch, on files written by hand.</summary>
    public sealed class AcceptedCsvOracleTests
    {
        private const string File =
            "#source,gazette,Harbour Gazette,newsOutlet\n"
            + "id,quantity,unit,hedge,value,upperValue,wording,attribution,quote,url,note\n"
            + "r1,ferry/passengers,person,between,1200.50,1300,\"between 1,200 and 1,300\",gazette>cites:port,\"The port said \"\"about 1,250\"\" sailed.\",https://example.org/ferry,checked\n"
            + "r2 , ferry/passengers ,,range,\"(900, 1100]\",,,gazette,,,\r\n";

        private static ClaimSet Read(string csv) => ClaimReader.Csv(new StringReader(csv)).ReadToEnd().Value;

        private static byte[] Bytes(string csv) => Encoding.UTF8.GetBytes(csv);

        [Fact]
        public void TheSetReadFromTheFile_Passes()
        {
            AcceptedCsvOracle.Check(Bytes(File), Read(File)).Should().BeNull();
        }

        [Theory]
        [InlineData("between 1,200 and 1,300", "between 1,200 and 1,400", "wording")]
        [InlineData("1200.50", "1200.5000001", "value")]
        [InlineData("(900, 1100]", "(900, 1000]", "value")]
        [InlineData("checked", "unchecked", "note")]
        [InlineData("https://example.org/ferry", "https://example.org/boat", "url")]
        [InlineData("Harbour Gazette", "Harbor Gazette", "#source")]
        [InlineData("cites:port", "cites:harbour", "attribution")]
        public void ASetThatDiffersFromTheFile_IsCaught(string inFile, string inSet, string what)
        {
            var changed = AcceptedCsvOracle.Check(Bytes(File), Read(File.Replace(inFile, inSet)));

            changed.Should().NotBeNull().And.Contain(what == "#source" ? "#source" : what == "attribution" ? "port" : what);
        }

        [Fact]
        public void ARowLeftOut_IsCaught()
        {
            var shorter = File.Substring(0, File.IndexOf("r2 ,", System.StringComparison.Ordinal));

            AcceptedCsvOracle.Check(Bytes(File), Read(shorter)).Should().Contain("no such claim");
        }

        [Theory]
        [InlineData("id,quantity,value,attribution\na,x/y,1,p\"q\n")]
        [InlineData("id,quantity,value,attribution\na,x/y,1,\"p\n")]
        [InlineData("id,quantity,value,attribution\na,x/y,1,\"p\"q\n")]
        public void AFileThatIsNotStrictCsv_IsCaught(string csv)
        {
            var set = Read("id,quantity,unit,value,attribution\na,x/y,person,1,p\n");

            AcceptedCsvOracle.Check(Bytes(csv), set).Should().Contain("RFC 4180");
        }

        [Fact]
        public void AFileThatIsNotUtf8_IsCaught()
        {
            var bytes = Bytes(File);
            bytes[File.IndexOf("checked", System.StringComparison.Ordinal)] = 0xC3;

            AcceptedCsvOracle.Check(bytes, Read(File)).Should().Contain("not UTF-8");
        }
    }
}
