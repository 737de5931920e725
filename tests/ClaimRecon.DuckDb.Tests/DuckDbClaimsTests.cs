using System;
using System.Data;
using System.IO;
using System.Linq;
using ClaimRecon.Hedging;
using ClaimRecon.Sources;
using DuckDB.NET.Data;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.DuckDb.Tests
{
    /// <summary><see cref="DuckDbClaims"/>: Parquet files and queries read as claims, grouped by quantity, with every problem placed.</summary>
    public sealed class DuckDbClaimsTests
    {
        private const string Columns = "SELECT * FROM (VALUES ";

        [Fact]
        public void AParquetFile_IsReadSortedByQuantity_InFileOrderWithinAQuantity()
        {
            using var file = new ParquetFile(Columns
                + "('w2', 'well/depth', 'm', 'about', 40.5::DECIMAL(6,1), 'asserts', 'herald', DATE '2026-05-02'), "
                + "('r1', 'road/length', 'km', NULL, 7::DECIMAL(6,1), 'asserts', 'herald', NULL), "
                + "('w1', 'well/depth', NULL, 'atLeast', 38::DECIMAL(6,1), 'estimates', 'survey', NULL), "
                + "('r2', 'road/length', NULL, NULL, 9::DECIMAL(6,1), 'denies', 'council', NULL)"
                + ") t(id, quantity, unit, hedge, value, stance, attribution, statedAt)");
            using var reader = DuckDbClaims.ReadParquet(file.Path);

            var sets = reader.ReadByQuantity().ToList();

            reader.Problems.Should().BeEmpty();
            sets.Select(s => s.Quantities.Single().Key.ToString()).Should().Equal("road/length", "well/depth");
            sets[0].Claims.Select(c => c.Id).Should().Equal("r1", "r2");
            sets[1].Claims.Select(c => c.Id).Should().Equal("w2", "w1");
            sets[1].Claims[0].Figure!.Value.Should().Be(40.5m);
            sets[1].Claims[0].Figure!.Hedge.Should().Be(Hedge.About);
            sets[1].Claims[0].StatedAt!.ToString().Should().Be("2026-05-02");
            sets[1].Claims[1].Figure!.Hedge.Should().Be(Hedge.AtLeast);
        }

        [Theory]
        [InlineData("'12345678901234567890.25'::DECIMAL(24,2)", "12345678901234567890.25")]
        [InlineData("0.1::DOUBLE", "0.1")]
        [InlineData("300::BIGINT", "300")]
        [InlineData("170141183460469231731687303715884105727::HUGEINT", null)]
        [InlineData("7::UTINYINT", "7")]
        public void NumbersOfEveryKind_AreWrittenInFull(string cell, string? expected)
        {
            using var connection = Open();
            using var reader = DuckDbClaims.Query(connection, Columns + "('a', 'lake/area', 'km', " + cell + ", 'x')) t(id, quantity, unit, value, attribution)");

            var claims = reader.ReadAll().ToList();

            if (expected is null)
            {
                claims.Should().BeEmpty("a whole number past .NET's decimal is a problem, never a rounded figure");
                reader.Problems.Should().ContainSingle().Which.Value.Should().Be("\"170141183460469231731687303715884105727\"");
            }
            else
            {
                reader.Problems.Should().BeEmpty();
                claims.Single().Figure!.Value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void ADoubleWithAnExponent_IsAProblemNamingTheValue_NotARoundedFigure()
        {
            using var connection = Open();
            using var reader = DuckDbClaims.Query(connection, Columns + "('a', 'lake/area', 'km', 5::DOUBLE, 'x'), ('b', 'lake/area', NULL, 1e21::DOUBLE, 'x')) t(id, quantity, unit, value, attribution)");

            reader.ReadAll().Select(c => c.Id).Should().Equal("a");
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((3, "value", "\"1E+21\""));
            connection.State.Should().Be(ConnectionState.Open, "the caller's connection stays open");
        }

        [Fact]
        public void ATimeWithAZone_IsItsUtcInstant()
        {
            using var connection = Open();
            using var reader = DuckDbClaims.Query(connection, Columns
                + "('a', 'lake/area', 'km', 5, 'x', TIMESTAMPTZ '2026-05-02 11:30:00+03')) t(id, quantity, unit, value, attribution, statedAt)");

            var claim = reader.ReadAll().Single();

            claim.StatedAt!.ToString().Should().Be("2026-05-02T08:30:00Z");
        }

        [Theory]
        [InlineData("TIMESTAMP '2026-05-02 11:30:00'", "Timestamp")]
        [InlineData("true", "Boolean")]
        public void AColumnWithNoTextForm_IsRefusedWhenTheQueryOpens_NamingIt(string cell, string type)
        {
            using var connection = Open();

            FluentActions.Invoking(() => DuckDbClaims.Query(connection, Columns + "('a', 'lake/area', 'km', 5, 'x', " + cell + ")) t(id, quantity, unit, value, attribution, statedAt)"))
                .Should().Throw<InvalidDataException>().Where(e => e.Message.Contains("column \"statedAt\"", StringComparison.Ordinal) && e.Message.Contains(type, StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void DeclaredSources_KeepTheirNames()
        {
            using var connection = Open();
            var herald = new Source("herald", "The Valley Herald", SourceKind.NewsOutlet);
            using var reader = DuckDbClaims.Query(connection, Columns + "('a', 'lake/area', 'km', 5, 'herald')) t(id, quantity, unit, value, attribution)", new[] { herald });

            reader.ReadToEnd().Value.Sources.Should().ContainSingle().Which.Name.Should().Be("The Valley Herald");
        }

        [Fact]
        public void BadPathsAndQueries_AreRefusedByName()
        {
            using var connection = Open();
            using var noQuantity = new ParquetFile("SELECT 1 AS id");

            FluentActions.Invoking(() => DuckDbClaims.ReadParquet("/no/such/claims.parquet")).Should().Throw<FileNotFoundException>().WithMessage("*/no/such/claims.parquet*");
            FluentActions.Invoking(() => DuckDbClaims.ReadParquet(noQuantity.Path)).Should().Throw<InvalidDataException>().Where(e => e.Message.Contains(noQuantity.Path, StringComparison.Ordinal) && e.Message.Contains("quantity", StringComparison.Ordinal));
            FluentActions.Invoking(() => DuckDbClaims.Query(connection, "SELEKT 1")).Should().Throw<InvalidDataException>().WithMessage("DuckDB cannot run the query*");
            FluentActions.Invoking(() => DuckDbClaims.Query(new DuckDBConnection("Data Source=:memory:"), "SELECT 1")).Should().Throw<ArgumentException>().WithParameterName("connection");
            FluentActions.Invoking(() => DuckDbClaims.ReadParquet(null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
            FluentActions.Invoking(() => DuckDbClaims.ReadParquet(noQuantity.Path, new DuckDbReadOptions { MemoryLimit = "plenty" }))
                .Should().Throw<ArgumentException>().Where(e => e.ParamName == "options" && e.Message.Contains("MemoryLimit \"plenty\"", StringComparison.Ordinal));
        }

        [Fact]
        public void ManyClaims_StreamOneQuantityAtATime()
        {
            // 60,000 claims of 600 quantities, written in an order that interleaves the quantities.
            using var file = new ParquetFile("SELECT 'c' || i AS id, 'place' || (i % 600) || '/count' AS quantity, 'person' AS unit, "
                + "(1000 + i % 7)::DECIMAL(10,0) AS value, 'outlet' || (i % 5) AS attribution FROM range(60000) r(i)");
            using var reader = DuckDbClaims.ReadParquet(file.Path, new DuckDbReadOptions { MemoryLimit = "64MB", TemporaryDirectory = System.IO.Path.Combine(file.Folder, "spill") });

            var sizes = reader.ReadByQuantity().Select(s => s.Claims.Count).ToList();

            reader.Problems.Should().BeEmpty();
            sizes.Should().HaveCount(600).And.OnlyContain(n => n == 100);
            reader.ClaimCount.Should().Be(60_000);
        }

        private static DuckDBConnection Open()
        {
            var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            return connection;
        }
    }
}
