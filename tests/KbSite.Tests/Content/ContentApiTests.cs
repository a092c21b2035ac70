using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using KbSite.Accounts;
using KbSite.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Content;

public sealed class ContentApiTests : SiteTest
{
    private const string Password = "import-export-secret";

    private async Task<HttpClient> EditorAsync()
    {
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("ed@kbsite.test", "Ed", Password, KbRoles.Editor));
        }

        return await SignedInClient.CreateAsync(Site, "ed@kbsite.test", Password);
    }

    private static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    private static MultipartFormDataContent Upload(string token, string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", name } };
    }

    [Fact]
    public async Task An_upload_is_previewed_then_applied_with_the_same_importer()
    {
        using var editor = await EditorAsync();
        var token = SignedInClient.AntiforgeryToken(await editor.GetStringAsync("/admin/import"));
        var zip = Zip(
            ("new.md", "---\nid: Q700500\ntitle: Uploaded article about the quibblefrotz\n---\nText.\n"),
            ("bad.md", "---\nid: Q700501\ntitle: [unclosed\n---\n"));

        var preview = await editor.PostAsync("/admin/import/preview", Upload(token, "upload.zip", zip));
        var previewHtml = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        TextAssert.Contains(previewHtml, "1 to create", "bad.md");
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q700500")).StatusCode);

        var applyToken = System.Text.RegularExpressions.Regex.Match(previewHtml, "name=\"token\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var applied = await editor.PostAsync("/admin/import/apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignedInClient.AntiforgeryToken(previewHtml),
            ["token"] = applyToken,
        }));

        Assert.Contains("Done: 1 created", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/articles/Q700500")).StatusCode);
        Assert.Contains("Q700500", await Client.GetStringAsync("/api/search?q=quibblefrotz"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_reports_each_file_with_its_notes_and_the_numbers_it_would_assign()
    {
        using var editor = await EditorAsync();
        var token = SignedInClient.AntiforgeryToken(await editor.GetStringAsync("/admin/import"));
        var zip = Zip(
            ("docs/mta.md", "---\ntitle: MTA stops after a bind failure\nms.topic: troubleshooting\n---\nText.\n"),
            ("notes/<script>.md", "# Heading <b>bold</b>\n\nText.\n"));

        var html = await (await editor.PostAsync("/admin/import/preview", Upload(token, "upload.zip", zip))).Content.ReadAsStringAsync();

        TextAssert.Contains(html, "docs/mta.md", "Q9000001", "assigned", "kept 1 other key as they came (ms.topic)", "the title &quot;Heading &lt;b&gt;bold&lt;/b&gt;&quot; was taken from the first heading");
        Assert.DoesNotContain("<script>.md", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_of_hostile_front_matter_names_the_refused_file_and_notes_the_dropped_key()
    {
        using var editor = await EditorAsync();
        var token = SignedInClient.AntiforgeryToken(await editor.GetStringAsync("/admin/import"));
        var zip = Zip(
            ("nested.md", "---\nid: Q700510\ntitle: T\nkeywords: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\n"),
            ("key.md", "---\nid: Q700511\ntitle: T\n{a: b}: c\n---\n"));

        var preview = await editor.PostAsync("/admin/import/preview", Upload(token, "upload.zip", zip));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        TextAssert.Contains(await preview.Content.ReadAsStringAsync(), "nested.md", "nests deeper than 16 levels", "key.md", "not a plain word");
    }

    [Fact]
    public async Task One_article_downloads_as_md_and_the_base_as_zip()
    {
        using var editor = await EditorAsync();

        var md = await editor.GetAsync("/admin/articles/KB152877/export");
        var zip = await editor.GetAsync("/admin/export");

        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        Assert.Equal("Q152877.md", md.Content.Headers.ContentDisposition?.FileNameStar ?? md.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("---\nid: \"Q152877\"", await md.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Contains(archive.Entries, e => e.FullName == "Q152877.md");
        Assert.Equal(Directory.GetFiles(Fixture.ShippedContentDir, "*.md").Length, archive.Entries.Count);
    }

    [Fact]
    public async Task Anonymous_users_cannot_import_or_export()
    {
        Assert.Equal(HttpStatusCode.Found, (await Client.GetAsync("/admin/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await Client.GetAsync("/admin/export")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await Client.PostAsync("/admin/import/preview", Upload("x", "a.md", "---\nid: Q1\ntitle: T\n---\n"u8.ToArray()))).StatusCode);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var editor = await EditorAsync();

        var response = await editor.PostAsync("/admin/import/preview", Upload("forged", "a.md", "---\nid: Q700501\ntitle: T\n---\n"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/articles/Q700501")).StatusCode);
    }
}
