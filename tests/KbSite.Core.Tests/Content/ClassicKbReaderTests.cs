using KbSite.Articles;
using KbSite.Content;

namespace KbSite.Content;

public sealed class ClassicKbReaderTests
{
    public static TheoryData<string> SeedForms => new() { "Q152877.flat.txt", "Q152877.multiline.TXT" };

    private static readonly (int Id, string Message)[] SeedEvents =
    [
        (1004, "An error occurred while processing an association 1 with entity./O=organization/OU=site/CN=CONFIGURATION/CN=SERVERS /CN=MICROSOFT MTA. The association will be terminated and restarted if necessary. [2 20 1 8 PLATFORM KERNEL 10] (14)"),
        (1008, "An error occurred while processing an association with entity . The association will be terminated and restarted if necessary. [2 26 PLATFORM KERNEL ]"),
        (1277, "An interoperability error occurred. Session error: the remotely initiated transport connection was refused. Control block index 6. Type1[/O=Organization/OU=Site/CN=CONFIGURATION/CN=SERVERS/CN= Servername/CN=MICROSOFT MTA PLATFORM KERNEL] (14)"),
        (1198, "An error occurred while processing an association to entity . Presentation error: state check failure. Current state 0, service type 20, service flavor 2 Control block index 3. The association will be terminated and restarted if necessary. [PLATFORM KERNEL 27 108] (14)"),
    ];

    [Theory]
    [MemberData(nameof(SeedForms))]
    public void Seed_header_fields_land_in_structured_fields(string file)
    {
        var article = ClassicKbReader.Read(Fixture.Text(file));

        Assert.Equal("Q152877", article.Number);
        Assert.Equal("XCON: Unexpected event ID's 1004, 1008, 1277, and 1198", article.Title);
        Assert.Equal("Microsoft Exchange", article.Product);
        Assert.Equal(["4.0"], article.Versions);
        Assert.Equal("winnt", article.Platform);
        Assert.Equal("exchange", article.Category);
        Assert.Equal(new DateOnly(1999, 3, 28), article.Published);
        Assert.Equal(new DateOnly(1999, 3, 28), article.Modified);
        Assert.Equal(["kbusage"], article.Keywords);
        Assert.Equal(["kbExchangeSearch", "kbExchange400", "kbZNotKeyword2"], article.Technology);
        Assert.Equal(["Microsoft Exchange Server, version 4.0"], article.AppliesTo);
        Assert.Equal(["error", "hang", "crash", "mta", "slow"], article.QueryWords);
    }

    [Theory]
    [MemberData(nameof(SeedForms))]
    public void Seed_events_are_extracted_with_their_messages_as_printed(string file)
    {
        var article = ClassicKbReader.Read(Fixture.Text(file));

        Assert.Equal(SeedEvents.Length, article.Events.Count);
        for (var i = 0; i < SeedEvents.Length; i++)
        {
            var e = article.Events[i];
            Assert.Equal("MSExchangeMTA", e.Source);
            Assert.Equal(SeedEvents[i].Id, e.EventId);
            Assert.Equal(SeedEvents[i].Message, e.Message);
            Assert.Equal(i, e.Order);
        }
    }

