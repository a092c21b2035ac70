namespace KbSite.Articles;

/// <summary>The event blocks a reader would recognise in an article body, in every layout articles print them.</summary>
public sealed class BodyEventsTests
{
    private static EventSignature Single(string body) => Assert.Single(BodyEvents.Find(body));

    private static void AssertEvent(EventSignature e, string source, int id, string level, string message)
    {
        Assert.Equal((source, id, level, message), (e.Source, e.EventId, e.Level, e.Message));
        Assert.True(e.FromBody);
    }

    [Theory]
    [InlineData("```console\n{0}\n```\n")]
    [InlineData("```output\n{0}\n```\n")]
    [InlineData("```\n{0}\n```\n")]
    [InlineData("~~~text\n{0}\n~~~\n")]
    [InlineData("{0}\n")]
    public void An_nt_style_block_is_found_inside_any_fence_and_outside(string layout)
    {
        var body = "Text before.\n\n" + string.Format(layout, "MSExchangeMTA Event ID 1004\nType: Error\nA non-delivery report was generated for message 12.") + "\nText after.\n";

        AssertEvent(Single(body), "MSExchangeMTA", 1004, "Error", "A non-delivery report was generated for message 12.");
    }

    [Fact]
    public void The_older_event_viewer_layout_is_found_with_tabs_and_its_date_time_user_and_computer_lines()
    {
        var body = "```console\nEvent Type:\tWarning\nEvent Source:\tMSExchangeIS Mailbox\nEvent Category:\tGeneral\nEvent ID:\t1025\nDate:\t\t5/2/2003\nTime:\t\t10:12:44 AM\nUser:\t\tN/A\nComputer:\tEXCH02\nDescription:\nAn error occurred on database \"First Storage Group\\Mailbox Store (EXCH02)\".\n```\n";

        AssertEvent(Single(body), "MSExchangeIS Mailbox", 1025, "Warning", "An error occurred on database \"First Storage Group\\Mailbox Store (EXCH02)\".");
    }

    [Fact]
    public void The_event_viewer_general_tab_layout_is_found()
    {
        var body = "Log Name:      Application\nSource:        MSExchangeRepl\nDate:          11/25/2026 9:14:02 AM\nEvent ID:      2153\nTask Category: Service\nLevel:         Error\nKeywords:      Classic\nUser:          N/A\nComputer:      EX01.contoso.local\nDescription:\nThe log copier was unable to communicate with server 'EX02'.\n";

        AssertEvent(Single(body), "MSExchangeRepl", 2153, "Error", "The log copier was unable to communicate with server 'EX02'.");
    }

    [Fact]
    public void The_exchange_layout_is_found_in_a_block_quote()
    {
        var body = "> ID: 9559\n> Level: Error\n> Source: MSExchangeIS\n> Machine: MBX02\n> Message: The database \"DB2\" was dismounted.\n\nNext paragraph.\n";

        AssertEvent(Single(body), "MSExchangeIS", 9559, "Error", "The database \"DB2\" was dismounted.");
    }

    [Theory]
    [InlineData("```xml\n{0}\n```\n", "Warning", "The IO operation at block 0x10 for Disk 2 was retried.")]
    [InlineData("{0}\n", "Warning", "The IO operation at block 0x10 for Disk 2 was retried.")]
    public void Event_xml_is_found_with_its_rendered_message(string layout, string level, string message)
    {
        var xml = "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"disk\" /><EventID Qualifiers=\"49156\">153</EventID><Level>3</Level></System><RenderingInfo Culture=\"en-US\"><Message>The IO operation at block 0x10 for Disk 2 was retried.</Message><Level>Warning</Level></RenderingInfo></Event>";

        AssertEvent(Single(string.Format(layout, xml)), "disk", 153, level, message);
    }

    [Fact]
    public void Event_xml_without_rendering_info_keeps_its_inserts_as_the_message()
    {
        var xml = "<Event><System><Provider Name=\"Service Control Manager\" /><EventID>7034</EventID><Level>2</Level></System><EventData><Data Name=\"param1\">Backup Agent</Data><Data Name=\"param2\">3</Data></EventData></Event>";

        AssertEvent(Single(xml), "Service Control Manager", 7034, "Error", "Backup Agent 3");
    }

    [Fact]
    public void A_table_gives_a_signature_per_row_with_columns_known_by_their_headers()
    {
        var body = "| Level | Message | Event ID | Provider |\n|---|---|:-:|---|\n| Error | The spooler failed to load `<path>`, error 0x45A. | 808 | Microsoft-Windows-PrintService |\n| **Warning** | Printer <printer> is offline \\| paused. | 315 | Microsoft-Windows-PrintService |\n| Error | | 999 | x |\n\nAfter the table.\n";

        var events = BodyEvents.Find(body);

        Assert.Equal(2, events.Count);
        AssertEvent(events[0], "Microsoft-Windows-PrintService", 808, "Error", "The spooler failed to load <path>, error 0x45A.");
        AssertEvent(events[1], "Microsoft-Windows-PrintService", 315, "Warning", "Printer <printer> is offline | paused.");
    }

