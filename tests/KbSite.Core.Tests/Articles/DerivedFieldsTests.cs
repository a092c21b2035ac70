using KbSite.Content;

namespace KbSite.Articles;

public sealed class DerivedFieldsTests
{
    private static Article Derived(string body, params EventSignature[] events)
    {
        var article = new Article { Number = "Q1", Title = "T", Body = body, Events = [.. events] };
        DerivedFields.Apply(article);
        return article;
    }

    [Fact]
    public void Event_blocks_in_the_body_become_signatures_when_the_article_has_none()
    {
        const string body = """
            ## Symptoms

            ```text
            MSExchangeIS Event ID 1081
            Unable to recover the database because the log files are missing.
            ```

            The system log also shows:

                Event ID: 7024
                Source: Service Control Manager
                Type: Error
                Description: The Microsoft Exchange Information Store service terminated.

            Restart the server.
            """;

        var a = Derived(body);

        Assert.Collection(
            a.Events,
            e => Assert.Equal(("MSExchangeIS", 1081, "Unable to recover the database because the log files are missing."), (e.Source, e.EventId, e.Message)),
            e => Assert.Equal(("Service Control Manager", 7024, "Error", "The Microsoft Exchange Information Store service terminated."), (e.Source, e.EventId, e.Level, e.Message)));
    }

    [Fact]
    public void Signatures_of_its_own_are_not_doubled_by_the_body()
    {
        var a = Derived("```text\nSrv Event ID 2019\nText\n```\n", new EventSignature { Source = "S", EventId = 5, Message = "m" });

        Assert.Equal(5, Assert.Single(a.Events).EventId);
    }

    [Fact]
    public void The_status_text_is_the_text_of_the_status_section()
    {
        var a = Derived("## Cause\n\nA cause.\n\n## Status\n\nMicrosoft has confirmed\nthis to be a *problem*.\n\n## More information\n\nMore.\n");

        Assert.Equal("Microsoft has confirmed this to be a *problem*.", a.StatusText);
    }

    [Fact]
    public void A_markdown_file_is_read_with_its_derived_fields_as_the_writer_sets_them()
    {
        var read = MarkdownArticleReader.Read("---\nid: Q1\ntitle: T\n---\n## Symptoms\n\n```text\nSrv Event ID 2019\nText\n```\n\n## Status\n\nBy design.\n");

        Assert.Equal("By design.", read.StatusText);
        Assert.Equal(2019, Assert.Single(read.Events).EventId);
    }

    [Fact]
    public void A_classic_article_keeps_its_status_text_and_signatures()
    {
        var classic = ClassicKbReader.Read(Fixture.Text("Q152877.flat.txt"));
        var (statusText, events) = (classic.StatusText, classic.Events.Select(e => (e.Source, e.EventId, e.Message)).ToList());

        DerivedFields.Apply(classic);

        Assert.Equal(statusText, classic.StatusText);
        Assert.Equal(events, classic.Events.Select(e => (e.Source, e.EventId, e.Message)));
    }
}
