using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KbSite.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KbSite.Matching;

public sealed class MatchEndpointsTests : SiteTest
{
    private const string Event1277 = SamplePastes.Event1277FromEventViewer;

    [Fact]
    public async Task A_plain_text_paste_returns_the_events_and_ranked_matches()
    {
        var result = await ReadJsonAsync(await Client.PostAsync("/api/match", new StringContent(Event1277, Encoding.UTF8, "text/plain")));

        var e = Assert.Single(result.GetProperty("events").EnumerateArray());
        Assert.Equal(["source", "eventId", "level", "message", "format"], e.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("MSExchangeMTA", 1277, "Error", "event-viewer"), (e.GetProperty("source").GetString(), e.GetProperty("eventId").GetInt32(), e.GetProperty("level").GetString(), e.GetProperty("format").GetString()));
        var first = result.GetProperty("matches")[0];
        Assert.Equal(["id", "title", "state", "score", "event", "reasons"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("published", first.GetProperty("state").GetString());
        Assert.Equal("Q152877", first.GetProperty("id").GetString());
        Assert.Equal(0, first.GetProperty("event").GetInt32());
        Assert.True(first.GetProperty("score").GetDouble() > 0.5);
        Assert.Contains("same event id (1277)", first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Articles_only_like_the_pasted_event_come_as_related_never_as_matches()
    {
        var result = await ReadJsonAsync(await Client.PostAsync("/api/match", new StringContent(Event1277, Encoding.UTF8, "text/plain")));

        var matches = result.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        var related = result.GetProperty("related").EnumerateArray().ToList();
        Assert.NotEmpty(related);
        Assert.All(related, r => Assert.DoesNotContain(r.GetProperty("id").GetString(), matches));
        Assert.All(related, r => Assert.True(r.GetProperty("score").GetDouble() < 0.6));
    }

    [Fact]
    public async Task Event_xml_with_only_insertion_strings_is_matched_on_the_rebuilt_message()
    {
        const string xml = """<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="MSExchangeMTA" /><EventID>1277</EventID><Level>2</Level></System><EventData><Data>11</Data><Data>/O=Contoso/OU=London/CN=Configuration/CN=Servers/CN=LONMAIL2/CN=Microsoft MTA</Data></EventData></Event>""";

        var first = (await ReadJsonAsync(await Client.PostAsync("/api/match", new StringContent(xml, Encoding.UTF8, "text/plain")))).GetProperty("matches")[0];

        Assert.Equal("Q152877", first.GetProperty("id").GetString());
        Assert.Contains(first.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("message rebuilt from the paste's insertion strings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_json_paste_works_the_same()
    {
        var result = await ReadJsonAsync(await Client.PostAsJsonAsync("/api/match", new { text = Event1277 }));

        Assert.Equal("Q152877", result.GetProperty("matches")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_paste_over_256_KB_is_refused_with_413()
    {
        var response = await Client.PostAsync("/api/match", new StringContent(new string('x', 256 * 1024 + 1), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("256 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_over_256_KB_without_a_length_is_refused_with_413_too()
    {
        var response = await Client.PostAsync("/api/match", new UnknownLengthContent(new string('x', 256 * 1024 + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_paste_of_exactly_256_KB_without_a_length_is_read_whole()
    {
        var paste = Event1277 + new string(' ', (256 * 1024) - Encoding.UTF8.GetByteCount(Event1277));

        var result = await ReadJsonAsync(await Client.PostAsync("/api/match", new UnknownLengthContent(paste)));

        Assert.Equal("Q152877", result.GetProperty("matches")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("!!!! ---- ####")]
    public async Task Nothing_recognisable_is_an_empty_answer_not_an_error(string paste)
    {
        var result = await ReadJsonAsync(await Client.PostAsync("/api/match", new StringContent(paste, Encoding.UTF8, "text/plain")));

        Assert.Equal(0, result.GetProperty("events").GetArrayLength());
        Assert.Equal(0, result.GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Broken_json_is_a_400_with_a_clear_message()
    {
        var response = await Client.PostAsync("/api/match", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text/plain", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_lines_are_answered()
    {
        var paste = string.Join("\n", Enumerable.Range(0, 10_000).Select(i => $"line {i} odd"));

        var response = await Client.PostAsync("/api/match", new StringContent(paste, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/events/MSExchangeMTA/1004")]
    [InlineData("/match?source=MSExchangeMTA&eventid=1004")]
    public async Task Deep_links_list_the_articles_for_an_event(string url)
    {
        var html = await Client.GetStringAsync(url);

        TextAssert.Contains(html, "/articles/Q152877", "/articles/Q900110");
        Assert.DoesNotContain("/articles/Q900122", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_paste_page_has_a_labelled_text_area_and_an_antiforgery_token()
    {
        var html = await Client.GetStringAsync("/match");

        TextAssert.Contains(html, "<label for=\"paste\">", "<textarea id=\"paste\" name=\"Paste\"", "__RequestVerificationToken");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await Client.PostAsync("/match", new FormUrlEncodedContent(new Dictionary<string, string> { ["Paste"] = Event1277, ["_handler"] = "paste" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A text/plain body sent without a Content-Length, as a client streaming its paste would.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(string text)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
