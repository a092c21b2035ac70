using System.Diagnostics;
using KbSite.Corpus;
using KbSite.Matching;

namespace KbSite.Matching;

public sealed class EventPasteParserTests
{
    private const string Message = "The MTA could not open queue object 000012 for the connector 'Site Connector (LONDON)'. The object is marked as unusable. [MAIN BASE 1 59] (12)";

    public static TheoryData<string, string> FormatsAndNames => new()
    {
        { "event-viewer", PasteFormats.EventViewer },
        { "wevtutil", PasteFormats.Wevtutil },
        { "powershell-winevent", PasteFormats.PowerShell },
        { "powershell-eventlog", PasteFormats.PowerShell },
        { "xml", PasteFormats.Xml },
        { "csv", PasteFormats.Csv },
        { "nt", PasteFormats.NtStyle },
        { "nt-glued", PasteFormats.NtStyle },
        { "nt-labelled", PasteFormats.Labelled },
    };

    [Theory]
    [MemberData(nameof(FormatsAndNames))]
    public void Every_format_yields_source_id_level_and_the_whole_message(string format, string expectedFormat)
    {
        var e = Assert.Single(EventPasteParser.Parse(PasteFormatter.Write(format, "MSExchangeMTA", 2162, "Warning", Message)));

        Assert.Equal("MSExchangeMTA", e.Source);
        Assert.Equal(2162, e.EventId);
        Assert.Equal(Message, e.Message);
        Assert.Equal(expectedFormat, e.Format);
        if (format is not ("nt" or "nt-glued"))
        {
            Assert.Equal("Warning", e.Level);
        }
    }

    [Fact]
    public void A_bare_message_is_one_event_without_source_or_id()
    {
        var e = Assert.Single(EventPasteParser.Parse("  " + Message + "\n"));

        Assert.Equal(("", (int?)null, PasteFormats.Plain), (e.Source, e.EventId, e.Format));
        Assert.Equal(Message, e.Message);
    }

    [Fact]
    public void Several_xml_events_are_read_one_by_one()
    {
        var xml = "<Events>" + PasteFormatter.Write("xml", "MSExchangeMTA", 1004, "Error", "first message")
                  + PasteFormatter.Write("xml", "MSExchangeIS", 1081, "Error", "second message") + "</Events>";

        var events = EventPasteParser.Parse(xml);

        Assert.Equal([("MSExchangeMTA", 1004, "first message"), ("MSExchangeIS", 1081, "second message")], events.Select(e => (e.Source, e.EventId ?? -1, e.Message)));
    }

    [Fact]
    public void Xml_without_rendering_info_matches_on_its_inserts()
    {
        const string xml = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Srv'/><EventID>2019</EventID><Level>2</Level></System><EventData><Data>nonpaged</Data><Data>pool</Data></EventData></Event>";

        var e = Assert.Single(EventPasteParser.Parse(xml));

        Assert.Equal(("Srv", 2019, "Error", "nonpaged pool"), (e.Source, e.EventId ?? -1, e.Level, e.Message));
    }

    [Fact]
    public void Truncated_xml_keeps_what_was_read()
    {
        var xml = PasteFormatter.Write("xml", "MSExchangeMTA", 1004, "Error", Message);

        var e = Assert.Single(EventPasteParser.Parse(xml[..(xml.IndexOf("<EventData>", StringComparison.Ordinal) + 5)]));

        Assert.Equal(("MSExchangeMTA", 1004), (e.Source, e.EventId ?? -1));
    }

    [Fact]
    public void Two_powershell_records_are_two_events()
    {
        var paste = PasteFormatter.Write("powershell-eventlog", "MSExchangeMTA", 1004, "Error", "one")
                    + PasteFormatter.Write("powershell-eventlog", "MSExchangeMTA", 1008, "Error", "two");

        Assert.Equal([1004, 1008], EventPasteParser.Parse(paste).Select(e => e.EventId ?? -1));
    }

    [Fact]
    public void Two_event_viewer_copies_are_two_events()
    {
        var paste = PasteFormatter.Write("event-viewer", "MSExchangeMTA", 1004, "Error", "one") + "\n"
                    + PasteFormatter.Write("event-viewer", "Srv", 2019, "Error", "two");

        Assert.Equal([("MSExchangeMTA", "one"), ("Srv", "two")], EventPasteParser.Parse(paste).Select(e => (e.Source, e.Message)));
    }

    [Fact]
    public void Csv_with_several_rows_and_quoted_commas_is_read()
    {
        const string csv = "Level,Date and Time,Source,Event ID,Task Category\nError,1/2/1999 10:00,MSExchangeMTA,1004,Interface,\"An error, with a comma\"\nWarning,1/2/1999 10:01,Srv,2019,None,\"Line one\nline two\"\n";

        var events = EventPasteParser.Parse(csv);

        Assert.Equal([("MSExchangeMTA", 1004, "An error, with a comma"), ("Srv", 2019, "Line one line two")], events.Select(e => (e.Source, e.EventId ?? -1, e.Message)));
    }

    [Fact]
    public void The_seeds_glued_events_are_four_events()
    {
        var seed = File.ReadAllText(Fixture.PathOf("Q152877.flat.txt"));
        var symptoms = seed[seed.IndexOf("MSExchangeMTAEvent", StringComparison.Ordinal)..seed.IndexOf("MORE INFORMATION", StringComparison.Ordinal)];

        Assert.Equal([1004, 1008, 1277, 1198], EventPasteParser.Parse(symptoms).Select(e => e.EventId ?? -1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("12345 !!! ---")]
    public void Empty_or_wordless_pastes_give_no_event(string paste)
    {
        Assert.Empty(EventPasteParser.Parse(paste));
    }

    [Fact]
    public void Random_input_never_throws_and_stays_fast()
    {
        var random = new Random(20261125);
        const string alphabet = "abcXYZ019 :<>/\"'[](){}\\\n\r\t=,.-EventIDSourceDescriptionMessage";
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 300; i++)
        {
            var length = random.Next(0, 4000);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = random.Next(10) == 0 ? (char)random.Next(0, 0xD7FF) : alphabet[random.Next(alphabet.Length)];
            }

            var paste = new string(chars);
            Assert.True(EventPasteParser.Parse(paste).Count <= EventPasteParser.MaxEvents);
            var time = FastestOfThree(() => EventPasteParser.Parse(paste));
            slowest = time > slowest ? time : slowest;
        }

        // A generous bound: the point is "never stuck", not a benchmark.
        Assert.True(slowest < TimeSpan.FromMilliseconds(100), $"slowest parse took {slowest.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// The fastest of three runs: a pause of the shared test machine (GC, another test) slows one run, while input
    /// that is really slow to parse is slow every time.
    /// </summary>
    private static TimeSpan FastestOfThree(Action action)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        return fastest;
    }

    [Fact]
    public void Ten_thousand_lines_parse_quickly_into_a_bounded_result()
    {
        var paste = string.Join('\n', Enumerable.Range(0, 10_000).Select(i => $"Source: S{i}\nEvent ID: {i % 65536}\nDescription: line {i}"));

        var events = EventPasteParser.Parse(paste);
        var time = FastestOfThree(() => EventPasteParser.Parse(paste));

        Assert.Equal(EventPasteParser.MaxEvents, events.Count);
        Assert.True(time < TimeSpan.FromSeconds(2), $"took {time.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Binary_looking_input_is_a_plain_message_or_nothing_never_an_error()
    {
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);

        var events = EventPasteParser.Parse(System.Text.Encoding.Latin1.GetString(bytes));

        Assert.True(events.Count <= 1);
    }
}
