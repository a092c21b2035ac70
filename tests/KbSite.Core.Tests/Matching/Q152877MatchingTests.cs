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
    }
}
