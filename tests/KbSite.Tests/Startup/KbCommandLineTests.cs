using KbSite.Accounts;
using KbSite.Articles.Store;
using KbSite.Hosting;
using KbSite.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KbSite.Startup;

public sealed class KbCommandLineTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _content = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
        _content.Dispose();
    }

    private static string Md(string id, string title) => $"---\nid: {id}\ntitle: {title}\n---\nBody of {id}.\n";

    private async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var command = KbCommandLine.Parse([.. args, $"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}"]);
        Assert.NotNull(command);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Arguments_without_a_verb_are_for_the_site()
    {
        Assert.Null(KbCommandLine.Parse([]));
        Assert.Null(KbCommandLine.Parse(["--urls", "http://127.0.0.1:5050"]));
        Assert.Null(KbCommandLine.Parse(["Kb:DataDir=/tmp/x"]));
        Assert.NotNull(KbCommandLine.Parse(["import", "content", "--Kb:DataDir=/tmp/x"]));
    }

    [Fact]
    public void The_command_host_has_the_store_and_the_writer_but_no_search_services()
    {
        using var host = KbCommandLine.BuildHost([$"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}"]);

        Assert.NotNull(host.Services.GetService<Editing.ArticleWriter>());
        Assert.Null(host.Services.GetService<SearchIndex>());
        Assert.Null(host.Services.GetService<SearchIndexSync>());
        Assert.Empty(host.Services.GetServices<Articles.IArticleChangeListener>());
    }

    [Fact]
    public async Task Import_writes_the_store_and_leaves_no_index_behind()
    {
        _content.Write("one.md", Md("Q810001", "First"));
        _content.Write("sub/two.md", Md("Q810002", "Second"));

        var (code, output, error) = await RunAsync("", "import", _content.Path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("2 created, 0 updated, 0 unchanged, 0 refused", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_data.Combine("kb.db")));
        Assert.False(Directory.Exists(_data.Combine("index")), "the command must not create the search index");
        Assert.Empty(Directory.GetFiles(_data.Path, "write.lock", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Import_names_every_refused_file_and_exits_with_1()
    {
        _content.Write("good.md", Md("Q810010", "Good"));
        _content.Write("bad.md", "---\nid: Q810011\ntitle: [unclosed\n---\n");

        var (code, output, error) = await RunAsync("", "import", _content.Path);

        Assert.Equal(1, code);
        Assert.Contains("1 created", output, StringComparison.Ordinal);
        Assert.Contains("refused bad.md: the front matter is not valid YAML near line 4", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_the_report_per_file_and_writes_nothing()
    {
        _content.Write("docs/mta-stops.md", "---\ntitle: MTA stops\nms.topic: troubleshooting\n---\nText.\n");
        _content.Write("Q810020.md", Md("Q810020", "Numbered"));

        var (code, output, error) = await RunAsync("", "import", _content.Path, "--dry-run");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        TextAssert.Contains(
            output,
            "would-create Q810020",
            "would-create Q9000001 (assigned)  docs/mta-stops.md",
            "- kept 1 other key as they came (ms.topic)",
            "Dry run, nothing written",
            "2 created, 0 updated, 0 unchanged, 0 refused, 1 numbered by the import");
        await using var db = new KbDbContext(new DbContextOptionsBuilder<KbDbContext>().UseSqlite($"Data Source={_data.Combine("kb.db")}").Options);
        Assert.Empty(await db.Articles.ToListAsync());
    }

    [Fact]
    public async Task Importing_a_folder_again_keeps_the_numbers_it_assigned()
    {
        _content.Write("a.md", "# First without a number\n\nText.\n");
        _content.Write("b.md", "# Second without a number\n\nText.\n");

        var first = await RunAsync("", "import", _content.Path, "--Kb:Import:FirstAssignedNumber=5000", "--Kb:Import:LastAssignedNumber=5999");
        _content.Write("b.md", "# Second without a number\n\nText, corrected.\n");
        var second = await RunAsync("", "import", _content.Path, "--Kb:Import:FirstAssignedNumber=5000", "--Kb:Import:LastAssignedNumber=5999");

        TextAssert.Contains(first.Output, "created    Q5000 (assigned)", "a.md", "created    Q5001 (assigned)", "b.md");
        TextAssert.Contains(second.Output, "unchanged  Q5000", "updated    Q5001", "0 created, 1 updated, 1 unchanged");
        Assert.Equal((0, 0), (first.Code, second.Code));
    }

    [Fact]
    public async Task A_bad_import_number_range_is_named_and_nothing_runs()
    {
        var (code, _, error) = await RunAsync("", "import", _content.Path, "--Kb:Import:FirstAssignedNumber=50", "--Kb:Import:LastAssignedNumber=10");

        Assert.Equal(2, code);
        Assert.Contains("the last assigned number must not be below the first", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_without_its_argument_prints_the_usage_and_exits_with_2()
    {
        var (code, _, error) = await RunAsync("", "import");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_data.Combine("kb.db")));
    }

    [Fact]
    public async Task Create_admin_asks_twice_and_creates_an_administrator()
    {
        var (code, output, _) = await RunAsync("long-enough-secret\nlong-enough-secret\n", "create-admin", "root@kb.test");

        Assert.Equal(0, code);
        Assert.Contains("Created administrator root@kb.test.", output, StringComparison.Ordinal);
        using var host = KbCommandLine.BuildHost([$"--Kb:DataDir={_data.Path}", $"--Kb:ContentDir={_content.Path}"]);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KbUser>>();
        var admin = await users.FindByEmailAsync("root@kb.test");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, KbRoles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "long-enough-secret"));
    }

    [Theory]
    [InlineData("long-enough-secret\nanother-secret-here\n", "differ")]
    [InlineData("short\nshort\n", "at least 10 characters")]
    public async Task Create_admin_refuses_what_cannot_work_and_exits_with_1(string input, string expected)
    {
        var (code, output, error) = await RunAsync(input, "create-admin", "root@kb.test");

        Assert.Equal(1, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Created", output, StringComparison.Ordinal);
    }
}
