using System.Text;
using KbSite.Accounts;
using KbSite.Articles.Store;
using KbSite.Content;
using KbSite.Editing;
using KbSite.Hosting;
using Microsoft.Extensions.Options;

namespace KbSite.Startup;

/// <summary>
/// The site's command-line verbs (`dotnet run --project src/KbSite -- import &lt;folder&gt;`). They run on a plain host
/// built before any web host, with the store, editing and accounts but no search services: such a process never opens
/// an IndexWriter or creates the index folder, so it is safe beside a running site, which catches its index up from
/// the store. Arguments after the verb's own (such as --Kb:DataDir=...) configure that host as usual.
/// </summary>
public sealed class KbCommandLine
{
    private const string Usage = """
        Usage:
          dotnet run --project src/KbSite                            run the site
          dotnet run --project src/KbSite -- import <folder>         import .md and .txt articles into the store, updating by id
          dotnet run --project src/KbSite -- import <folder> --dry-run   show what the import would do, write nothing
          dotnet run --project src/KbSite -- create-admin <email>    create an administrator; asks for the password
        """;

    private const string DryRun = "--dry-run";

    private readonly string _verb;
    private readonly string[] _verbArgs;
    private readonly string[] _hostArgs;
    private readonly bool _dryRun;

    private KbCommandLine(string verb, string[] verbArgs, string[] hostArgs, bool dryRun)
    {
        _verb = verb;
        _verbArgs = verbArgs;
        _hostArgs = hostArgs;
        _dryRun = dryRun;
    }

    /// <summary>The command the arguments name, or null when they are for the site itself (none, or only options).</summary>
    public static KbCommandLine? Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        // --dry-run is the verb's own switch; other options after the verb's arguments configure the host.
        var dryRun = args.Contains(DryRun, StringComparer.Ordinal);
        args = args.Where(a => a != DryRun).ToArray();
        var optionsAt = Array.FindIndex(args, 1, a => a.StartsWith("--", StringComparison.Ordinal));
        var end = optionsAt < 0 ? args.Length : optionsAt;
        return new KbCommandLine(args[0], args[1..end], args[end..], dryRun);
    }

    /// <summary>Runs the command; the exit code is 0 when it did all it was asked, 1 when it refused something, 2 for bad usage.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!(_verb is "import" or "create-admin" && _verbArgs.Length == 1) || (_dryRun && _verb != "import"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        // The host is built, not started: a verb runs no background services.
        using var host = BuildHost(_hostArgs);
        try
        {
            _ = host.Services.GetRequiredService<IOptions<KbOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<ImportOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"The configuration cannot work: {string.Join(" ", e.Failures)}");
            return 2;
        }

        await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
        return _verb == "import"
            ? await ImportAsync(host.Services, _verbArgs[0], _dryRun, output, error, cancellationToken)
            : await CreateAdminAsync(host.Services, _verbArgs[0], input, output, error);
    }

    /// <summary>The host the verbs run on: the store, editing and accounts; deliberately no search services.</summary>
    internal static IHost BuildHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddKbStore();
        builder.Services.AddKbEditing().AddKbAccountStore();
        return builder.Build();
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string folder, bool dryRun, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(folder);
        var report = await services.GetRequiredService<ArticleImport>().ImportFolderAsync(fullPath, by: "command line", dryRun, cancellationToken);
        await ImportReportText.WriteAsync(report, fullPath, dryRun, output, error);
        return report.Problems.Count == 0 ? 0 : 1;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string email, TextReader input, TextWriter output, TextWriter error)
    {
        var password = ReadSecret(input, output, $"Password for {email}: ");
        if (password != ReadSecret(input, output, "Again: "))
        {
            await error.WriteLineAsync("The two passwords differ; nothing was created.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(email, "Administrator", password, KbRoles.Admin, by: "command line");
        foreach (var e in errors)
        {
            await error.WriteLineAsync(e);
        }

        await output.WriteLineAsync(errors.Count == 0 ? $"Created administrator {email}." : "Nothing was created.");
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>A line without echo from an interactive console; a plain line otherwise (scripts, tests).</summary>
    private static string ReadSecret(TextReader input, TextWriter output, string prompt)
    {
        output.Write(prompt);
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine() ?? "";
        }

        var secret = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && secret.Length > 0)
            {
                secret.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return secret.ToString();
    }
}