    [Theory]
    [MemberData(nameof(SeedForms))]
    public void Seed_status_is_a_confirmed_problem_fixed_in_service_pack_2(string file)
    {
        var article = ClassicKbReader.Read(Fixture.Text(file));

        Assert.Equal(StatusKind.ConfirmedProblem, article.StatusKind);
        Assert.Equal("Microsoft Exchange Server 4.0 U.S. Service Pack 2", article.FixedIn);
        Assert.StartsWith("Microsoft has confirmed this to be a problem in Microsoft Exchange Server version 4.0.", article.StatusText, StringComparison.Ordinal);
        Assert.EndsWith("(without the spaces): S E R V P A C K", article.StatusText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedForms))]
    public void Seed_prose_lands_in_body_sections_and_nothing_is_dropped(string file)
    {
        var article = ClassicKbReader.Read(Fixture.Text(file));

        TextAssert.Contains(
            article.Body,
            "## Symptoms",
            "## More information",
            "## Status",
            "The Microsoft Exchange Server Message Transfer Agent (MTA) might generate the following errors in the Windows NT application log:",
            "kernel control blocks (KCBs) are created to enable mail flow.",
            "MSExchangeMTA Event ID 1198",
            "S E R V P A C K");
        TextAssert.Lacks(article.Body, "Additional query words", "=====");
        Assert.Equal("Microsoft Corporation 1999", article.Copyright);
        Assert.StartsWith("THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE IS PROVIDED \"AS IS\"", article.Disclaimer, StringComparison.Ordinal);
        Assert.EndsWith("SO THE FOREGOING LIMITATION MAY NOT APPLY.", article.Disclaimer, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_forms_of_the_seed_give_the_same_article()
    {
        var flat = ClassicKbReader.Read(Fixture.Text("Q152877.flat.txt"));
        var multi = ClassicKbReader.Read(Fixture.Text("Q152877.multiline.TXT"));

        // Only the paragraphing of the body may differ: the flattened form has lost its blank lines.
        Assert.Equal(TextTools.Collapse(flat.Body), TextTools.Collapse(multi.Body));
        multi.Body = flat.Body;
        Assert.True(ArticleContent.Same(flat, multi));
    }

    [Fact]
    public void Labelled_event_blocks_are_read_with_source_type_and_description()
    {
        const string text = """
            DOCUMENT:Q900999 02-JAN-1998 [winnt]
            TITLE   :Sample with a labelled event
            PRODUCT :Microsoft Windows NT
            PROD/VER:winnt:4.0
            OPER/SYS:WINDOWS
            KEYWORDS:kbbug kbnetwork
            ======================================================================
            SYMPTOMS
            ========

            The system log shows:

               Event ID: 2019
               Source: Srv
               Type: Error
               Description: The server was unable to allocate from the system
               NonPagedPool because the pool was empty.

            RESOLUTION
            ==========

            Restart the server.

            Additional query words: nonpaged pool
            """;

        var article = ClassicKbReader.Read(text);

        var e = Assert.Single(article.Events);
        Assert.Equal(("Srv", 2019, "Error"), (e.Source, e.EventId, e.Level));
        Assert.Equal("The server was unable to allocate from the system NonPagedPool because the pool was empty.", e.Message);
        Assert.Equal("WINDOWS", article.Platform);
        Assert.Equal(["kbbug", "kbnetwork"], article.Keywords);
        Assert.Contains("## Resolution", article.Body, StringComparison.Ordinal);
        Assert.Equal(["nonpaged", "pool"], article.QueryWords);
    }

    [Fact]
    public void Text_without_a_document_line_is_refused_with_a_reason()
    {
        var e = Assert.Throws<ContentFormatException>(() => ClassicKbReader.Read("TITLE :No document line\nSome text"));
        Assert.Contains("DOCUMENT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_title_takes_its_title_from_the_file_name()
    {
        var notes = new List<string>();
        var a = ClassicKbReader.Read("DOCUMENT:Q123456 01-JAN-1997 [x]\nPRODUCT :Thing\n==========", notes, "exports/mta_stops.txt");

        Assert.Equal(("Q123456", "Mta stops", "Thing"), (a.Number, a.Title, a.Product));
        Assert.Contains(notes, n => n.Contains("made from the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void An_impossible_document_date_is_dropped_with_a_note()
    {
        var notes = new List<string>();
        var a = ClassicKbReader.Read("DOCUMENT:Q123456 31-FEB-1997 [x]\nTITLE :T\n==========", notes);

        Assert.Equal(("Q123456", "T", (DateOnly?)null), (a.Number, a.Title, a.Published));
        Assert.Contains(notes, n => n.Contains("31-FEB-1997", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_block_without_a_message_stays_in_the_text_but_is_not_a_signature()
    {
        var notes = new List<string>();
        var a = ClassicKbReader.Read("DOCUMENT:Q123457 01-JAN-1997 [x]\nTITLE :T\n==========\n\nSYMPTOMS\n========\n\nMSExchangeMTA Event ID 1004\n\nMSExchangeMTA Event ID 1008\nAn error occurred.\n", notes);

        Assert.Equal(1008, Assert.Single(a.Events).EventId);
        Assert.Contains("Event ID 1004", a.Body, StringComparison.Ordinal);
        Assert.Contains(notes, n => n.Contains("event 1004 has no message", StringComparison.Ordinal));
    }
}
