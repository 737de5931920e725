using System;
using System.Collections.Generic;
using System.Linq;
using ClaimRecon.Articles.Identity;
using ClaimRecon.Extraction;
using ClaimRecon.Quantities;
using ClaimRecon.Units;
using FluentAssertions;
using Xunit;

namespace ClaimRecon.Tests.Articles.Identity
{
    /// <summary>What each figure measures, read from sentences of our own.</summary>
    public sealed class QuantityReaderTests
    {
        internal static IReadOnlyList<MentionIdentity> Read(string text, string id = "t") =>
            QuantityReader.Read(NumericMentionExtractor.Extract(text), id);

        private static MentionIdentity One(string text, string figure) => Read(text).Single(m => m.Mention.Text == figure);

        [Theory]
        [InlineData("So far 1,200 homes have been connected to the new grid.", "1,200")]
        [InlineData("The charity has handed out 3,400 meals to date.", "3,400")]
        [InlineData("The county has already planted 900 oaks.", "900")]
        public void ACountSaidToBeSoFarIsARunningTotalWhateverItsEvent(string sentence, string figure)
        {
            One(sentence, figure).Kind.Should().Be(QuantityKind.Cumulative);
        }

        [Theory]
        [InlineData("The new grid serves 1,200 homes.", "1,200", QuantityKind.Level)]
        [InlineData("Prices have been 5 percent higher so far this year.", "5 percent", QuantityKind.Ratio)]
        [InlineData("So far the county plans to plant 900 oaks.", "900", QuantityKind.Target)]
        public void OnlyACountSaidToBeSoFarIsARunningTotal(string sentence, string figure, QuantityKind kind)
        {
            One(sentence, figure).Kind.Should().Be(kind);
        }

        [Theory]
        [InlineData("The coupe has a combined output of 400 hp.", "400 hp", "combined output")]
        [InlineData("The ferry offers its heated lounges at $40 a seat.", "$40 a seat", "heated lounges")]
        [InlineData("Lakeside reported sales of $4 million.", "$4 million", "sales")]
        public void AParticipleAfterAnArticleOrPossessiveDescribesTheNoun(string sentence, string figure, string thing)
        {
            One(sentence, figure).Thing.Should().Be(thing);
        }

        [Fact]
        public void TransferSoFarIsACumulativeCountWithItsRoute()
        {
            var m = One("More than 3,000 migrants have been relocated from Greece to Italy so far, officials said.", "More than 3,000");

            m.Thing.Should().Be("migrants");
            m.Head.Should().Be("migrant");
            m.Event.Should().Be("transfer");
            m.Qualifiers.Should().Equal("from=greece", "to=italy");
            m.Kind.Should().Be(QuantityKind.Cumulative);
            m.Unit.Should().Be(Unit.Person);
            m.Key.ToString().Should().Be("migrant-from-greece-to-italy/transferred");
            m.IsRecognised.Should().BeTrue();
            m.Cues.Select(c => (c.Role, c.Text)).Should().Contain(new[] { (IdentityRole.Thing, "migrants"), (IdentityRole.Event, "relocated"), (IdentityRole.Qualifier, "from Greece"), (IdentityRole.Kind, "been") });
        }

        [Theory]
        [InlineData("Inspectors said 14 of the district's 60 bridges need repairs.", "14", "60", "bridge")]
        [InlineData("Only 9 of the 40 schools reopened on Monday.", "9", "40", "school")]
        [InlineData("Rebels hold 3 of 12 border posts, the army said.", "3", "12", "post")]
        public void APartOfAWholeCountsWhatTheWholeCounts_AndTheWholeIsATotal(string sentence, string part, string whole, string head)
        {
            var p = One(sentence, part);
            var w = One(sentence, whole);

            p.Head.Should().Be(head);
            w.Head.Should().Be(head);
            p.Key.Should().NotBe(w.Key, "how many of them and how many there are in all are different quantities");
            w.Key.ToString().Should().EndWith("total");
        }

        [Theory]
        [InlineData("Exports reached 40 percent of output, the ministry said on Tuesday, up from 31 percent in 2024.", "up from 31 percent", "tuesday")]
        [InlineData("The bridge toll went to $6, the city said in March, up from $5 last year.", "up from $5", "march")]
        public void ADayOrMonthBeforeAChangeIsWhen_NotWhatChanged(string sentence, string figure, string when)
        {
            var m = One(sentence, figure);

            m.Key.ToString().Should().NotContain(when);
            m.Cues.Should().NotContain(c => c.Rule == "subject of the change");
        }

        [Fact]
        public void ACountOfTheSameNounWithNoPartBeforeIt_IsNoTotal()
        {
            One("Inspectors said 60 bridges need repairs.", "60").Key.ToString().Should().Be("bridge/count");
        }

