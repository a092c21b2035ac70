using KbSite.Corpus;
using KbSite.Matching;
using KbSite.Search;

namespace KbSite.Matching;

/// <summary>Each of Q152877's four events, from other servers and in every paste format, finds Q152877 first.</summary>
public sealed class Q152877MatchingTests : IDisposable
{
    private readonly SearchTestIndex _index = new();

    public void Dispose() => _index.Dispose();

    public static readonly (int Id, string Message)[] AsPrinted =
    [
        (1004, "An error occurred while processing an association 1 with entity./O=organization/OU=site/CN=CONFIGURATION/CN=SERVERS /CN=MICROSOFT MTA. The association will be terminated and restarted if necessary. [2 20 1 8 PLATFORM KERNEL 10] (14)"),
        (1008, "An error occurred while processing an association with entity . The association will be terminated and restarted if necessary. [2 26 PLATFORM KERNEL ]"),
        (1277, "An interoperability error occurred. Session error: the remotely initiated transport connection was refused. Control block index 6. Type1[/O=Organization/OU=Site/CN=CONFIGURATION/CN=SERVERS/CN= Servername/CN=MICROSOFT MTA PLATFORM KERNEL] (14)"),
        (1198, "An error occurred while processing an association to entity . Presentation error: state check failure. Current state 0, service type 20, service flavor 2 Control block index 3. The association will be terminated and restarted if necessary. [PLATFORM KERNEL 27 108] (14)"),
    ];

    public static readonly (int Id, string Message)[] FromAnotherServer =
    [
        (1004, "An error occurred while processing an association 7 with entity /O=Contoso/OU=Paris/CN=Configuration/CN=Servers/CN=PARMAIL3/CN=Microsoft MTA. The association will be terminated and restarted if necessary. [3 22 1 9 PLATFORM KERNEL 12] (14)"),
        (1008, "An error occurred while processing an association with entity /O=Fabrikam/OU=Berlin/CN=Configuration/CN=Servers/CN=BERMTA1/CN=Microsoft MTA. The association will be terminated and restarted if necessary. [2 31 PLATFORM KERNEL 8]"),
        (1277, "An interoperability error occurred. Session error: the remotely initiated transport connection was refused. Control block index 11. Type1[/O=Contoso/OU=London/CN=Configuration/CN=Servers/CN=LONMAIL2/CN=Microsoft MTA PLATFORM KERNEL] (14)"),
        (1198, "An error occurred while processing an association to entity /O=Contoso/OU=Paris/CN=Configuration/CN=Servers/CN=PARMAIL1/CN=Microsoft MTA. Presentation error: state check failure. Current state 1, service type 18, service flavor 4 Control block index 5. The association will be terminated and restarted if necessary. [PLATFORM KERNEL 29 112] (14)"),
    ];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var format in PasteFormatter.Formats)
        {
            for (var e = 0; e < 4; e++)
            {
                data.Add(format, e, false);
                data.Add(format, e, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_event_finds_Q152877_first(string format, int eventIndex, bool fromAnotherServer)
    {
        var (id, message) = fromAnotherServer ? FromAnotherServer[eventIndex] : AsPrinted[eventIndex];
        var paste = PasteFormatter.Write(format, "MSExchangeMTA", id, "Error", message);

        var result = new EventMatcher(_index.Index).Match(paste);

        var parsed = Assert.Single(result.Events);
        if (format != "plain")
        {
            Assert.Equal(id, parsed.EventId);
            Assert.Equal("MSExchangeMTA", parsed.Source);
        }

        Assert.NotEmpty(result.Matches);
        Assert.Equal("Q152877", result.Matches[0].Id);

        // The explanation is of the event that was pasted, not of a sibling event of the same article.
        var explained = result.Matches[0].Events.MaxBy(m => m.Score)!;
        Assert.Equal(id, explained.EventId);
        Assert.Contains(result.Matches[0].Reasons, r => r == $"same event id ({id})" || (format == "plain" && r.StartsWith("message: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Event_1008_with_the_entity_name_filled_in_aligns_the_name_with_the_slot_the_article_left_empty()
    {
        var (id, message) = FromAnotherServer[1];

        var top = new EventMatcher(_index.Index).Match(PasteFormatter.Write("event-viewer", "MSExchangeMTA", id, "Error", message)).Matches[0];

        Assert.Equal("Q152877", top.Id);
        var alignment = top.Events[0].Alignment!;
        Assert.Equal(1008, top.Events[0].EventId);
        Assert.Contains(alignment.Differences, d => d.Article == MessageTokenizer.BlankText && d.Pasted.StartsWith("/O=Fabrikam", StringComparison.Ordinal));
        Assert.DoesNotContain(top.Reasons, r => r.Contains("→ with", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_xml_with_insertion_strings_only_is_explained_by_the_rebuilt_message()
    {
        const string paste = """
            <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
              <System><Provider Name="MSExchangeMTA" /><EventID Qualifiers="49152">1277</EventID><Level>2</Level></System>
              <EventData><Data>11</Data><Data>/O=Contoso/OU=London/CN=Configuration/CN=Servers/CN=LONMAIL2/CN=Microsoft MTA</Data><Data>14</Data></EventData>
            </Event>
            """;

        var result = new EventMatcher(_index.Index).Match(paste);

        var top = result.Matches[0];
        Assert.Equal("Q152877", top.Id);
        Assert.True(top.Events[0].FromInserts);
        Assert.Contains(top.Reasons, r => r.StartsWith("message rebuilt from the paste's insertion strings", StringComparison.Ordinal));
        Assert.DoesNotContain(top.Reasons, r => r.Contains(" words of the article's message match", StringComparison.Ordinal));
        Assert.Contains(top.Events[0].Alignment!.Pasted, s => s.Text == "11");
    }

    [Theory]
    [InlineData("Event ID 1004", new[] { "Q152877", "Q900110", "Q900121", "Q900122" })]
    [InlineData("MSExchangeMTA Event ID 1004", new[] { "Q152877", "Q900110" })]
    [InlineData("Event ID: 1004\nSource: MSExchangeMTA", new[] { "Q152877", "Q900110" })]
    public void A_paste_of_only_an_event_id_is_the_lookup_of_that_id(string paste, string[] expectedFirst)
    {
        var result = new EventMatcher(_index.Index).Match(paste.Replace("\\n", "\n", StringComparison.Ordinal));

        Assert.Equal(expectedFirst.Order(StringComparer.Ordinal), result.Matches.Take(expectedFirst.Length).Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(result.Matches.Take(expectedFirst.Length), m => Assert.Contains("matched on source and id alone (the paste has no message)", m.Reasons));
    }
}
