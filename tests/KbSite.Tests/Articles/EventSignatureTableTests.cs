using Bunit;
using KbSite.Articles;

namespace KbSite.Articles;

public sealed class EventSignatureTableTests : BunitContext
{
    [Fact]
    public void Each_event_is_a_row_in_article_order_with_source_id_level_and_message()
    {
        List<EventSignature> events =
        [
            new() { Source = "MSExchangeMTA", EventId = 1008, Level = "Error", Message = "second", Order = 1 },
            new() { Source = "MSExchangeMTA", EventId = 1004, Level = "Error", Message = "first", Order = 0 },
        ];

        var cut = Render<EventSignatureTable>(p => p.Add(c => c.Events, events));

        Assert.Equal(["Source", "Event ID", "Level", "Message"], cut.FindAll("thead th").Select(th => th.TextContent));
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["MSExchangeMTA", "1004", "Error", "first"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["MSExchangeMTA", "1008", "Error", "second"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void A_missing_level_shows_a_dash()
    {
        var cut = Render<EventSignatureTable>(p => p.Add(c => c.Events, [new EventSignature { Source = "Srv", EventId = 2019, Message = "m" }]));

        Assert.Equal("—", cut.Find("td[data-label=Level]").TextContent);
    }

    [Fact]
    public void Markup_in_a_message_is_shown_as_text()
    {
        var cut = Render<EventSignatureTable>(p => p.Add(c => c.Events, [new EventSignature { Source = "X", EventId = 1, Message = "<b>bold</b>" }]));

        Assert.Empty(cut.FindAll("td b"));
        Assert.Equal("<b>bold</b>", cut.Find("td.event-message code").TextContent);
    }

    [Fact]
    public void No_events_render_no_table()
    {
        var cut = Render<EventSignatureTable>(p => p.Add(c => c.Events, []));

        Assert.Empty(cut.FindAll("table"));
    }
}