        [Theory]
        [InlineData("Officials plan to relocate 9,000 migrants by June.", "9,000", "migrant/planned-transfer", QuantityKind.Target)]
        [InlineData("About 4,000 migrants are held in Italy.", "About 4,000", "migrant-in-italy/held", QuantityKind.Level)]
        [InlineData("Nearly 600 inmates are slated to be moved next week.", "Nearly 600", "detainee/planned-transfer", QuantityKind.Target)]
        [InlineData("The camp received 1,200 captives from Libya.", "1,200", "detainee-from-libya/transferred", QuantityKind.Cumulative)]
        [InlineData("Police estimate the number of prisoners at 800.", "800", "detainee/held", QuantityKind.Level)]
        [InlineData("The bridge is 1,200 metres long.", "1,200 metres", "bridge/length", QuantityKind.Level)]
        [InlineData("About 75 percent of the new canal has been completed.", "About 75 percent", "canal/completed-share", QuantityKind.Ratio)]
        public void EventsPlansAndPropertiesGiveTheKey(string sentence, string figure, string key, QuantityKind kind)
        {
            var m = One(sentence, figure);

            m.Key.ToString().Should().Be(key);
            m.Kind.Should().Be(kind);
        }

        [Fact]
        public void PlannedTransferAndTransferSoFarAreDifferentQuantities()
        {
            var read = Read("Officials plan to relocate 9,000 migrants. So far 2,500 migrants have been relocated.");

            read.Select(m => m.Key.Measure).Should().Equal("planned-transfer", "transferred");
        }

        [Fact]
        public void CostsPerPersonPerDayPerDayAndPerMonthAreRatesOfOneOwner()
        {
            var read = Read("Housing costs 30 dollars per refugee per day. With 2,000 refugees in the camp, the daily bill is $60,000, or roughly $1.8 million a month.");

            read.Select(m => m.Key.ToString()).Should().Equal(
                "refugee/cost-per-person-per-day", "refugee/count", "refugee/cost-per-day", "refugee/cost-per-month");
            read.Where(m => m.Unit.Symbol.StartsWith("USD", StringComparison.Ordinal)).Should().OnlyContain(m => m.Kind == QuantityKind.Flow);
        }

        [Fact]
        public void ANationalityQualifiesOnlyTheFigureItFollows()
        {
            var read = Read("The total number of migrants due to be relocated is 9,000, with about 40 percent holding Syrian nationality.");

            read[0].Qualifiers.Should().BeEmpty("the nationality belongs to the share after the comma");
            read[0].Kind.Should().Be(QuantityKind.Target);
            read[1].Key.ToString().Should().Be("migrant-syria/share-syria");
            read[1].Kind.Should().Be(QuantityKind.Ratio);
        }

        [Fact]
        public void TheFigureRefersBackToTheQuantityBefore()
        {
            var read = Read("Officials denied that 9,000 inmates had been moved, saying the actual figure is between 4,000 and 5,000.");

            read[1].Key.Should().Be(read[0].Key);
            read[1].Cues.Should().Contain(c => c.Rule.Contains("refers back to t@", StringComparison.Ordinal));
        }

        [Fact]
        public void AFigureWithNoRecognisableQuantityIsKeptAndReported()
        {
            var read = Read("The answer was 42.");

            var m = read.Should().ContainSingle().Which;
            m.IsRecognised.Should().BeFalse();
            m.Key.Subject.Should().StartWith("unrecognised-t-");
            m.ToString().Should().Contain("not recognised");
        }

        [Fact]
        public void TextWithoutFiguresGivesNothing()
        {
            Read("Nothing was counted in this sentence, and nobody said how many.").Should().BeEmpty();
            Read(string.Empty).Should().BeEmpty();
        }

        [Theory]
        [InlineData("")]
        [InlineData("a/b")]
        [InlineData("a@b")]
        public void BadArticleIdsAreRejectedByName(string id)
        {
            var act = () => QuantityReader.Read(NumericMentionExtractor.Extract("5 dogs."), id);

            act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("articleId");
        }

        [Fact]
        public void CueSpansPointAtTheirTextInTheArticle()
        {
            const string text = "Yesterday 1,500 detainees were transferred from Jordan to Egypt.";
            foreach (var cue in Read(text).SelectMany(m => m.Cues))
            {
                text.Substring(cue.Start, cue.Length).Should().Be(cue.Text);
            }
        }

