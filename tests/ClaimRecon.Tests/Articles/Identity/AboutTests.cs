using System;
using System.Linq;
using ClaimRecon.Articles.Identity;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>What a figure is about (<see cref="MentionIdentity.About"/>), session 14's rules, read from sentences of our own.</summary>
    public sealed class AboutTests
    {
        /// <summary>The reading of the figure whose text starts or ends with <paramref name="figure"/>.</summary>
        internal static MentionIdentity At(string text, string figure) =>
            QuantityReaderTests.Read(text).Single(m => m.Mention.Text.StartsWith(figure, StringComparison.Ordinal) || m.Mention.Text.EndsWith(figure, StringComparison.Ordinal));

        [Theory]
        [InlineData("The new tablet has 128 GB of memory.", "128 GB", "memory, new tablet")]
        [InlineData("Harbour Mills will cut about 8 percent of its staff.", "8 percent", "staff, Harbour Mills")]
        [InlineData("It sold 40 percent of the ferry line.", "40 percent", "ferry line")]
        public void AMeasureOfSomethingIsAboutItAndTheSubjectThatHasIt(string sentence, string figure, string about)
        {
            var m = At(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("what the measure is of"));
        }

        [Theory]
        [InlineData("The harbour trust raised millions of dollars.", "millions", "harbour trust")]
        [InlineData("The mine shipped thousands of tonnes.", "thousands", "mine")]
        public void AUnitAfterOfIsNotWhatIsMeasured(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void ARestatementIsAboutWhatTheFigureItRestatesIsAbout()
        {
            var m = At("Lakeside Motors lost 12% of its market value, or about $2 billion.", "$2 billion");

            m.About.Should().Be("market value, Lakeside Motors");
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("restates"));
        }

        [Fact]
        public void ALevelAfterAChangeIsAboutWhatTheChangeIsAbout()
        {
            var m = At("The March copper contract was up 12 cents at $4.10 per pound.", "$4.10");

            m.About.Should().Be("March copper contract");
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("the change it follows"));
        }

        [Theory]
        [InlineData("Harbour shares decrease by 2 percent.", "2 percent", "Harbour shares")]
        public void AChangeWordReadAsANounEndsNoSubject(string sentence, string figure, string about)
        {
            var m = At(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("change word"));
        }

        [Fact]
        public void AChangeWordAfterToIsNoThing()
        {
            // Session 18: the thing skips "to increase" itself, so About needs no change-word rule.
            var m = At("Ferry fares are expected to increase between 2% and 6%.", "between 2% and 6%");

            m.About.Should().Be("Ferry fares");
            m.Thing.Should().Be("Ferry fares");
        }

        [Fact]
        public void AChangeWordWithAVerbAfterItIsPartOfTheSubject()
        {
            At("Weekly rent increases fell to 3%.", "3%").About.Should().Be("Weekly rent increases");
        }

        [Fact]
        public void AWordBetweenTheSubjectAndItsHedgedFigureIsAVerb()
        {
            At("The small pumps lift nearly 90 litres.", "90 litres").About.Should().Be("small pumps");
        }

        [Theory]
        [InlineData("The self-taught Lena Park has won 14 titles.", "14", "self-taught Lena Park")]
        [InlineData("The benchmark Harbour 100 Index gained 0.5 percent.", "0.5 percent", "benchmark Harbour 100 Index")]
        public void ANameKeepsTheDescriptionWrittenBeforeIt(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AnIngWordAfterTheArticleDescribesTheSubject()
        {
            At("It will keep the cruising range at 400 km.", "400 km").About.Should().Be("cruising range");
        }

        [Fact]
        public void WhilstOpensAClause()
        {
            At("A crate holds 12 bottles whilst a pallet holds 600.", "600").About.Should().Be("pallet");
        }

        [Fact]
        public void AMeasureOfSomethingEndsBeforeWhichever()
        {
            At("The fine is 2 million dollars or 4 percent of its yearly sales whichever is higher.", "4 percent").About.Should().Be("yearly sales, fine");
        }

        [Theory]
        [InlineData("In the year to April 2025 rents rose 4 percent.", "4 percent", "rents")]
        [InlineData("After March 2020 fares rose 12 percent.", "12 percent", "fares")]
        public void AMonthOrWeekdayBeforeANumberIsNoNameOfTheChangesSubject(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Dock workers cheered when shares of the ferry line fell 3 percent.")]
        [InlineData("Bond traders relaxed after shares of the ferry line fell 3 percent.")]
        public void AChangesOwnerBeforeOfStaysInsideItsClause(string sentence)
        {
            At(sentence, "3 percent").About.Should().Be("shares of the ferry line");
        }

        [Theory]
        [InlineData("Timber exports to Chile dropped 9 percent last quarter.", "9 percent", "Timber exports to Chile")]
        [InlineData("Revenue from ferry tickets rose 6 percent.", "6 percent", "Revenue from ferry tickets")]
        [InlineData("Unemployment among young welders climbed 2 points.", "2", "Unemployment among young welders")]
        [InlineData("Demand for the new ferries grew 15 percent.", "15 percent", "Demand for the new ferries")]
        public void AChangesSubjectKeepsTheNounItsPrepositionCompletes(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Shares of Lakeside and Harbour Mills slipped 4 percent.", "4 percent", "Shares of Lakeside and Harbour Mills")]
        [InlineData("Lakeside Motors and Dunmore were down 2 percent.", "2 percent", "Lakeside Motors and Dunmore")]
        public void NamesJoinedByAndAreOneChangesSubject(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Ferry traffic is expected to grow sales 5 percent.", "5 percent")]
        [InlineData("Lakeside Mills looks poised to drop 3 percent.", "3 percent")]
        [InlineData("Freight volume is forecast to slow from 6 percent to 4 percent.", "4 percent")]
        public void AnInfinitiveToDoesNotJoinAVerbToTheChangesSubject(string sentence, string figure)
        {
            At(sentence, figure).About.Should().NotContain(" to ");
        }

        [Theory]
        [InlineData("Compared to last winter, fares rose 5 percent.", "5 percent", "fares")]
        [InlineData("Dock workers cheered when shares of the ferry line fell 3 percent.", "3 percent", "shares of the ferry line")]
        public void APrepositionBeforeAClauseBreakDoesNotWidenTheSubject(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Lakeside Motors set a record in March through the delivery of about 900 buses.", "900", "delivery, Lakeside Motors")]
        [InlineData("A survey of 2,000 adults found that most shop online.", "2,000", "survey")]
        [InlineData("The port handled the equivalent of 4 million containers.", "4 million", "equivalent, port")]
        public void ACountAfterANounAndOfIsAboutThatNoun(string sentence, string figure, string about)
        {
            var m = At(sentence, figure);

            m.About.Should().Be(about);
            m.Thing.Should().NotBe(m.About, "the counted noun stays the thing");
        }

        [Theory]
        [InlineData("Dozens of 40 tonne trucks queued at the border.", "Dozens")]
        [InlineData("A team of 12 engineers rebuilt the bridge.", "12")]
        [InlineData("One of 30 ferries was late.", "30")]
        public void AWordThatCountsOrGroupsBeforeOfIsNotWhatTheFigureIsAbout(string sentence, string figure)
        {
            At(sentence, figure).Cues.Should().NotContain(c => c.Role == IdentityRole.About && c.Rule.Contains("the noun before \"of\" and the figure"));
        }

        [Theory]
        [InlineData("The town will get a state road grant worth up to $9 million.", "$9 million", "state road grant")]
        [InlineData("The shop now sells pottery priced at under $20 per piece.", "under $20", "pottery")]
        [InlineData("Harbour Mills sold a warehouse valued at $12 million.", "$12 million", "warehouse")]
        public void MoneyAfterWorthOrPricedAtIsAboutTheNounBeforeIt(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The old ferry is worth $2 million.", "$2 million", "old ferry")]
        [InlineData("The lamps will be priced at $40.", "$40", "lamps")]
        public void AfterAVerbWorthLeavesTheSubjectToTheClause(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The harbour deficit reached its widest in a decade last quarter, having increased by $2 billion.", "$2 billion", "harbour deficit")]
        [InlineData("The harbour deficit reached its widest in a decade, having grown by $2 billion.", "$2 billion", "harbour deficit")]
        [InlineData("Lakeside stock has been on a run this spring, up almost 40 percent.", "40 percent", "Lakeside stock")]
        public void AChangeWhoseNearestNounIsATimeASpellOrAVerbIsTheClauseSubjects(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Last year the ferry line carried 2 million passengers.", "2 million", "ferry line")]
        [InlineData("Last week Harbour Mills cut 40 jobs.", "40", "Harbour Mills")]
        [InlineData("This month, the county recorded 22 burglaries.", "22", "county")]
        [InlineData("Over the past 3 weeks the depot hired 15 drivers.", "15", "depot")]
        public void ATimePhraseOpeningTheClauseIsNoSubject(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Lakeside officially priced its 20 new flats.", "20", "Lakeside")]
        [InlineData("Harbour Mills quietly hired 40 welders.", "40", "Harbour Mills")]
        public void AnAdverbAfterTheSubjectIsNotPartOfIt(string sentence, string figure, string about)
        {
            At(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("Harbour Mills rose 4 percent after falling 2 percent on Monday.", "2 percent", "Harbour Mills")]
        [InlineData("The harbour index climbed 3 percent before easing 1 percent.", "1 percent", "harbour index")]
        public void AFigureAfterAfterAndAnIngVerbIsAboutWhatTheFigureBeforeItIsAbout(string sentence, string figure, string about)
        {
            var m = At(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("the figure before it"));
        }

        [Theory]
        [InlineData("The camp lies 40 km north of the river.", "40 km")]
        [InlineData("The wreck sits 2 miles offshore.", "2 miles")]
        public void ADirectionAfterADistanceIsNoNounTheFigureDescribes(string sentence, string figure)
        {
            At(sentence, figure).About.Should().NotStartWith("north").And.NotStartWith("offshore");
        }
    }
}
