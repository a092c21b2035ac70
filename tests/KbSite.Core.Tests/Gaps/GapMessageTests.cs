using KbSite.Corpus;

namespace KbSite.Gaps;

public sealed class GapMessageTests
{
    [Theory]
    [InlineData("The MTA on server MAIL07 could not bind to 10.1.2.3:25.", "MAIL07", "10.1.2.3")]
    [InlineData(@"Cannot open C:\exchsrvr\mtadata\db.dat for CONTOSO\jsmith2.", @"C:\exchsrvr", "jsmith2")]
    [InlineData("Mail from anna.berg@fabrikam.com to https://intranet.fabrikam.com/x was refused by smtp.fabrikam.com.", "anna.berg", "fabrikam")]
    [InlineData("The service 'Fabrikam Relay' stopped with error 0x80070005 on ALPHA.", "Fabrikam Relay", "0x80070005", "ALPHA")]
    [InlineData("The user Anna Berg of the site Paris was locked out.", "Anna", "Berg", "Paris")]
    [InlineData("Object {6B29FC40-CA47-1067-B31D-00DD010662DA} under /O=Contoso/OU=Oslo/CN=Servers/CN=EXCH3 was skipped.", "6B29FC40", "Contoso", "Oslo", "EXCH3")]
    public void Values_that_could_name_the_readers_systems_are_replaced_by_markers(string message, params string[] values)
    {
        var masked = GapMessage.Mask(message);

        foreach (var value in values)
        {
            Assert.DoesNotContain(value, masked, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("%1", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_longer_than_the_tokenizer_reads_keeps_nothing_it_did_not_read()
    {
        // Far more words and values than the matcher's tokenizer looks at (it stops after a bound).
        var message = string.Join(' ', Enumerable.Range(1, 600).Select(i => $"step HOST{i}"));

        var masked = GapMessage.Mask(message);

        Assert.DoesNotContain("HOST", masked, StringComparison.Ordinal);
        Assert.All(masked.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => Assert.True(w == "step" || w.StartsWith('%'), w));
        Assert.StartsWith("step %1 step %2", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_words_stay_and_markers_are_numbered_in_order()
    {
        Assert.Equal("The MTA on server %1 could not bind to %2.", GapMessage.Mask("The MTA on server MAIL07 could not bind to 10.1.2.3:25."));
        Assert.Equal("Could not connect to %1 after %2 tries.", GapMessage.Mask("Could not connect to MAIL07 after 3 tries."));
    }

    [Fact]
    public void The_same_event_from_other_servers_and_values_is_the_same_gap()
    {
        var one = GapMessage.Mask("The MTA on server MAIL07 could not bind to 10.1.2.3 after 3 tries.");
        var other = GapMessage.Mask("The MTA on server HUB12 could not bind to 172.16.0.9 after 41 tries.");

        Assert.Equal(one, other);
        Assert.Equal(GapMessage.Key("MSExchangeMTA", 9411, one), GapMessage.Key("msexchangemta ", 9411, other));
        Assert.NotEqual(GapMessage.Key("MSExchangeMTA", 9411, one), GapMessage.Key("MSExchangeMTA", 9412, one));
    }

    /// <summary>
    /// Every event template of a generated corpus, rendered with fresh values as a reader's server would log it: no
    /// value that stands in a variable part survives masking (a value made only of words the template itself prints,
    /// such as "Microsoft MTA" ending an X.500 name, cannot be told from them and is not counted).
    /// </summary>
    [Fact]
    public void No_value_of_a_generated_paste_survives_where_it_stands_in_a_variable_part()
    {
        var corpus = new CorpusGenerator(seed: 5, articleCount: 600).Generate();
        var random = new Random(11);
        var checkedValues = 0;
        foreach (var e in corpus.SelectMany(a => a.Truth.Events))
        {
            var parts = e.Template.RenderParts(random);
            var masked = GapMessage.Mask(string.Concat(parts));
            var literal = new HashSet<string>(e.Template.LiteralWords.Select(w => w.Trim('.', ',', ':', ';', '(', ')')), StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < parts.Count; k++)
            {
                if (e.Template.Parts[k] is not SlotKind)
                {
                    continue;
                }

                foreach (var piece in parts[k].Split([' ', '\\', '/', '=', '.', ':', '[', ']', '(', ')', '{', '}', '-', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => p.Length >= 3 && !literal.Contains(p)))
                {
                    checkedValues++;
                    Assert.False(
                        masked.Contains(piece, StringComparison.OrdinalIgnoreCase) && !literal.Any(l => l.Contains(piece, StringComparison.OrdinalIgnoreCase)),
                        $"'{piece}' of the value '{parts[k]}' survived in: {masked}");
                }
            }
        }

        Assert.True(checkedValues > 1000, $"only {checkedValues} values were checked");
    }
}