        [Fact]
        public void ABareCountOfNationalsAmongDetaineesMeasuresTheOneQuantityOfThoseNationalsInTheArticle()
        {
            var read = Read("Officials called talk of hundreds of French nationals among the prisoners untrue. Paris said about 150 inmates holding French nationality are to be moved to Belgium.");

            var bare = read.Single(m => m.Mention.Text == "hundreds");
            bare.Head.Should().Be("detainee", "\"among the prisoners\" says what is counted");
            bare.Key.ToString().Should().Be("detainee-france/planned-transfer");
            bare.Kind.Should().Be(QuantityKind.Target);
            var alignment = QuantityAlignment.Align(read);
            alignment.KeyOf(bare.Id).Should().Be(alignment.KeyOf(read.Single(m => m.Mention.Text == "about 150").Id));
            bare.Cues.Should().Contain(c => c.Role == IdentityRole.Event && c.Rule.Contains("no event of its own"));
        }

        [Fact]
        public void ABareCountKeepsItsOwnReadingWhenTwoQuantitiesOfTheSameThingCouldBeMeant()
        {
            var read = Read("Reports of hundreds of French nationals among the prisoners were denied. About 150 inmates holding French nationality are to be moved. So far 90 inmates holding French nationality have been moved.");

            var bare = read.Single(m => m.Mention.Text == "hundreds");
            bare.Key.ToString().Should().Be("detainee-france/held");
            bare.Cues.Should().NotContain(c => c.Rule.Contains("no event of its own"));
        }

        [Fact]
        public void ABareCountWithNoSharedQualifierIsNotResolved()
        {
            var read = Read("Officials estimated the number of detainees in Jordan at 6,500. A plan to move 7,000 prisoners was announced.");

            read.Single(m => m.Mention.Text == "6,500").Key.ToString().Should().Be("detainee-in-jordan/held");
        }

        [Fact]
        public void AConversionInParenthesesMeasuresWhatTheFigureBeforeItMeasures()
        {
            var read = Read("The harbour index rose 0.3% to 910.2 points, on turnover of 2.4 billion shekels ($650 million).");

            var shekels = read.Single(m => m.Mention.Text == "2.4 billion shekels");
            var dollars = read.Single(m => m.Mention.Text == "$650 million");
            shekels.Head.Should().Be("turnover", "a property named before \"of\" is not owned by the count before it");
            dollars.Thing.Should().Be("turnover");
            dollars.Head.Should().Be("turnover");
            dollars.IsRecognised.Should().BeTrue();
            dollars.Cues.Should().Contain(c => c.Rule.Contains("converts the figure before it"));
        }

        [Theory]
        [InlineData("Lakeside Motors, which has 4,200 workers in Wales, said sales fell.", "4,200", "Lakeside Motors")]
        [InlineData("Since the start of the season Dana Okafor has scored 19 goals.", "19", "Dana Okafor")]
        [InlineData("the hull strength was measured at 12 ksi.", "12 ksi", "hull strength")]
        [InlineData("On turnover of 3.1 billion shekels the market closed higher.", "3.1 billion shekels", "turnover")]
        [InlineData("Previously the ferry service offered 40 sailings a week.", "40", "ferry service")]
        [InlineData("However the pump pressure stayed at 12 bar.", "12", "pump pressure")]
        public void AboutIsTheNameOrSubjectOfTheFiguresClauseOrTheProperty(string sentence, string figure, string about)
        {
            var m = One(sentence, figure);

            m.About.Should().Be(about);
        }

        [Theory]
        [InlineData("Our supplier Harbour Mills sold the plant to Brightwater Foods, which is 30 percent owned by a pension fund.", "30 percent", "Brightwater Foods")]
        [InlineData("The lake sits in a valley that is about 12 miles long.", "about 12 miles", "valley")]
        public void AFigureInARelativeClauseIsAboutTheNounTheClauseDescribes(string sentence, string figure, string about)
        {
            var m = One(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("relative clause"));
        }

        [Theory]
        [InlineData("Marlow Hospital has 240 beds and employs 95 nurses.", "95", "Marlow Hospital")]
        [InlineData("The river level was 4 metres on Monday and 6 metres on Friday.", "6 metres", "river level")]
        [InlineData("Ferries carried 3,000 cars and the bridge was used by 9,000 trucks.", "9,000", "bridge")]
        public void AndOpensAClauseOnlyWhenASubjectAndAVerbFollowIt(string sentence, string figure, string about)
        {
            One(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("In the northern district, the water board counted 310 leaks.", "310", "water board")]
        [InlineData("If the mill closes, the town council expects 200 job losses.", "200", "town council")]
        public void AnOpeningPhraseClosedByACommaIsNotTheSubject(string sentence, string figure, string about)
        {
            One(sentence, figure).About.Should().Be(about);
        }

        [Fact]
        public void AnAsideAfterACommaDoesNotCloseTheOpeningPhrase()
        {
            One("Before the merger county debt, excluding bonds, was 41 billion dollars.", "41 billion dollars").About.Should().EndWith("debt");
        }

        [Theory]
        [InlineData("It will also boost the load capacity by 300 kilograms.", "300 kilograms", "load capacity")]
        [InlineData("The tank sizes remain 40 litres and 60 litres.", "40 litres", "tank sizes")]
        [InlineData("A 70 year-old runner might need 2,400 calories a day.", "2,400", "70 year-old runner")]
        [InlineData("Get the Harbour lamp at Lumen Street for $45.", "$45", "Harbour lamp")]
        public void AVerbIsNeverTheSubjectOrAName(string sentence, string figure, string about)
        {
            Read(sentence).Single(m => m.Mention.Text.StartsWith(figure, StringComparison.Ordinal)).About.Should().Be(about);
        }

        [Fact]
        public void AClauseWithNoSubjectBeforeTheFigureIsAboutTheNounAfterIt()
        {
            var m = One("It took a 35 percent stake in the ferry line.", "35 percent");

            m.About.Should().Be("stake");
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("no subject before it"));
        }