    [Fact]
    public void A_table_with_only_an_id_and_a_description_column_is_not_taken_for_events()
    {
        Assert.Empty(BodyEvents.Find("| ID | Description |\n|----|-------------|\n| 1 | First step of the checklist |\n"));
    }

    [Theory]
    [InlineData("You see event ID 7034 from Service Control Manager: \"The Backup Agent service terminated unexpectedly.\"", "Service Control Manager")]
    [InlineData("Event 7034 is logged with the text “The Backup Agent service terminated unexpectedly.”", "")]
    [InlineData("The Service Control Manager\nlogs EventID 7034, \"The Backup Agent service terminated unexpectedly.\"", "Service Control Manager")]
    [InlineData("You may also see event ID 7034: \"The Backup Agent service terminated\nunexpectedly.\"", "")]
    public void Prose_naming_an_event_id_followed_by_its_quoted_message_is_found(string prose, string source)
    {
        AssertEvent(Single(prose + "\n\nNext.\n"), source, 7034, "", "The Backup Agent service terminated unexpectedly.");
    }

    [Theory]
    [InlineData("> The time service could not reach a source.\n> It will try again in 15 minutes.")]
    [InlineData("```\nThe time service could not reach a source.\nIt will try again in 15 minutes.\n```")]
    [InlineData("    The time service could not reach a source.\n    It will try again in 15 minutes.")]
    public void Prose_naming_an_event_id_followed_by_a_quote_fence_or_indented_block_takes_it_as_the_message(string block)
    {
        var body = "The server logs event ID 12 from Microsoft-Windows-Time-Service with this message:\n\n" + block + "\n\nThen fix it.\n";

        AssertEvent(Single(body), "Microsoft-Windows-Time-Service", 12, "", "The time service could not reach a source. It will try again in 15 minutes.");
    }

    [Fact]
    public void A_bare_event_id_line_takes_the_lines_below_it()
    {
        AssertEvent(Single("> Event ID 1311\n>\n> The KCC has detected problems.\n"), "", 1311, "", "The KCC has detected problems.");
    }

    [Theory]
    [InlineData("Event ID 7034 is described in another article.\n")]
    [InlineData("See event 7034 for details; the \"Backup\" service is named.\n")]
    [InlineData("Events 1 to 5 are informational.\n\nThis paragraph is prose.\n")]
    public void Prose_that_names_an_id_without_a_message_gives_no_signature(string body)
    {
        Assert.Empty(BodyEvents.Find(body));
    }

    [Fact]
    public void An_event_printed_twice_or_read_by_two_layouts_counts_once()
    {
        var block = "MSExchangeMTA Event ID 1004\nA non-delivery report was generated.";
        var body = $"{block}\n\nAs noted, event ID 1004 is logged: \"A non-delivery report was generated.\"\n\n{block}\n";

        Assert.Equal(1004, Single(body).EventId);
    }

    [Fact]
    public void Signatures_the_rules_refuse_are_left_out()
    {
        var body = $"MSExchangeMTA Event ID 1004\n{new string('m', ArticleRules.MaxMessageLength + 1)}\n\n"
                   + string.Join("\n\n", Enumerable.Range(1, 150).Select(i => $"Src Event ID {i}\nMessage {i}."));

        var events = BodyEvents.Find(body);

        Assert.Equal(ArticleRules.MaxEvents, events.Count);
        Assert.DoesNotContain(events, e => e.EventId == 1004);
        Assert.Equal(Enumerable.Range(0, ArticleRules.MaxEvents), events.Select(e => e.Order));
    }

    [Fact]
    public void A_quoted_message_keeps_the_names_quoted_inside_it()
    {
        var body = "The store logs event ID 9559 with the text \"The database \"Mailbox Database 02\" was dismounted.\" in the application log.\n";

        AssertEvent(Single(body), "", 9559, "", "The database \"Mailbox Database 02\" was dismounted.");
    }

    [Fact]
    public void A_bulleted_list_of_bold_labels_is_an_event_block()
    {
        var body = "- **Event ID:** 2019\n- **Source:** `Srv`\n- **Level:** Error\n- **Description:** The server was unable to allocate from the system nonpaged pool.\n";

        AssertEvent(Single(body), "Srv", 2019, "Error", "The server was unable to allocate from the system nonpaged pool.");
    }

    [Fact]
    public void A_two_column_table_of_fields_describes_one_event()
    {
        var body = "| Property | Value |\n|---|---|\n| Log Name | System |\n| Source | Srv |\n| Event ID | 2019 |\n| Level | Error |\n| Description | The server was unable to allocate from the system nonpaged pool. |\n";

        AssertEvent(Single(body), "Srv", 2019, "Error", "The server was unable to allocate from the system nonpaged pool.");
    }

    [Theory]
    [InlineData("Service Control Manager Event ID: 7034", "Service Control Manager")]
    [InlineData("   Web Proxy Event ID 7034", "Web Proxy")]
    [InlineData("See the Service Control Manager Event ID 7034", "Manager")]
    public void An_nt_header_that_opens_its_line_takes_every_capitalised_word_as_its_source(string header, string source)
    {
        Assert.Equal(source, Single($"```\n{header}\n\nThe Backup Agent service terminated unexpectedly.\n```\n").Source);
    }
}
