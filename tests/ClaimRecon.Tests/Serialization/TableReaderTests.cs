using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Claims;
using ClaimRecon.Hedging;
using ClaimRecon.Serialization;
using ClaimRecon.Sources;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Serialization
{
    /// <summary><see cref="ClaimReader.Table"/>: rows of cells read as the claims CSV they would make, with every problem on its row and column.</summary>
    public sealed class TableReaderTests
    {
        private static readonly string[] Columns = { "id", "quantity", "unit", "hedge", "value", "stance", "attribution", "statedAt" };

        private static string?[] Row(params string?[] cells) => cells;

        [Fact]
        public void Rows_AreClaims_WithTheirCellsReadAsTheCsvFormatReadsThem()
        {
            var rows = new[]
            {
                Row("b1", "bridge/length", "km", "about", "12.5", "asserts", "gazette>cites:engineer", "2026-03-04"),
                Row("b2", "bridge/length", null, "moreThan", "12", "estimates", "radio", null),
            };
            using var reader = ClaimReader.Table(Columns, rows);

            var set = reader.ReadToEnd().Value;

            reader.Problems.Should().BeEmpty();
            set.Claims.Select(c => c.Id).Should().Equal("b1", "b2");
            set.Claims[0].Figure!.Hedge.Should().Be(Hedge.About);
            set.Claims[0].Figure!.Value.Should().Be(12.5m);
            set.Claims[0].StatedAt!.ToString().Should().Be("2026-03-04");
            set.Claims[1].Figure!.Hedge.Should().Be(Hedge.MoreThan);
            set.Claims[1].Stance.Should().Be(Stance.Estimates);
            set.Claims[1].StatedAt.Should().BeNull("a null cell is an empty one");
            set.Sources.Select(s => s.Id).Should().Equal("gazette", "engineer", "radio");
        }

        [Fact]
        public void AProblem_NamesTheLineOfTheCsvTheRowsWouldMake_TheColumn_AndTheValue()
        {
            var rows = new[]
            {
                Row("b1", "bridge/length", "km", null, "12", "asserts", "gazette", null),
                Row("b2", "bridge/length", null, null, "1,200", "asserts", "radio", null),
            };
            using var reader = ClaimReader.Table(Columns, rows);

            var claims = reader.ReadAll().ToList();

            claims.Select(c => c.Id).Should().Equal("b1");
            var problem = reader.Problems.Should().ContainSingle().Subject;
            (problem.Line, problem.Column, problem.Value).Should().Be((3, "value", "\"1,200\""));
        }

        [Fact]
        public void ARowWithTooFewCells_IsAProblem_NotAShiftedClaim()
        {
            var rows = new[] { Row("b1", "bridge/length", "km", null, "12", "asserts", "gazette") };
            using var reader = ClaimReader.Table(Columns, rows);

            reader.ReadAll().Should().BeEmpty();
            reader.Problems.Should().Contain(p => p.Line == 2 && p.Message.Contains("7 fields", StringComparison.Ordinal));
        }

        [Fact]
        public void AFirstCellStartingWithHash_IsARow_NotADirective()
        {
            var rows = new[] { Row("#7", "bridge/length", "km", null, "12", "asserts", "gazette", null) };
            using var reader = ClaimReader.Table(Columns, rows);

            reader.ReadAll().Select(c => c.Id).Should().Equal("#7");
            reader.Problems.Should().BeEmpty();
        }

        [Fact]
        public void UnknownColumns_AreProblemsOfLineOne()
        {
            using var reader = ClaimReader.Table(new[] { "id", "quantity", "unit", "value", "attribution", "colour" }, Array.Empty<string?[]>());

            reader.ReadAll().Should().BeEmpty();
            reader.Problems.Should().ContainSingle(p => p.Line == 1 && p.Value == "\"colour\"");
        }

        [Fact]
        public void DeclaredSources_KeepTheirNamesAndKinds_OthersAreNamedByTheirId()
        {
            var rows = new[] { Row("b1", "bridge/length", "km", null, "12", "asserts", "gazette>cites:ministry", null) };
            var ministry = new Source("ministry", "Ministry of Works", SourceKind.OfficialBody);
            using var reader = ClaimReader.Table(Columns, rows, new[] { ministry });

            var set = reader.ReadToEnd().Value;

            set.Sources.Single(s => s.Id == "ministry").Should().Be(ministry);
            set.Sources.Single(s => s.Id == "gazette").Kind.Should().Be(SourceKind.NewsOutlet);
        }

        [Fact]
        public void BadArguments_AreRefusedByName()
        {
            var twice = new[] { new Source("s", "One", SourceKind.NewsOutlet), new Source("s", "Two", SourceKind.NewsOutlet) };

            FluentActions.Invoking(() => ClaimReader.Table(Columns, Array.Empty<string?[]>(), twice))
                .Should().Throw<ArgumentException>().Where(e => e.ParamName == "sources" && e.Message.Contains("\"s\"", StringComparison.Ordinal));
            FluentActions.Invoking(() => ClaimReader.Table(new[] { "id", null! }, Array.Empty<string?[]>()))
                .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "columns" && e.Message.Contains("column 2", StringComparison.Ordinal));
            FluentActions.Invoking(() => ClaimReader.Table(Columns, null!)).Should().Throw<ArgumentNullException>().WithParameterName("rows");
        }

        [Fact]
        public void ANullRow_Throws_NamingIt()
        {
            var rows = new List<string?[]> { Row("b1", "bridge/length", "km", null, "12", "asserts", "gazette", null), null! };
            using var reader = ClaimReader.Table(Columns, rows);

            reader.Read().Should().BeTrue();
            FluentActions.Invoking(() => reader.Read()).Should().Throw<InvalidOperationException>().WithMessage("row 2 (line 3)*");
        }

        [Fact]
        public void RowsGroupedByQuantity_AreReadOneQuantityAtATime()
        {
            var rows = new[]
            {
                Row("a1", "dam/height", "m", null, "80", "asserts", "gazette", null),
                Row("b1", "bridge/length", "km", null, "12", "asserts", "gazette", null),
                Row("b2", "bridge/length", null, null, "13", "asserts", "radio", null),
            };
            using var reader = ClaimReader.Table(Columns, rows);

            var sets = reader.ReadByQuantity().ToList();

            sets.Select(s => s.Claims.Count).Should().Equal(1, 2);
            reader.Problems.Should().BeEmpty();
        }

        [Fact]
        public void DisposingTheReader_DisposesTheRows()
        {
            var rows = new DisposeWatch();
            var reader = ClaimReader.Table(Columns, rows);

            reader.Dispose();

            rows.Disposed.Should().BeTrue();
        }

        private sealed class DisposeWatch : IEnumerable<IReadOnlyList<string?>>
        {
            public bool Disposed { get; private set; }

            public IEnumerator<IReadOnlyList<string?>> GetEnumerator() => new Enumerator(this);

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

            private sealed class Enumerator : IEnumerator<IReadOnlyList<string?>>
            {
                private readonly DisposeWatch _owner;

                public Enumerator(DisposeWatch owner) => _owner = owner;

                public IReadOnlyList<string?> Current => throw new InvalidOperationException();

                object System.Collections.IEnumerator.Current => Current;

                public bool MoveNext() => false;

                public void Reset()
                {
                }

                public void Dispose() => _owner.Disposed = true;
            }
        }
    }
}