        [Theory]
        [InlineData("Last spring I paid $900 for a new boiler.", "$900", "new boiler")]
        [InlineData("The repair will cost $900 next month.", "$900", "repair")]
        [InlineData("The daily cost of each bed is $40.", "$40", "daily cost")]
        public void MoneyAfterACostVerbIsAboutWhatIsPaidForOrTheSubject(string sentence, string figure, string about)
        {
            One(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The new laptop came with a 65 W charger.", "65 W", "charger, new laptop")]
        [InlineData("Harbour Bank will charge a 0.4 percent fee on large deposits.", "0.4 percent", "fee on large deposits, Harbour Bank")]
        [InlineData("The camera has a 12 mm lens.", "12 mm", "lens, camera")]
        public void AFigureWithAUnitThatDescribesTheNounAfterItIsAboutThatNounAndTheSubject(string sentence, string figure, string about)
        {
            var m = One(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("the noun the figure describes"));
        }

        [Theory]
        [InlineData("Lakeside Motors employed 4,200 workers.", "4,200", "Lakeside Motors")]
        [InlineData("The lake is about 12 miles wide.", "about 12 miles", "lake")]
        [InlineData("The river rose 2 metres overnight.", "2 metres", "river")]
        public void ACountOrAMeasureFollowedByNoNounKeepsTheSubject(string sentence, string figure, string about)
        {
            One(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The fund had a dividend yield of 4 percent.", "4 percent", "dividend yield, fund")]
        [InlineData("The storm brought winds of 90 mph to the coast.", "90 mph", "winds, storm")]
        public void APropertyNamedBeforeOfTheFigureIsJoinedWithTheSubjectThatHasIt(string sentence, string figure, string about)
        {
            var m = One(sentence, figure);

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("has the property"));
        }

        [Fact]
        public void APropertyWhoseOwnerIsAPronounStaysTheProperty()
        {
            One("The makers claim it offers a range of 300 miles.", "300 miles").About.Should().Be("range");
        }

        [Theory]
        [InlineData("The average depth of the old canal was 3 metres.", "3 metres", "average depth of the old canal")]
        [InlineData("The weight of the crate is 40 kg.", "40 kg", "weight of the crate")]
        public void TheSubjectKeepsItsOfPhrase(string sentence, string figure, string about)
        {
            One(sentence, figure).About.Should().Be(about);
        }

        [Theory]
        [InlineData("The Lakeside 250 Index gained 0.4 percent.", "0.4 percent", "Lakeside 250 Index")]
        [InlineData("The Harbour 100 fell 12 points.", "12", "Harbour 100")]
        [InlineData("Shares of the ferry line fell 3 percent.", "3 percent", "Shares of the ferry line")]
        public void AChangesSubjectKeepsTheNumberOfItsNameAndItsOwnerBeforeOf(string sentence, string figure, string about)
        {
            var m = Read(sentence).Single(x => x.Mention.Text.StartsWith(figure, StringComparison.Ordinal));

            m.About.Should().Be(about);
            m.Cues.Should().Contain(c => c.Role == IdentityRole.About && c.Rule.Contains("change's subject"));
        }

        [Fact]
        public void AChangesSubjectWithNothingToAddStaysTheThing()
        {
            var m = One("The harbour index rose 2 percent.", "2 percent");

            m.About.Should().Be(m.Thing);
            m.Cues.Should().NotContain(c => c.Role == IdentityRole.About);
        }

        [Fact]
        public void ACapitalisedUnitOfAnEarlierFigureIsNotAName()
        {
            One("the grid frequency fell to 49.9 Hz on Monday and 49.7 Hz on Tuesday.", "49.7 Hz").About.Should().Be("grid frequency");
        }
    }
}
