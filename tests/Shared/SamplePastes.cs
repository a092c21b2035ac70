namespace KbSite.Testing;

/// <summary>Pastes shared by the web and browser tests.</summary>
public static class SamplePastes
{
    /// <summary>Q152877's event 1277 as Event Viewer's "Copy details" gives it, from another organisation's server.</summary>
    public const string Event1277FromEventViewer = """
        Log Name:      Application
        Source:        MSExchangeMTA
        Date:          11/25/2026 9:14:02 AM
        Event ID:      1277
        Task Category: Interoperability
        Level:         Error
        Keywords:      Classic
        User:          N/A
        Computer:      LONMAIL2.contoso.local
        Description:
        An interoperability error occurred. Session error: the remotely initiated transport connection was refused. Control block index 9. Type1[/O=Contoso/OU=London/CN=Configuration/CN=Servers/CN=LONMAIL2/CN=Microsoft MTA PLATFORM KERNEL] (14)
        """;
}
