namespace ClaimRecon.Articles
{
    /// <summary>"called" as a denial verb: "the bureau called that estimate inflated", not "a group called Aid Now" nor "called the wrong hotline".</summary>
    internal sealed partial class StatementFinder
    {
        /// <summary>
        /// Where what "called" at <paramref name="t"/> says is wrong ends (the end of its clause), when a denial word
        /// ("exaggerated", "false", "a gross underestimate") is in the six words after it, before a comma, a quotation mark
        /// or a new clause ("because", "when", "while"): "called the figure inflated", "calls the reports baseless", "called
        /// the plan to cut 300 jobs misleading"; -1 when "called" names or phones.
        /// Before a capitalised word "called" names ("a group called Aid Now"); a denial adjective right after an article or a
        /// possessive, with a noun after it, opens what was phoned or named ("called the wrong hotline", "called a fake
        /// charity"), while one after the thing called keeps it ("calls this a false story"); "called to say" is a
        /// telephone call.
        /// </summary>
        private int CalledWrongEnd(int t)
        {
            if (t + 1 < _sentence.EndToken && _tokens[t + 1].Capitalised)
            {
                // "a charity called Fair Count said the figures were false": a name follows, not what is called wrong.
                return -1;
            }

            if (W(t + 1) == "to")
            {
                // "Ortiz called to say that was wrong": a telephone call, whose words the verb after "to" says.
                return -1;
            }

            var end = t + 1;
            while (end < _sentence.EndToken && end <= t + 6 && _tokens[end].Kind is not (TokenKind.Comma or TokenKind.QuoteOpen or TokenKind.QuoteClose)
                && W(end) is not ("because" or "when" or "while"))
            {
                end++;
            }

            if (end <= t + 2 || StanceRules.DenialPredicate(_article, _tokens[t + 2].Start, _tokens[end - 1].End) is not { } denial)
            {
                return -1;
            }

            var last = _article.TokenAt(denial.End - 1) + 1;
            if (last == t + 3 && W(t + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "our" or "my" or "your" && last < _sentence.EndToken
                && _tokens[last].Kind == TokenKind.Word && !CueLexicon.DenialNounsOnly.Contains(W(t + 2)!)
                && W(last) is not ("and" or "but" or "or" or "to" or "by" or "in" or "on" or "at" or "for" or "from" or "of" or "than" or "with" or "about" or "after" or "before"
                    or "because" or "when" or "while" or "last" or "this" or "earlier" or "yesterday" or "today" or "again"))
            {
                // "voters called the wrong hotline": the denial word opens what was phoned or named; nothing is called wrong.
                return -1;
            }

            // "called the estimate far lower than the real rate": what is called wrong runs to its clause's end.
            while (last < _sentence.EndToken && _tokens[last].Kind is not (TokenKind.Comma or TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.Semicolon or TokenKind.Dash or TokenKind.Colon)
                && W(last) is not ("and" or "but" or "or"))
            {
                last++;
            }

            return last;
        }
    }
}
